// Print, on the built bundle, in Chromium, Firefox ESR and WebKit: every card's details open, the
// sources shown, no button or chevron, and the checklist as its one-page sheet with the reader's
// ticks; the screen comes back as it was. WebKit's WebDriver has no print command and no print
// media emulation, so the widgets' print rules are applied by hand (lib/print.mjs) in every engine;
// in Chromium the same page is also printed with real print media emulation, and both must agree,
// which is what makes the by-hand method evidence. Paper itself (page count, A4 and Letter) needs a
// PDF printer: Chromium only (a11y-layout.test.mjs).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { applyPrintRules, printState, restoreScreenRules } from './lib/print.mjs';

let server;
before(async () => {
  server = await serve({
    pages: {
      '/print.html': {
        body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Print</title>
          <link rel="icon" href="data:,"></head><body>
          <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
          <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
          <net-decision-checklist></net-decision-checklist>
          <script src="/dist/net-widgets.js"></script></body></html>`,
      },
    },
  });
});
after(() => server?.close());

/** Open the page and tick the first and third factors. */
async function openTicked(browser) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/print.html`);
  await page.waitFor(
    () => !!document.querySelector('net-decision-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]'),
  );
  await page.evaluate(async () => {
    const list = document.querySelector('net-decision-checklist');
    const boxes = list.shadowRoot.querySelectorAll('ol.factors input[type="checkbox"]');
    boxes[0].click();
    boxes[2].click();
    await list.updateComplete;
  });
  return page;
}

function assertPrinted(printed, what) {
  // The card's examples and its kinds (side effects are a section of their own, never folded).
  assert.ok(printed.details.length >= 2, `${what}: ${printed.details.length} details`);
  assert.ok(printed.details.every(Boolean), `${what}: every details is open`);
  assert.equal(printed.sourcesShown, true, `${what}: sources print`);
  assert.equal(printed.buttonsShown, 0, `${what}: no button prints`);
  assert.equal(printed.inputsShown, 0, `${what}: no checkbox prints (the sheet shows ☑/☐)`);
  assert.ok(
    printed.chevrons.every((d) => d === 'none'),
    `${what}: no chevron prints`,
  );
  assert.deepEqual(printed.sheet, { shown: true, ticked: 2, unticked: printed.sheet.unticked }, what);
  assert.ok(printed.sheet.unticked >= 7, `${what}: the unticked factors and priorities print too`);
}

for (const engine of engines()) {
  describe(`print in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('the print rules: details open, sources, no buttons, the checklist sheet; then the screen again', async () => {
      const page = await openTicked(browser);
      const screen = await page.evaluate(printState);
      assert.ok(
        screen.details.every((open) => !open),
        'closed on screen',
      );
      assert.equal(screen.sheet.shown, false, 'the sheet is not on screen');
      assert.ok(screen.buttonsShown > 0, 'buttons on screen');

      assert.ok((await page.evaluate(applyPrintRules)) >= 3);
      assertPrinted(await page.evaluate(printState), `${engine}, print rules`);

      await page.evaluate(restoreScreenRules);
      assert.deepEqual(await page.evaluate(printState), screen, 'the screen comes back as it was');
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors, []);
      await page.close();
    });

    if (engine === 'chromium') {
      test('Chromium: real print media gives what the print rules give (the method holds)', async () => {
        const page = await openTicked(browser);
        await page.raw.emulateMedia({ media: 'print' });
        // matchMedia('print') turning on opens the details (src/base/print.ts).
        await page.waitFor(() => {
          const card = document.querySelector('net-therapy-card').shadowRoot;
          return [...card.querySelectorAll('details')].every((d) => d.open);
        });
        const real = await page.evaluate(printState);
        await page.raw.emulateMedia({ media: 'screen' });
        await page.close();

        const simulated = await openTicked(browser);
        await simulated.evaluate(applyPrintRules);
        const byHand = await simulated.evaluate(printState);
        await simulated.close();
        assertPrinted(real, 'chromium, print media');
        assert.deepEqual(byHand, real);
      });
    }
  });
}
