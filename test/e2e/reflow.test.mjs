// Reflow at 320 CSS px (WCAG 1.4.10) on the built bundle, in Chromium, Firefox ESR and WebKit: no
// horizontal scrolling, and nothing inside a widget leaves the widget. The page is shown in a
// 320 px iframe, because MiniBrowser's window cannot be narrower than its toolbar (447 px); the
// frame is a real 320 px viewport (its media queries and its innerWidth say so). The same pages
// at 200 % zoom, and in Chromium's own 320 px viewport, are in a11y-layout.test.mjs.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { allWidgetsPage, serve, engines, launchEngine } from './lib/helpers.mjs';

const WIDTH = 320;
const PAGES = ['demo/themes.html', 'demo/themes.html?lang=fr-CA', 'all.html', 'all-fr.html'];

let server;
before(async () => {
  const page = (lang) =>
    allWidgetsPage(
      lang,
      '<net-treatment-comparison therapies="surgery,somatostatin-analogues,prrt,chemotherapy"></net-treatment-comparison>',
    );
  const framed = (src) => ({
    body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <title>${WIDTH} px</title><style>body{margin:0}iframe{width:${WIDTH}px;height:640px;border:0;display:block}</style>
      </head><body><iframe title="The page at ${WIDTH} px" src="/${src}"></iframe></body></html>`,
  });
  const pages = { '/all.html': page('en-US'), '/all-fr.html': page('fr-CA') };
  for (const [i, path] of PAGES.entries()) pages[`/framed-${i}.html`] = framed(path);
  server = await serve({ pages });
});
after(() => server?.close());

/** In the top page: the framed page's viewport and what escapes, once every widget has rendered. */
function reflowInFrame() {
  const win = document.querySelector('iframe').contentWindow;
  const doc = win.document;
  const hosts = [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('net-'));
  if (!hosts.length || !hosts.every((h) => h.shadowRoot && h.shadowRoot.childElementCount > 0)) return null;
  for (const host of hosts) for (const d of host.shadowRoot.querySelectorAll('details')) d.open = true;
  const escaping = [];
  for (const host of hosts) {
    const box = host.getBoundingClientRect();
    for (const el of host.shadowRoot.querySelectorAll('*')) {
      if (el.closest('.visually-hidden') || el.localName === 'style') continue;
      const r = el.getBoundingClientRect();
      if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) {
        escaping.push(
          `${host.localName} ${el.localName}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)}`,
        );
      }
    }
  }
  return {
    widgets: hosts.length,
    innerWidth: win.innerWidth,
    narrow: win.matchMedia('(max-width: 320px)').matches,
    scrollWidth: doc.documentElement.scrollWidth,
    clientWidth: doc.documentElement.clientWidth,
    escaping: escaping.slice(0, 5),
  };
}

for (const engine of engines()) {
  describe(`reflow at ${WIDTH} px in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    for (const [i, path] of PAGES.entries()) {
      test(`no horizontal scrolling, nothing leaves its widget: ${path}`, async () => {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/framed-${i}.html`);
        // A frame later, the opened details have been laid out.
        await page.waitFor(reflowInFrame, undefined, { what: 'every widget rendered in the frame', timeout: 15000 });
        await page.settle(100);
        const result = await page.evaluate(reflowInFrame);
        assert.equal(result.innerWidth, WIDTH, 'the frame is a 320 px viewport');
        assert.equal(result.narrow, true, 'its media queries see 320 px');
        assert.ok(result.widgets >= 3, `${result.widgets} widgets`);
        assert.ok(
          result.scrollWidth <= result.clientWidth,
          `scrollWidth ${result.scrollWidth} > ${result.clientWidth}`,
        );
        assert.deepEqual(result.escaping, []);
        assert.deepEqual(page.log.pageErrors, []);
        await page.close();
      });
    }
  });
}
