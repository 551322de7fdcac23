// The built one-file bundle, loaded by a plain <script> tag into real pages: every card renders,
// loading it twice is a no-op, a single-locale file keeps its locale. Chromium, Firefox ESR, WebKit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { ROOT, THERAPY_IDS } from '../../scripts/lib/project.mjs';
import { parseXliff } from '../../scripts/locales/rules.mjs';

/** A message's fr-CA text, as the translators wrote it (locales/fr-CA.xlf). */
const frCA = (id) =>
  parseXliff(readFileSync(join(ROOT, 'locales/fr-CA.xlf'), 'utf8')).units.find((u) => u.id === id)?.target;

let server;
before(async () => {
  const cards = THERAPY_IDS.map((id) => `<net-therapy-card therapy="${id}"></net-therapy-card>`).join('\n');
  server = await serve({
    pages: {
      '/plain.html': {
        // An empty data: icon, so Chromium's own /favicon.ico request (a 404) is not logged as a page error.
        body: `<!doctype html><html lang="en-US"><head><title>Plain</title><link rel="icon" href="data:,"></head><body>
          ${cards}
          <script src="/dist/net-widgets.js"></script></body></html>`,
      },
      '/single-locale.html': {
        body: `<!doctype html><html lang="en-US"><head><title>One locale</title><link rel="icon" href="data:,"></head><body>
          <net-therapy-card therapy="prrt"></net-therapy-card>
          <script src="/dist/net-widgets.fr-CA.js"></script></body></html>`,
      },
      '/twice.html': {
        body: `<!doctype html><html lang="en-US"><head><title>Twice</title><link rel="icon" href="data:,">
          <script src="/dist/net-widgets.js" defer></script></head><body>
          <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
          <script src="/dist/net-widgets.js"></script></body></html>`,
      },
    },
  });
});
after(() => server?.close());

for (const engine of engines()) {
  describe(`the bundle from a plain script tag in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('every card renders from a plain script tag, with no console error', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/plain.html`);
      const headings = await page.waitFor(
        (n) => {
          const found = [...document.querySelectorAll('net-therapy-card')].map(
            (el) => el.shadowRoot?.querySelector('h2')?.textContent ?? '',
          );
          return found.length === n && found.every((h) => h) && found;
        },
        THERAPY_IDS.length,
        { what: 'every card rendered' },
      );
      for (const [i, h] of headings.entries()) assert.ok(h.length > 2, `${THERAPY_IDS[i]} has a heading`);
      assert.deepEqual(page.log.errors, []);
      assert.deepEqual(page.log.pageErrors, []);
      await page.close();
    });

    test('loading the bundle twice is a silent no-op', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/twice.html`);
      await page.waitFor(() => !!document.querySelector('net-therapy-card')?.shadowRoot?.querySelector('h2'));
      await page.settle();
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors, []);
      assert.deepEqual(
        page.log.warnings.filter((w) => w.includes('net-widgets')),
        [],
      );
      await page.close();
    });

    test('a single-locale file renders in its locale on a page in another, and offers only that locale', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/single-locale.html`);
      await page.waitFor(() => !!document.querySelector('net-therapy-card')?.shadowRoot?.querySelector('h2'));
      const seen = await page.evaluate(() => ({
        locales: window.NetWidgets.locales,
        lang: document.querySelector('net-therapy-card').shadowRoot.querySelector('article').lang,
        heading: document.querySelector('net-therapy-card').shadowRoot.querySelector('h2').textContent,
      }));
      assert.deepEqual(seen.locales, ['fr-CA']);
      assert.equal(seen.lang, 'fr-CA');
      assert.equal(seen.heading.trim(), frCA('prrt.name'));
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors, []);
      await page.close();
    });
  });
}
