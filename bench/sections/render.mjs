// 2. Render cost against the physical limit: N cards against the same DOM as static HTML
// (declarative shadow DOM with the cards' own rendered markup and CSS, captured first), navigation
// start → the frame after the last card, medians of alternating runs.
import { staticPage, widgetPage } from '../lib/pages.mjs';
import { median } from '../lib/stats.mjs';

const ms = (v) => `${v.toFixed(1)} ms`;

/** The ten cards' rendered shadow DOM and CSS, for the static twin; and whether sheets are shared. */
async function captureCards({ server, load }) {
  server.pages.set('/bench/cards-10.html', widgetPage(10));
  const { extra } = await load('/bench/cards-10.html', {
    after: (page) =>
      page.evaluate(() => {
        const cards = [...document.querySelectorAll('net-therapy-card')];
        const sheets = (c) => c.shadowRoot.adoptedStyleSheets;
        return {
          shared: cards.every((c) => sheets(c).length > 0 && sheets(c).every((s, i) => s === sheets(cards[0])[i])),
          sheetCount: sheets(cards[0]).length,
          height: document.documentElement.scrollHeight,
          cards: cards.map((c) => ({
            id: c.getAttribute('therapy'),
            html: c.shadowRoot.innerHTML,
            css: sheets(c)
              .map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'))
              .join('\n'),
            rendered: !!c.shadowRoot.querySelector('article'),
          })),
        };
      }),
  });
  return extra;
}

export async function run(ctx) {
  const { server, load, results, runs, log } = ctx;
  const captured = await captureCards(ctx);
  const missing = captured.cards.filter((c) => !c.rendered).map((c) => c.id);
  if (missing.length) log(`(note: no <article> rendered for ${missing.join(', ')})`);
  server.pages.set('/bench/static-10.html', staticPage(10, captured.cards));
  const staticCheck = await load('/bench/static-10.html', {
    after: (page) => page.evaluate(() => document.documentElement.scrollHeight),
  });
  results.staticTwin = {
    stylesheetsSharedAcrossInstances: captured.shared,
    adoptedSheetsPerCard: captured.sheetCount,
    pageHeightWidgets: captured.height,
    pageHeightStatic: staticCheck.extra,
  };
  log(`\nStatic twin: page height ${captured.height}px (widgets) vs ${staticCheck.extra}px (static HTML);`);
  log(`constructable stylesheets shared by every card: ${captured.shared} (${captured.sheetCount} per card)`);

  log(`\n2. Render: navigation start → frame after the last card (median of ${runs} alternating runs)`);
  results.render = {};
  for (const n of [100, 500]) {
    server.pages.set(`/bench/cards-${n}.html`, widgetPage(n));
    server.pages.set(`/bench/static-${n}.html`, staticPage(n, captured.cards));
    const w = [];
    const s = [];
    for (let i = 0; i < runs; i++) {
      // Alternate the order so that neither variant always runs on a warmer machine.
      const order = i % 2 ? ['static', 'cards'] : ['cards', 'static'];
      for (const kind of order) {
        const { done } = await load(`/bench/${kind}-${n}.html`);
        (kind === 'cards' ? w : s).push(done);
      }
    }
    const row = {
      widgetsMs: median(w),
      staticMs: median(s),
      ratio: median(w) / median(s),
      htmlBytesWidgets: Buffer.byteLength(server.pages.get(`/bench/cards-${n}.html`)),
      htmlBytesStatic: Buffer.byteLength(server.pages.get(`/bench/static-${n}.html`)),
      widgetRuns: w,
      staticRuns: s,
    };
    results.render[n] = row;
    log(`N = ${n}: widgets ${ms(row.widgetsMs)}, static HTML ${ms(row.staticMs)} → ratio ${row.ratio.toFixed(2)}×`);
  }
}
