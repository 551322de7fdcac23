// Issue 16 on the built bundle, in Chromium and Firefox ESR: a bilingual Canadian page (each widget
// in its section's language, with no text of the other locale first, in every loading mode), the
// host's own contact line in real host markup (styled by the host, and printed: Chromium's PDF,
// read back with pdftotext), and the out-of-date notice with the reader's clock mocked by an init
// script. Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { pdfText } from './lib/pdf.mjs';
import { TAGS } from '../../scripts/lib/project.mjs';

const LOCALES = ['en-US', 'en-GB', 'en-CA', 'fr-CA'];

/** The widgets of one section: one of each element, in the section's own words around them. */
const widgets = (contact = '') => `
  <net-therapy-card therapy="prrt" heading-level="3">${contact}</net-therapy-card>
  <net-side-effect-list therapy="prrt" heading-level="3">${contact}</net-side-effect-list>
  <net-treatment-comparison therapies="surgery,prrt,somatostatin-analogues" heading-level="3">${contact}</net-treatment-comparison>
  <net-decision-checklist heading-level="3">${contact}</net-decision-checklist>`;

const SCRIPT = {
  'script in head (before the widgets)': { head: '<script src="/dist/net-widgets.js"></script>', body: '' },
  'defer in head': { head: '<script src="/dist/net-widgets.js" defer></script>', body: '' },
  'end of body': { head: '', body: '<script src="/dist/net-widgets.js"></script>' },
};

function bilingual({ head, body }) {
  return `<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>NET clinic · Clinique TNE</title>${head}</head>
  <body><header><h1>Neuroendocrine tumour clinic / Clinique des tumeurs neuroendocrines</h1></header>
  <main>
    <section id="en" aria-labelledby="en-h"><h2 id="en-h">Your treatment options</h2>${widgets()}</section>
    <section id="fr" lang="fr-CA" aria-labelledby="fr-h"><h2 id="fr-h">Vos options de traitement</h2>${widgets()}</section>
  </main>${body}</body></html>`;
}

/** The host's own lines, as a hospital writes them (with its own class and a phone link). */
const CONTACT = (who) =>
  `<p slot="contact" class="hospital-contact">${who}: call the NET nurse line on <a href="tel:+441615550100">0161 555 0100</a> (8am to 6pm), or NHS 111 out of hours.</p>`;

const contactPage = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <title>NET service – Example Hospital</title>
  <style>
    body { font-family: Georgia, serif; margin: 24px; }
    .hospital-contact { color: rgb(0, 48, 135); font-weight: 700; }
  </style></head>
  <body><main><h1>Treatments for neuroendocrine tumours</h1>
  <net-therapy-card therapy="somatostatin-analogues">${CONTACT('Card line')}</net-therapy-card>
  <net-side-effect-list therapy="somatostatin-analogues">${CONTACT('List line')}</net-side-effect-list>
  <net-treatment-comparison therapies="surgery,somatostatin-analogues">${CONTACT('Comparison line')}</net-treatment-comparison>
  <net-decision-checklist>${CONTACT('Checklist line')}</net-decision-checklist>
  <net-therapy-card therapy="surgery"></net-therapy-card>
  </main><script src="/dist/net-widgets.js"></script></body></html>`;

const overduePage = (
  lang,
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <title>t</title></head><body>${widgets()}<script src="/dist/net-widgets.js"></script></body></html>`;

/**
 * Record, for every widget, each text and each `lang` ever inserted into its shadow root from the
 * first render on (run before any page script).
 */
const RECORD = `(() => {
  window.__records = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    const record = { host: this, texts: [], langs: [] };
    window.__records.push(record);
    new MutationObserver((list) => {
      for (const r of list) {
        for (const n of r.addedNodes) {
          record.texts.push(n.textContent || '');
          if (n.nodeType === 1) {
            for (const el of [n, ...n.querySelectorAll('[lang]')]) {
              if (el.hasAttribute('lang')) record.langs.push(el.getAttribute('lang'));
            }
          }
        }
        if (r.type === 'characterData') record.texts.push(r.target.data);
        if (r.type === 'attributes') record.langs.push(r.target.getAttribute('lang'));
      }
    }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    return root;
  };
})();`;

/** The reader's clock at a fixed time (local), for `new Date()` and `Date.now()` only. */
const CLOCK = (y, m, d) => `(() => {
  const RealDate = Date;
  const fixed = new RealDate(${y}, ${m - 1}, ${d}, 9, 0, 0).getTime();
  class FakeDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
    static now() { return fixed; }
  }
  globalThis.Date = FakeDate;
})();`;

