// Strict Content Security Policy with Trusted Types, and a sandboxed iframe: the widgets render
// with no violation report, no inline script or style, and no storage or cookies. Real pages in
// test/fixtures/hostile/, served with the header below, in Chromium, Firefox ESR and WebKit (all enforce Trusted
// Types: Firefox ESR 153 and WebKitGTK 2.50 do).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { TAGS, WIDGETS, allRendered, networkPaths, widgetState, widgetsIn } from '../fixtures/hostile/harness.mjs';
import { buildFixtures } from '../fixtures/hostile/build-fixtures.mjs';

/** The policy docs/security.md tells hosts the widgets need (and all they need). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const WITH_DUPLICATES = STRICT_CSP + " 'allow-duplicates'";

const csp = (policy) => ({ 'content-security-policy': policy });

let server;
before(async () => {
  await buildFixtures();
  // One host-Lit page, served twice: with 'allow-duplicates' (both Lits work) and without (the
  // widgets step aside). Same directory, so its relative script URLs resolve the same way.
  const hostLit = await readFile(new URL('../fixtures/hostile/csp-host-lit.html', import.meta.url), 'utf8');
  server = await serve({
    pages: {
      '/test/fixtures/hostile/csp-host-lit-no-duplicates.html': { body: hostLit, headers: csp(STRICT_CSP) },
    },
    headers: {
      '/test/fixtures/hostile/csp.html': csp(STRICT_CSP),
      '/test/fixtures/hostile/csp-canary.html': csp(STRICT_CSP),
      '/test/fixtures/hostile/csp-host-lit.html': csp(WITH_DUPLICATES),
    },
  });
});
after(() => server?.close());

/**
 * Firefox fetches /favicon.ico by itself and reports it against img-src; that request is the
 * browser's, not the page's or the widgets' (Chromium does not report it).
 */
const notFavicon = (v) => !String(v.blocked).endsWith('/favicon.ico');
const notFaviconMessage = (m) => !m.includes('/favicon.ico');

