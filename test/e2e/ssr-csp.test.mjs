// Server-rendered widgets under the strict Content Security Policy of docs/security.md, in
// Chromium and Firefox ESR. Their declarative shadow roots carry <style> elements, which
// `style-src 'self'` blocks unless their hashes are listed (dist/static/csp-hashes.json):
// - with the hashes: no violation, styled before and after the script, hydrated and usable;
// - without them (the documented degradation): readable but unstyled until the script runs, the
//   browser's own refusal of each inline <style> and nothing else; once the script has hydrated,
//   styled (constructable stylesheets need no hash) and usable, no error from the widgets.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/project.mjs';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { WIDGET_TAGS, readWidgets, ssrPage } from '../ssr/lib/pages.mjs';

/** The strictest policy docs/security.md documents (the same as test/e2e/hostile-csp.test.mjs). */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const { styleSrc } = JSON.parse(readFileSync(join(ROOT, 'dist/static/csp-hashes.json'), 'utf8'));
const WITH_HASHES = STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${styleSrc}`);

/** Records every violation, run by the test driver before any page script (so the CSP does not block it). */
const RECORDER = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));`;

const settled = (tags) =>
  Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete)).then(() =>
    [...document.querySelectorAll(tags.join(','))].every((el) => el.hasUpdated),
  );

/**
 * The page's icon (`<link rel="icon" href="data:,">`, so that no /favicon.ico is asked for) is
 * refused by img-src 'none'; that is the test page's, not the widgets'. Violations and messages.
 */
const notFavicon = (v) =>
  typeof v === 'string'
    ? !/favicon|'data:,'|data:,|img-src/.test(v)
    : !(v.directive === 'img-src' || String(v.blocked).includes('favicon'));
/** The browser's own report of a refused inline <style> (Chromium and Firefox word it differently). */
const styleRefusal = (m) => /inline style|style-src/i.test(m);

let server;
before(async () => {
  const csp = (policy) => ({ 'content-security-policy': policy });
  const withScript = await ssrPage();
  const withoutScript = await ssrPage({ script: false });
  server = await serve({
    pages: {
      '/ssr-csp/hashes.html': { body: withScript, headers: csp(WITH_HASHES) },
      '/ssr-csp/hashes-no-script.html': { body: withoutScript, headers: csp(WITH_HASHES) },
      '/ssr-csp/strict.html': { body: withScript, headers: csp(STRICT_CSP) },
      '/ssr-csp/strict-no-script.html': { body: withoutScript, headers: csp(STRICT_CSP) },
    },
  });
});
after(() => server?.close());

async function tick(page) {
  return page.evaluate(async () => {
    const list = document.querySelector('net-decision-checklist');
    list.shadowRoot.querySelector('.factor input[type="checkbox"]').click();
    await list.updateComplete;
    return list.shadowRoot.querySelector('.progress-text').textContent.trim();
  });
}

for (const engine of engines()) {
  describe(`server-rendered widgets under a strict CSP in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('with the hashes of csp-hashes.json: styled before any script, no violation', async () => {
      const page = await browser.newPage({ initScripts: [RECORDER] });
      await page.goto(`${server.origin}/ssr-csp/hashes-no-script.html`);
      await page.settle();
      const widgets = await page.evaluate(readWidgets, WIDGET_TAGS);
      for (const w of widgets) {
        assert.equal(w.defined, false);
        assert.equal(w.styled, true, `${w.tag}: its <style> applies`);
        assert.equal(w.styleElements, 1);
      }
      assert.deepEqual((await page.evaluate(() => window.__violations)).filter(notFavicon), []);
      await page.close();
    });

    test('with the hashes: hydrated, styled, usable under Trusted Types, no violation, no console error', async () => {
      const page = await browser.newPage({ initScripts: [RECORDER] });
      await page.goto(`${server.origin}/ssr-csp/hashes.html`);
      await page.waitFor(settled, WIDGET_TAGS, { what: 'widgets hydrated under CSP' });
      for (const w of await page.evaluate(readWidgets, WIDGET_TAGS)) {
        assert.equal(w.styled, true, w.tag);
        assert.equal(w.lang, 'en-US');
      }
      assert.equal(await tick(page), '1 of 9 discussed');
      await page.settle();
      assert.deepEqual((await page.evaluate(() => window.__violations)).filter(notFavicon), []);
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notFavicon), []);
      await page.close();
    });

    test('without the hashes, before any script: readable and unstyled; only the inline <style> elements are refused', async () => {
      const page = await browser.newPage({ initScripts: [RECORDER] });
      await page.goto(`${server.origin}/ssr-csp/strict-no-script.html`);
      await page.settle();
      const widgets = await page.evaluate(readWidgets, WIDGET_TAGS);
      for (const w of widgets) {
        assert.equal(w.shadow, true);
        assert.equal(w.styled, false, `${w.tag}: its <style> is blocked`);
        assert.ok(w.text > 500 && w.height > 200, `${w.tag}: text in the DOM and laid out`);
        assert.ok(w.headingVisible && w.headingSize >= 15, `${w.tag}: heading readable (${w.headingSize}px)`);
      }
      const violations = (await page.evaluate(() => window.__violations)).filter(notFavicon);
      assert.equal(violations.length, WIDGET_TAGS.length, 'one refused <style> per widget');
      for (const v of violations) {
        assert.match(v.directive, /^style-src/);
        assert.equal(v.blocked, 'inline');
      }
      assert.deepEqual(page.log.pageErrors, []);
      assert.ok(page.log.errors.filter(notFavicon).every(styleRefusal), page.log.errors.join('\n'));
      await page.close();
    });

    test('without the hashes, with the script: styled once hydrated (adopted stylesheets), usable, no error of the widgets', async () => {
      const page = await browser.newPage({ initScripts: [RECORDER] });
      await page.goto(`${server.origin}/ssr-csp/strict.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      for (const w of await page.evaluate(readWidgets, WIDGET_TAGS)) {
        assert.equal(w.styled, true, `${w.tag}: styled by its adopted stylesheets`);
        assert.equal(w.styleElements, 0);
      }
      assert.equal(await tick(page), '1 of 9 discussed');
      await page.settle();
      const violations = (await page.evaluate(() => window.__violations)).filter(notFavicon);
      assert.ok(
        violations.every((v) => /^style-src/.test(v.directive) && v.blocked === 'inline'),
        JSON.stringify(violations),
      );
      assert.ok(violations.length <= WIDGET_TAGS.length, 'nothing refused after the script ran');
      assert.deepEqual(page.log.pageErrors, []);
      assert.ok(page.log.errors.filter(notFavicon).every(styleRefusal), page.log.errors.join('\n'));
      assert.deepEqual(
        page.log.all.filter((m) => m.includes('[net-widgets]')),
        [],
      );
      await page.close();
    });
  });
}
