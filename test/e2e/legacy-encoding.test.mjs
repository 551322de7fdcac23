// Host pages in legacy encodings (windows-1252 and ISO-8859-1, still common on older CMS templates
// and intranets, and Shift_JIS), with the script served with and without a charset: a classic
// script without one is decoded in the page's encoding, so only an ASCII bundle reads right
// (DESIGN.md "Files"). Every locale's accents, apostrophes, « », ° and dates must come out exactly
// as on a UTF-8 page; so must the static fragments pasted into such a page. A probe script in
// UTF-8 shows that each page really decodes scripts in its own encoding (the test would catch a
// non-ASCII bundle). Chromium, Firefox ESR and WebKit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { LOCALES, ROOT, TAGS } from '../../scripts/lib/project.mjs';
import { DEFAULT_THERAPIES } from '../../scripts/build-static.mjs';

/** Each encoding, and host text written in it (as bytes) with what it must read as. */
const ENCODINGS = {
  'windows-1252': { bytes: [0x43, 0x61, 0x66, 0xe9, 0x20, 0xab, 0x20, 0x92, 0x20, 0xbb], text: 'Café « ’ »' },
  'ISO-8859-1': { bytes: [0x43, 0x61, 0x66, 0xe9, 0x20, 0xab, 0x20, 0xbb], text: 'Café « »' },
  // 日本語 in Shift_JIS.
  Shift_JIS: { bytes: [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], text: '日本語' },
};

/** One of each element, in every locale: a section per locale (several locales on one page). */
const WIDGETS = LOCALES.map(
  (locale) => `<section lang="${locale}">
    <net-therapy-card therapy="chemotherapy"></net-therapy-card>
    <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
    <net-decision-checklist></net-decision-checklist>
    <net-treatment-comparison therapies="${DEFAULT_THERAPIES}"></net-treatment-comparison>
  </section>`,
).join('\n');

/** Static fragments (no script): a side-effect list (°, dates) and the checklist (« ») per locale. */
const FRAGMENTS = LOCALES.map(
  (locale) =>
    `<section>${readFileSync(join(ROOT, `dist/static/${locale}/net-side-effect-list/chemotherapy.html`), 'latin1')}` +
    `${readFileSync(join(ROOT, `dist/static/${locale}/net-decision-checklist.html`), 'latin1')}</section>`,
).join('\n');

/** A page in `encoding` (its bytes, its header), with `body`; the host's own text is in that encoding. */
function legacyPage(encoding, body) {
  const { bytes } = ENCODINGS[encoding];
  const before = `<!doctype html><html lang="en-US"><head><meta charset="${encoding}"><title>Legacy page</title><link rel="icon" href="data:,"></head><body><p id="host">`;
  return {
    body: Buffer.concat([
      Buffer.from(before, 'latin1'),
      Buffer.from(bytes),
      Buffer.from(`</p>${body}</body></html>`, 'latin1'),
    ]),
    headers: { 'content-type': `text/html; charset=${encoding}` },
  };
}

