// The built one-file bundle, loaded by a plain <script> tag into real pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launchChromium, watchConsole } from './lib/helpers.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, THERAPY_IDS } from '../../scripts/lib/project.mjs';
import { parseXliff } from '../../scripts/locales/rules.mjs';

/** A message's fr-CA text, as the translators wrote it (locales/fr-CA.xlf). */
const frCA = (id) =>
  parseXliff(readFileSync(join(ROOT, 'locales/fr-CA.xlf'), 'utf8')).units.find((u) => u.id === id)?.target;

let server;
let browser;
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
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('every card renders from a plain script tag, with no console error', async () => {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/plain.html`);
  await page.waitForFunction(() => customElements.get('net-therapy-card'));
  const headings = await page.$$eval('net-therapy-card', (els) =>
    els.map((el) => el.shadowRoot?.querySelector('h2')?.textContent ?? ''),
  );
  assert.equal(headings.length, THERAPY_IDS.length);
  for (const [i, h] of headings.entries()) assert.ok(h.length > 2, `${THERAPY_IDS[i]} has a heading`);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('loading the bundle twice is a silent no-op', async () => {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/twice.html`);
  await page.waitForFunction(() => customElements.get('net-therapy-card'));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(
    log.warnings.filter((w) => w.includes('net-widgets')),
    [],
  );
  await page.close();
});

test('a single-locale file renders in its locale on a page in another, and offers only that locale', async () => {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/single-locale.html`);
  await page.waitForFunction(() => document.querySelector('net-therapy-card')?.shadowRoot?.querySelector('h2'));
  const seen = await page.evaluate(() => ({
    locales: window.NetWidgets.locales,
    lang: document.querySelector('net-therapy-card').shadowRoot.querySelector('article').lang,
    heading: document.querySelector('net-therapy-card').shadowRoot.querySelector('h2').textContent,
  }));
  assert.deepEqual(seen.locales, ['fr-CA']);
  assert.equal(seen.lang, 'fr-CA');
  assert.equal(seen.heading.trim(), frCA('prrt.name'));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
