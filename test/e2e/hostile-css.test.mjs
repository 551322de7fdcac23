// Hostile host CSS: a theme that sets every inherited property (with !important, on body and on
// the widget tags, plus root-size tricks and an `all: unset` reset) must not make any widget
// illegible, mis-sized or overflow its column. Runs in Chromium and Firefox ESR.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import {
  TAGS,
  TYPO_PROPS,
  WIDGETS,
  allRendered,
  compareSnapshots,
  styleSnapshot,
  widgetState,
  widgetsIn,
} from '../fixtures/hostile/harness.mjs';

let server;
before(async () => {
  server = await serve();
});
after(() => server?.close());

for (const engine of engines()) {
  describe(`hostile CSS in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('every widget keeps its own typography, 12–44 px, inside its column', async () => {
      const control = await browser.newPage();
      await control.goto(`${server.origin}/test/fixtures/hostile/css-control.html`);
      await control.waitFor(allRendered, WIDGETS, { what: 'control widgets rendered' });
      const reference = await control.evaluate(styleSnapshot, { selector: WIDGETS, props: TYPO_PROPS });
      await control.close();
      assert.deepEqual(
        reference.map((w) => w.tag),
        TAGS,
      );

      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/css.html`);
      await page.waitFor(allRendered, WIDGETS, { what: 'all widgets rendered' });
      const state = await page.evaluate(widgetState, WIDGETS);
      const count = widgetsIn('css.html');
      assert.ok(count > TAGS.length, `css.html holds ${count} widgets`);
      assert.equal(state.total, count);
      assert.equal(state.defined, count);
      assert.equal(state.rendered, count);
      const snapshot = await page.evaluate(styleSnapshot, { selector: WIDGETS, props: TYPO_PROPS });
      assert.deepEqual(compareSnapshots(snapshot, reference), []);
      // The probe is not vacuous: every widget has text elements to compare.
      for (const w of snapshot) assert.ok(w.els.length >= 5, `${w.where} has ${w.els.length} text elements`);
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors, []);
      await page.close();
    });

    test('font size follows the host body size, not the root (rem) size, within bounds', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/css.html`);
      await page.waitFor(allRendered, WIDGETS);
      const sizes = await page.evaluate(() =>
        Object.fromEntries(
          ['body-only', 'tiny', 'huge', 'rem-ten', 'important-on-tag'].map((id) => {
            const host = document.querySelector(`#${id} > *`);
            return [id, parseFloat(getComputedStyle(host.shadowRoot.querySelector('.summary')).fontSize)];
          }),
        ),
      );
      // An 8 px body and a 3 px column are raised to the 15 px floor; a 64 px column is capped.
      assert.ok(sizes['body-only'] >= 15 && sizes['body-only'] <= 17, `body-only ${sizes['body-only']}`);
      assert.ok(sizes.tiny >= 15 && sizes.tiny <= 17, `tiny ${sizes.tiny}`);
      assert.ok(sizes.huge >= 18 && sizes.huge <= 32, `huge ${sizes.huge}`);
      assert.ok(sizes['rem-ten'] >= 15 && sizes['rem-ten'] <= 17, `rem-ten ${sizes['rem-ten']}`);
      assert.ok(sizes['important-on-tag'] >= 15, `important-on-tag ${sizes['important-on-tag']}`);
      await page.close();
    });
  });
}