for (const engine of engines()) {
  describe(`strict CSP and sandboxing in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('the policy is really enforced (canary page)', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/csp-canary.html`);
      const canary = await page.waitFor(() => window.__canary);
      assert.equal(canary.inlineRan, false, 'inline script blocked');
      assert.notEqual(canary.eval, '2', 'eval blocked');
      assert.equal(canary.trustedTypes, true);
      assert.equal(canary.innerHTML, 'TypeError', 'a string into innerHTML is refused');
      assert.equal(canary.otherPolicy, 'TypeError', 'only the lit-html policy may be created');
      await page.settle();
      const violations = (await page.evaluate(() => window.__hostile.violations)).filter(notFavicon);
      assert.ok(violations.length >= 4, `violations are reported (${violations.length})`);
      await page.close();
    });

    test('every widget renders with no violation, with its styles, and stays usable', async () => {
      const page = await browser.newPage();
      const status = await page.goto(`${server.origin}/test/fixtures/hostile/csp.html`);
      assert.equal(status, 200);
      await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered under CSP' });
      const state = await page.evaluate(widgetState, WIDGETS);
      assert.equal(state.rendered, widgetsIn('csp.html'));
      assert.equal(state.notices, 0);
      // lit/static-html headings (src/base/heading.ts) went through the lit-html policy.
      const shape = await page.evaluate((tags) => {
        const root = (tag) => document.querySelector(tag).shadowRoot;
        const card = root('net-therapy-card');
        return {
          levels: tags.map((t) => root(t).querySelector('h1,h2,h3,h4,h5,h6').localName),
          // Constructable stylesheets (adoptedStyleSheets) are applied under style-src 'self'.
          adopted: card.adoptedStyleSheets.length,
          headingWeight: getComputedStyle(card.querySelector('h2')).fontWeight,
          radius: getComputedStyle(card.querySelector('.surface')).borderTopLeftRadius,
          styleElements: tags.map((t) => root(t).querySelectorAll('style').length).reduce((a, b) => a + b, 0),
          styleAttributes: tags.map((t) => root(t).querySelectorAll('[style]').length).reduce((a, b) => a + b, 0),
        };
      }, TAGS);
      assert.deepEqual(shape.levels, ['h2', 'h3', 'h4', 'h5']);
      assert.ok(shape.adopted >= 1);
      assert.equal(shape.headingWeight, '700');
      assert.notEqual(shape.radius, '0px');
      assert.equal(shape.styleElements, 0);
      // Set through the CSSOM (src/base/css-props.ts), never parsed from an attribute.
      assert.ok(shape.styleAttributes <= 1);

      // Re-render under Trusted Types: tick an item, open details, switch the page to French.
      const after = await page.evaluate(async () => {
        const list = document.querySelector('net-decision-checklist');
        list.shadowRoot.querySelector('input[type="checkbox"]').click();
        await list.updateComplete;
        document.querySelector('net-therapy-card').shadowRoot.querySelector('details').open = true;
        document.documentElement.lang = 'fr-CA';
        // The observer's callback asks for a render; wait for it rather than for a time.
        const card = document.querySelector('net-therapy-card');
        for (let i = 0; i < 100 && card.shadowRoot.querySelector('[lang]').getAttribute('lang') !== 'fr-CA'; i++) {
          await new Promise((r) => setTimeout(r, 20));
          await card.updateComplete;
        }
        return {
          ticked: list.shadowRoot.querySelector('input[type="checkbox"]').checked,
          lang: document.querySelector('net-therapy-card').shadowRoot.querySelector('[lang]').getAttribute('lang'),
        };
      });
      assert.deepEqual(after, { ticked: true, lang: 'fr-CA' });
      await page.settle();

      const seen = await page.evaluate(() => window.__hostile);
      assert.deepEqual(seen.violations.filter(notFavicon), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notFaviconMessage), []);
      // The page, its violation recorder and the bundle; nothing else from the page or widgets.
      // The document comes first; its two scripts may be fetched in either order (WebKit's preload
      // scanner sometimes asks for the bundle first), so they are compared as a set.
      const [documentPath, ...subresources] = networkPaths(page.requests).filter((p) => p !== '/favicon.ico');
      assert.equal(documentPath, '/test/fixtures/hostile/csp.html');
      assert.deepEqual(subresources.sort(), ['/dist/net-widgets.js', '/test/fixtures/hostile/fixtures/errors.js']);
      await page.close();
    });

    test("a host's own Lit under Trusted Types with 'allow-duplicates': both work, no violation", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/csp-host-lit.html`);
      await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered' });
      const greeting = await page.waitFor(() =>
        document.querySelector('host-greeting-before')?.shadowRoot?.textContent?.trim(),
      );
      assert.equal(greeting, "Hello from the hospital's own Lit");
      // <html lang="fr-CA">: the content is rendered (and marked) in Canadian French.
      assert.equal(
        await page.evaluate(() => document.querySelector('net-therapy-card').shadowRoot.querySelector('[lang]').lang),
        'fr-CA',
      );
      await page.settle();
      const seen = await page.evaluate(() => window.__hostile);
      assert.deepEqual(seen.violations.filter(notFavicon), []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(page.log.pageErrors, []);
      await page.close();
    });

    test("without 'allow-duplicates' the widgets step aside with one warning, no uncaught error", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/csp-host-lit-no-duplicates.html`);
      await page.waitFor(() => document.querySelector('host-greeting-before')?.shadowRoot?.textContent);
      await page.settle();
      const state = await page.evaluate(
        (tags) => ({
          defined: tags.filter((t) => customElements.get(t)),
          api: typeof window.NetWidgets,
          hostile: window.__hostile,
        }),
        TAGS,
      );
      assert.deepEqual(state.defined, []);
      assert.equal(state.api, 'undefined');
      assert.deepEqual(state.hostile.errors, []);
      assert.deepEqual(page.log.pageErrors, []);
      const warnings = page.log.warnings.filter((w) => w.includes('[net-widgets]'));
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /could not start.*'allow-duplicates'/);
      // The browser itself reports the refused policy; that report is the page's policy working.
      assert.deepEqual(
        state.hostile.violations.filter(notFavicon).map((v) => v.directive),
        ['trusted-types'],
      );
      await page.close();
    });

    test('inside a sandboxed iframe (allow-scripts only: no storage, no cookies) all widgets work', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/sandboxed.html`);
      const { origin, report } = await page.waitFor(() => window.__frameReport, undefined, {
        what: 'the frame report',
      });
      assert.equal(origin, 'null', 'the frame has an opaque origin');
      assert.equal(report.localStorage, 'SecurityError');
      assert.equal(report.total, TAGS.length);
      assert.equal(report.rendered, TAGS.length);
      // The card's heading (its words are the catalogue's), not a notice.
      assert.ok(report.headings[0]?.length > 3, `card heading ${report.headings[0]}`);
      assert.equal(report.api, true);
      // The checklist has persist on; storage throws in here, and ticking still works.
      assert.equal(report.ticked, true);
      assert.deepEqual(report.hostile, { errors: [], rejections: [], violations: [] });
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors, []);
      await page.close();
    });
  });
}
