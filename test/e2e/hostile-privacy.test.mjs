// Privacy: a page with every widget (checklist without `persist`) makes exactly two requests (the
// page and the bundle), sets no cookie, stores nothing, never calls a network or storage API,
// and adds only window.NetWidgets (plus Lit's own shared registries, listed and documented in
// docs/security.md). Spies are installed by an init script before any page script runs.
// Chromium, Firefox ESR and WebKit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { WIDGETS, allRendered, networkPaths, widgetState, widgetsIn } from '../fixtures/hostile/harness.mjs';

const SPY = readFileSync(`${ROOT}test/fixtures/hostile/fixtures/privacy-spy.js`, 'utf8');

/**
 * The globals the bundle adds. NetWidgets is ours; litPropertyMetadata is the empty WeakMap every
 * copy of Lit shares and reads at runtime. Lit's three version registries are dropped at build
 * time (rollup.config.mjs, dropLitVersionGlobals), see docs/security.md.
 */
const EXPECTED_GLOBALS = ['NetWidgets', 'litPropertyMetadata'];

for (const engine of engines()) {
  describe(`privacy in ${engine}`, () => {
    let browser;
    let server;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('two requests, no cookie, no storage, no network API call, one global of its own', async () => {
      server = await serve();
      const page = await browser.newPage({ initScripts: [SPY] });
      try {
        await page.goto(`${server.origin}/test/fixtures/hostile/privacy.html`);
        await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered' });
        assert.equal((await page.evaluate(widgetState, WIDGETS)).rendered, widgetsIn('privacy.html'));

        // Use everything a reader would: tick and untick, open every details, switch language,
        // print preview styles (matchMedia), leave the page idle for a moment.
        await page.evaluate(async () => {
          const list = document.querySelector('net-decision-checklist');
          for (const box of list.shadowRoot.querySelectorAll('input[type="checkbox"]')) box.click();
          await list.updateComplete;
          list.shadowRoot.querySelector('input[type="checkbox"]').click();
          await list.updateComplete;
          for (const el of document.querySelectorAll('net-therapy-card, net-side-effect-list')) {
            for (const d of el.shadowRoot.querySelectorAll('details')) d.open = true;
          }
          // Each change re-renders every widget before the next (the observer runs, then the updates).
          const rendered = async () => {
            await new Promise((r) => setTimeout(r, 0));
            await Promise.all(
              [...document.querySelectorAll('*')].filter((el) => 'updateComplete' in el).map((el) => el.updateComplete),
            );
          };
          document.documentElement.lang = 'en-GB';
          await rendered();
          document.documentElement.lang = 'fr-CA';
          await rendered();
          window.NetWidgets.setLocale('en-CA');
          await rendered();
        });
        await page.settle(1000);

        const trace = await page.evaluate(async () => ({
          calls: window.__privacy.calls,
          globals: window.__privacy.newGlobals().sort(),
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
          databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
          caches: window.caches ? await caches.keys() : [],
        }));
        assert.deepEqual(trace.calls, [], 'no fetch/XHR/beacon/WebSocket/Image/storage/cookie call');
        assert.deepEqual(trace.globals, EXPECTED_GLOBALS);
        assert.equal(trace.cookie, '');
        assert.equal(trace.local, 0);
        assert.equal(trace.session, 0);
        assert.deepEqual(trace.databases, []);
        assert.deepEqual(trace.caches, []);
        assert.deepEqual(await page.cookies(), []);

        // Exactly the page and the bundle, seen by the browser and by the server; no cookie sent.
        assert.deepEqual(networkPaths(page.requests), ['/test/fixtures/hostile/privacy.html', '/dist/net-widgets.js']);
        assert.deepEqual(
          server.log.map((r) => r.path),
          ['/test/fixtures/hostile/privacy.html', '/dist/net-widgets.js'],
        );
        assert.ok(
          server.log.every((r) => !r.headers.cookie),
          'no Cookie header',
        );
        assert.deepEqual(page.log.pageErrors, []);
        assert.deepEqual(page.log.errors, []);
      } finally {
        await page.close();
        await server.close();
      }
    });

    test('the spies are live (so zero calls means something)', async () => {
      server = await serve();
      const page = await browser.newPage({ initScripts: [SPY] });
      try {
        await page.goto(`${server.origin}/test/fixtures/hostile/privacy.html`);
        const calls = await page.evaluate(() => {
          try {
            navigator.sendBeacon('/beacon', 'x');
          } catch {
            // Only the spy's record matters here, not whether the beacon could be queued.
          }
          new Image().src = 'data:,';
          localStorage.setItem('k', 'v');
          localStorage.removeItem('k');
          document.cookie = 'a=b; max-age=0';
          return window.__privacy.calls;
        });
        assert.deepEqual(calls, [
          'navigator.sendBeacon',
          'Image',
          'img.src=',
          'Storage.setItem',
          'Storage.removeItem',
          'document.cookie=',
        ]);
      } finally {
        await page.close();
        await server.close();
      }
    });
  });
}
