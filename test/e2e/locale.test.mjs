// Locale detection of the built bundle on real pages: data-locale in every loading mode (the
// embed forms: end of body, defer, async, type=module), <html lang>, navigator.languages, and no
// first paint in the wrong locale. Chromium, Firefox ESR and WebKit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';

const CARD = '<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>';
const page = (lang, script, body = CARD) => ({
  body: `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><title>t</title><link rel="icon" href="data:,">${script.head ?? ''}</head><body>${body}${script.body ?? ''}</body></html>`,
});

const MODES = {
  'end of body': (attrs) => ({ body: `<script src="/dist/net-widgets.js" ${attrs}></script>` }),
  'defer in head': (attrs) => ({ head: `<script src="/dist/net-widgets.js" defer ${attrs}></script>` }),
  'async in head': (attrs) => ({ head: `<script src="/dist/net-widgets.js" async ${attrs}></script>` }),
  'type=module': (attrs) => ({ head: `<script src="/dist/net-widgets.js" type="module" ${attrs}></script>` }),
};
const slug = (name) => name.replace(/\W+/g, '-');

let server;
before(async () => {
  const pages = {};
  for (const [name, make] of Object.entries(MODES)) {
    pages[`/data-locale-${slug(name)}.html`] = page('en-US', make('data-locale="en-CA"'));
  }
  pages['/html-lang-gb.html'] = page('en-GB', MODES['end of body'](''));
  pages['/html-lang-fr.html'] = page('fr', MODES['defer in head'](''));
  pages['/html-lang-bad.html'] = page('??-!!', MODES['end of body'](''));
  pages['/no-lang.html'] = page(null, MODES['end of body'](''));
  pages['/no-widgets-fr.html'] = page('fr-CA', MODES['end of body'](''), '<p>No widget here.</p>');
  server = await serve({ pages });
});
after(() => server?.close());

/** Lang of the first card's content, once rendered. */
const renderedLang = (p) =>
  p.waitFor(() =>
    document.querySelector('net-therapy-card')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
  );

/**
 * Record every piece of text ever inserted into any widget's shadow root, from the first
 * render on, so that a render in en-US followed by a re-render would be caught.
 */
const RECORD_SHADOW_TEXT = () => {
  window.__inserted = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) window.__inserted.push(n.textContent ?? '');
        if (r.type === 'characterData') window.__inserted.push(r.target.data);
      }
    }).observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
};

// The card's last-review date, as the catalogue gives it (the writers change it; the formats are the test).
const lastReviewed = /review: \{ lastReviewed: '(\d{4}-\d{2}-\d{2})'/.exec(
  readFileSync(join(ROOT, 'src/content/therapies/somatostatin-analogues.ts'), 'utf8'),
)[1];
const longDate = (locale) => {
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${lastReviewed}T00:00:00Z`),
  );
  return locale === 'fr-CA' ? text.replace(/^1 /, '1er ') : text;
};

for (const engine of engines()) {
  describe(`locale detection in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    for (const name of Object.keys(MODES)) {
      test(`data-locale on the script tag wins over <html lang> (${name})`, async () => {
        const p = await browser.newPage();
        await p.goto(`${server.origin}/data-locale-${slug(name)}.html`);
        assert.equal(await renderedLang(p), 'en-CA');
        assert.deepEqual(p.log.pageErrors, []);
        await p.close();
      });
    }

    test('<html lang> picks the locale; a malformed one falls back to en-US without error', async () => {
      const p = await browser.newPage();
      await p.goto(`${server.origin}/html-lang-gb.html`);
      assert.equal(await renderedLang(p), 'en-GB');
      await p.goto(`${server.origin}/html-lang-fr.html`);
      assert.equal(await renderedLang(p), 'fr-CA');
      await p.goto(`${server.origin}/html-lang-bad.html`);
      assert.equal(await renderedLang(p), 'en-US');
      assert.deepEqual(p.log.pageErrors, []);
      assert.deepEqual(p.log.errors, []);
      await p.close();
    });

    test('navigator.languages is used when the page says nothing', async (t) => {
      if (!browser.setsLocale) {
        t.skip(`${engine}: ${browser.whyNoLocale}`);
        return;
      }
      const p = await browser.newPage({ locale: 'en-AU' });
      await p.goto(`${server.origin}/no-lang.html`);
      assert.equal(await renderedLang(p), 'en-GB');
      await p.close();
    });

    for (const [lang, present, never] of [
      ['en-GB', longDate('en-GB'), [longDate('en-US')]],
      ['fr-CA', longDate('fr-CA'), [longDate('en-US'), 'Last reviewed', 'How it works']],
    ]) {
      test(`a page in ${lang} never shows en-US text first`, async () => {
        const p = await browser.newPage({ initScripts: [`(${RECORD_SHADOW_TEXT})();`] });
        await p.goto(`${server.origin}/${lang === 'en-GB' ? 'html-lang-gb' : 'html-lang-fr'}.html`);
        await renderedLang(p);
        const inserted = (await p.evaluate(() => window.__inserted.join('\n'))).replace(/\s+/g, ' ');
        assert.ok(inserted.includes(present), `rendered in ${lang}`);
        for (const text of never) assert.ok(!inserted.includes(text), `"${text}" (en-US) was never inserted`);
        await p.close();
      });
    }

    test('NetWidgets.getLocale() answers from the page even before any widget exists', async () => {
      const p = await browser.newPage();
      await p.goto(`${server.origin}/no-widgets-fr.html`);
      await p.waitFor(() => window.NetWidgets);
      assert.equal(await p.evaluate(() => window.NetWidgets.getLocale()), 'fr-CA');
      await p.close();
    });
  });
}