const pages = {};
let server;
before(async () => {
  for (const [name, script] of Object.entries(SCRIPT))
    pages[`/bilingual-${name.replace(/\W+/g, '-')}.html`] = bilingual(script);
  pages['/contact.html'] = contactPage;
  for (const lang of LOCALES) pages[`/overdue-${lang}.html`] = overduePage(lang);
  server = await serve({ pages });
});
after(async () => {
  await server?.close();
});

/** Wait until every widget on the page has rendered. */
const ready = (page) =>
  page.waitFor(
    (tags) => {
      const all = [...document.querySelectorAll(tags.join(','))];
      return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('[lang]'));
    },
    TAGS,
    { what: 'every widget rendered' },
  );

const ENGLISH_DATE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/;
const FRENCH_DATE =
  /\b\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}\b/;

for (const engine of engines()) {
  test(`${engine}: a bilingual Canadian page — each widget in its section's language, never the other first`, async () => {
    const browser = await launchEngine(engine);
    try {
      for (const name of Object.keys(SCRIPT)) {
        const page = await browser.newPage({ initScripts: [RECORD] });
        await page.goto(`${server.origin}/bilingual-${name.replace(/\W+/g, '-')}.html`);
        await ready(page);
        const report = await page.evaluate(() =>
          window.__records
            .filter((r) => r.host.localName.startsWith('net-'))
            .map((r) => ({
              tag: r.host.localName,
              section: r.host.closest('section').id,
              lang: r.host.shadowRoot.querySelector('[lang]').getAttribute('lang'),
              langs: r.langs,
              text: r.texts.join('\n').replace(/\s+/g, ' '),
              final: r.host.shadowRoot.textContent.replace(/\s+/g, ' '),
            })),
        );
        assert.equal(report.length, TAGS.length * 2, `${name}: every widget recorded`);
        for (const w of report) {
          const want = w.section === 'fr' ? 'fr-CA' : 'en-CA';
          const where = `${engine}, ${name}: <${w.tag}> in #${w.section}`;
          assert.equal(w.lang, want, where);
          // Every locale ever inserted is the section's own (source titles keep "en": not a locale).
          assert.deepEqual(
            [...new Set(w.langs.filter((l) => LOCALES.includes(l)))],
            [want],
            `${where}: locales inserted ${w.langs.join(' ')}`,
          );
          if (want === 'fr-CA') {
            assert.ok(FRENCH_DATE.test(w.final), `${where}: a French date`);
            assert.ok(
              !ENGLISH_DATE.test(w.text),
              `${where}: no English date ever inserted (${w.text.match(ENGLISH_DATE)?.[0]})`,
            );
          } else {
            assert.ok(ENGLISH_DATE.test(w.final), `${where}: an English date`);
            assert.ok(!FRENCH_DATE.test(w.text), `${where}: no French date ever inserted`);
          }
        }
        // The page-level answer stays the page's.
        assert.equal(await page.evaluate(() => window.NetWidgets.getLocale()), 'en-CA');
        assert.deepEqual(page.log.pageErrors, []);
        assert.deepEqual(page.log.errors, []);
        await page.close();
      }

      // Switching one section's language re-renders only its widgets; no page-level event.
      const page = await browser.newPage();
      await page.goto(`${server.origin}/bilingual-end-of-body.html`);
      await ready(page);
      await page.evaluate(() => {
        window.__events = [];
        document.addEventListener('net-locale-change', (e) => window.__events.push(e.detail.locale));
        document.querySelector('#fr').setAttribute('lang', 'en-GB');
      });
      await page.waitFor(() =>
        [...document.querySelectorAll('#fr > *')]
          .filter((el) => el.shadowRoot)
          .every((el) => el.shadowRoot.querySelector('[lang]').getAttribute('lang') === 'en-GB'),
      );
      const after = await page.evaluate(() => ({
        en: [...document.querySelectorAll('#en > *')]
          .filter((el) => el.shadowRoot)
          .map((el) => el.shadowRoot.querySelector('[lang]').getAttribute('lang')),
        events: window.__events,
      }));
      assert.deepEqual(after, { en: Array(TAGS.length).fill('en-CA'), events: [] });
      await page.close();
    } finally {
      await browser.close();
    }
  });

  test(`${engine}: the host's contact line, in real host markup, labelled and styled by the host`, async () => {
    const browser = await launchEngine(engine);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/contact.html`);
      await ready(page);
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('main > *')]
          .filter((el) => el.shadowRoot)
          .map((el) => {
            const line = el.querySelector('[slot="contact"]');
            const wrapper = el.shadowRoot.querySelector('[part~="contact"]');
            const box = wrapper.closest('tr') ?? wrapper;
            const style = line && getComputedStyle(line);
            return {
              tag: el.localName,
              shown: box.checkVisibility(),
              label: box.textContent.includes('From your care team'),
              slotted: line ? line.assignedSlot?.name : null,
              color: style?.color ?? null,
              weight: style?.fontWeight ?? null,
              lineVisible: line ? line.checkVisibility() && line.getBoundingClientRect().height > 0 : null,
            };
          }),
      );
      const filled = {
        shown: true,
        label: true,
        slotted: 'contact',
        color: 'rgb(0, 48, 135)',
        weight: '700',
        lineVisible: true,
      };
      assert.deepEqual(
        seen.map(({ tag, ...rest }) => [tag, rest]),
        [
          ['net-therapy-card', filled],
          ['net-side-effect-list', filled],
          ['net-treatment-comparison', filled],
          ['net-decision-checklist', filled],
          [
            'net-therapy-card',
            { shown: false, label: true, slotted: null, color: null, weight: null, lineVisible: null },
          ],
        ],
      );
      // In the side-effect list, the line sits inside the urgent advice.
      assert.ok(
        await page.evaluate(
          () =>
            document
              .querySelector('net-side-effect-list')
              .shadowRoot.querySelector('[part="urgent"] [part~="contact"]') !== null,
        ),
      );
      assert.deepEqual(page.log.errors, []);
      assert.deepEqual(page.log.pageErrors, []);
      await page.close();
    } finally {
      await browser.close();
    }
  });

  test(`${engine}: the out-of-date notice by the reader's clock (mocked), in every locale; nothing before`, async () => {
    const browser = await launchEngine(engine);
    try {
      // The earliest next-review date of this copy, from the page itself.
      const probe = await browser.newPage();
      await probe.goto(`${server.origin}/overdue-en-US.html`);
      await ready(probe);
      const { nextReview } = await probe.evaluate(() => window.NetWidgets.content);
      await probe.close();
      const [y, m, d] = nextReview.split('-').map(Number);
      for (const lang of LOCALES) {
        // The day itself: nothing.
        let page = await browser.newPage({ initScripts: [CLOCK(y, m, d)] });
        await page.goto(`${server.origin}/overdue-${lang}.html`);
        await ready(page);
        assert.equal(
          await page.evaluate(
            () =>
              [...document.querySelectorAll('body > *')].filter((el) =>
                el.shadowRoot?.querySelector('[part="overdue"]'),
              ).length,
          ),
          0,
          `${engine} ${lang}: no notice on ${nextReview}`,
        );
        await page.close();
        // Three years later: every widget says so, above its content, with the date in its locale.
        page = await browser.newPage({ initScripts: [CLOCK(y + 3, m, d)] });
        await page.goto(`${server.origin}/overdue-${lang}.html`);
        await ready(page);
        const notices = await page.evaluate(() =>
          [...document.querySelectorAll('body > *')]
            .filter((el) => el.shadowRoot)
            .map((el) => {
              const notice = el.shadowRoot.querySelector('[part="overdue"]');
              const holder = el.shadowRoot.querySelector('[lang]');
              const first = holder.querySelector(':scope > .screen') ?? holder;
              return {
                tag: el.localName,
                text: notice?.textContent.replace(/\s+/g, ' ').trim() ?? null,
                first: first.firstElementChild === notice,
                visible: notice?.checkVisibility() ?? false,
              };
            }),
        );
        assert.equal(notices.length, TAGS.length);
        for (const n of notices) {
          assert.ok(n.text, `${engine} ${lang}: <${n.tag}> shows the notice`);
          assert.ok(n.first && n.visible, `${engine} ${lang}: <${n.tag}> notice first and visible`);
          assert.match(
            n.text,
            lang === 'fr-CA' ? FRENCH_DATE : lang === 'en-GB' ? /\b\d{1,2} [A-Z][a-z]+ \d{4}\b/ : ENGLISH_DATE,
          );
        }
        assert.deepEqual(
          page.requests.filter((u) => /^(https?|wss?):/.test(u) && !u.startsWith(server.origin)),
          [],
          'no network call of its own',
        );
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
}

test('chromium: the contact line prints (PDF, read back with pdftotext); the unfilled one prints nothing', async () => {
  const browser = await launchEngine('chromium');
  const dir = mkdtempSync(join(tmpdir(), 'net-contact-'));
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/contact.html`);
    await ready(page);
    const file = join(dir, 'contact.pdf');
    writeFileSync(
      file,
      await page.raw.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }),
    );
    const text = pdfText(file);
    for (const who of ['Card line', 'List line', 'Comparison line', 'Checklist line']) {
      assert.ok(text.includes(`${who}: call the NET nurse line on 0161 555 0100`), `${who} is in the PDF`);
    }
    // Labelled as the host's: one label per filled slot, none for the card without one.
    assert.equal(text.match(/From your care team/g)?.length, 4, 'four labels');
    await page.close();
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