const utf8Page = (body) => ({
  body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>UTF-8 page</title><link rel="icon" href="data:,"></head><body><p id="host">—</p>${body}</body></html>`,
});

const script = (path, charset) => ({
  body: readFileSync(join(ROOT, path)),
  headers: { 'content-type': charset ? 'text/javascript; charset=utf-8' : 'text/javascript' },
});

// A UTF-8 script with one non-ASCII character, served without a charset: what a page makes of it.
const PROBE = {
  body: Buffer.from("document.documentElement.dataset.probe = '\u00e9';\n", 'utf8'),
  headers: { 'content-type': 'text/javascript' },
};

let server;
before(async () => {
  const pages = {
    '/bundle/charset.js': script('dist/net-widgets.js', true),
    '/bundle/no-charset.js': script('dist/net-widgets.js', false),
    '/bundle/fr-CA-no-charset.js': script('dist/net-widgets.fr-CA.js', false),
    '/probe.js': PROBE,
    '/utf8.html': utf8Page(`${WIDGETS}<script src="/probe.js"></script><script src="/bundle/charset.js"></script>`),
    '/utf8-static.html': utf8Page(FRAGMENTS),
  };
  for (const encoding of Object.keys(ENCODINGS)) {
    for (const mode of ['charset', 'no-charset']) {
      pages[`/${encoding}/${mode}.html`] = legacyPage(
        encoding,
        `${WIDGETS}<script src="/probe.js"></script><script src="/bundle/${mode}.js"></script>`,
      );
    }
    pages[`/${encoding}/static.html`] = legacyPage(encoding, FRAGMENTS);
    pages[`/${encoding}/fr-CA-file.html`] = legacyPage(
      encoding,
      '<section><net-side-effect-list therapy="chemotherapy"></net-side-effect-list></section><script src="/bundle/fr-CA-no-charset.js"></script>',
    );
  }
  server = await serve({ pages });
});
after(() => server?.close());

/**
 * Once every widget has rendered: the page's encoding, the host's text, the probe, and each
 * widget's text (its shadow root, <style> left out) with its tag and locale.
 */
const READ = (expected) => {
  const widgets = [...document.querySelectorAll('section > *')].filter((el) => el.localName.startsWith('net-'));
  if (widgets.length < expected || widgets.some((el) => !el.shadowRoot?.querySelector('[lang]'))) return null;
  const text = (root) =>
    [...root.childNodes]
      .map((n) => (n.nodeName === 'STYLE' ? '' : n.nodeType === 1 ? text(n) : n.nodeType === 3 ? n.data : ''))
      .join('');
  return {
    charset: document.characterSet,
    host: document.getElementById('host').textContent,
    probe: document.documentElement.dataset.probe ?? null,
    widgets: widgets.map((el) => ({
      tag: el.localName,
      lang: el.shadowRoot.querySelector('[lang]').getAttribute('lang'),
      // Collapsed like HTML white space (not \s, which would also swallow French no-break spaces).
      text: text(el.shadowRoot)
        .replace(/[ \t\n\r]+/g, ' ')
        .trim(),
    })),
  };
};

const MOJIBAKE = /Ã|Â|â€|�/u;

for (const engine of engines()) {
  describe(`legacy page encodings in ${engine}`, () => {
    let browser;
    let control;
    let controlStatic;
    before(async () => {
      browser = await launchEngine(engine);
      control = await read('/utf8.html', LOCALES.length * TAGS.length);
      controlStatic = await read('/utf8-static.html', LOCALES.length * 2);
    });
    after(() => browser?.close());

    async function read(path, expected) {
      const page = await browser.newPage();
      try {
        assert.equal(await page.goto(server.origin + path), 200);
        return await page.waitFor(READ, expected, { timeout: 20000, what: `every widget of ${path} rendered` });
      } finally {
        await page.close();
      }
    }

    test('the UTF-8 control page: every element in every locale, the right characters, the probe read right', () => {
      assert.equal(control.charset, 'UTF-8');
      assert.equal(control.probe, 'é');
      // Every element is on the page in every locale (a new element must join this test).
      assert.deepEqual(new Set(control.widgets.map((w) => w.tag)), new Set(TAGS));
      assert.deepEqual(new Set(control.widgets.map((w) => w.lang)), new Set(LOCALES));
      for (const w of control.widgets) {
        assert.doesNotMatch(w.text, MOJIBAKE, `${w.lang} ${w.tag}`);
        // The review dates, joined by a middle dot.
        assert.match(w.text, / · /u, `${w.lang} ${w.tag}: the dates' separator`);
        if (w.tag === 'net-side-effect-list') assert.match(w.text, /°/u, `${w.lang} ${w.tag}: degrees`);
        if (w.lang === 'fr-CA') {
          assert.match(w.text, /é/u, `${w.lang} ${w.tag}: accents`);
          assert.match(w.text, /’/u, `${w.lang} ${w.tag}: apostrophes`);
          assert.match(w.text, /\u00a0:/u, `${w.lang} ${w.tag}: a no-break space before the colon`);
        }
      }
      assert.ok(
        control.widgets.some((w) => w.lang === 'fr-CA' && /«\u00a0/u.test(w.text)),
        'fr-CA « » somewhere',
      );
    });

    for (const encoding of Object.keys(ENCODINGS)) {
      for (const mode of ['charset', 'no-charset']) {
        test(`a ${encoding} page, the script served ${mode === 'charset' ? 'with' : 'without'} a charset: every widget reads as on a UTF-8 page`, async () => {
          const seen = await read(`/${encoding}/${mode}.html`, LOCALES.length * TAGS.length);
          assert.equal(seen.charset.toLowerCase(), encoding === 'ISO-8859-1' ? 'windows-1252' : encoding.toLowerCase());
          assert.equal(seen.host, ENCODINGS[encoding].text, 'the host text is decoded in the page encoding');
          // A UTF-8 script without a charset is read in the page's encoding: the bundle must not need one.
          assert.notEqual(seen.probe, 'é', 'the probe script is mis-decoded, as a non-ASCII bundle would be');
          assert.deepEqual(seen.widgets, control.widgets);
        });
      }

      test(`a ${encoding} page with the fr-CA file, served without a charset`, async () => {
        const seen = await read(`/${encoding}/fr-CA-file.html`, 1);
        const expected = control.widgets.filter((w) => w.lang === 'fr-CA' && w.tag === 'net-side-effect-list');
        assert.deepEqual(seen.widgets, expected);
      });

      test(`static fragments pasted into a ${encoding} page read as on a UTF-8 page (no script)`, async () => {
        const seen = await read(`/${encoding}/static.html`, LOCALES.length * 2);
        assert.deepEqual(seen.widgets, controlStatic.widgets);
        for (const w of seen.widgets) {
          assert.doesNotMatch(w.text, MOJIBAKE, `${w.lang} ${w.tag}`);
          if (w.tag === 'net-side-effect-list') assert.match(w.text, /°/u, `${w.lang} ${w.tag}: degrees`);
        }
      });
    }
  });
}
