// 5. Locale switch with 100 cards: NetWidgets.setLocale() → every widget updated (script time) and
// → the next frame (style and layout included), each way, median of the runs.
import { widgetPage } from '../lib/pages.mjs';
import { median } from '../lib/stats.mjs';

const ms = (v) => `${v.toFixed(1)} ms`;

export async function run({ server, load, results, runs, log }) {
  log(`\n5. Locale switch with 100 cards (median of ${runs} each way)`);
  server.pages.set('/bench/cards-100.html', widgetPage(100));
  const { extra: switches } = await load('/bench/cards-100.html', {
    after: (page) =>
      page.evaluate(async (n) => {
        const cards = [...document.querySelectorAll('net-therapy-card')];
        const frame = () =>
          new Promise((r) =>
            requestAnimationFrame(() => {
              const c = new MessageChannel();
              c.port1.onmessage = r;
              c.port2.postMessage(0);
            }),
          );
        const text = () => cards[2].shadowRoot.textContent.length;
        const out = [];
        for (let i = 0; i < n * 2; i++) {
          const tag = i % 2 ? 'en-US' : 'fr-CA';
          await frame();
          const before = text();
          const t0 = performance.now();
          window.NetWidgets.setLocale(tag);
          await Promise.all(cards.map((c) => c.updateComplete));
          const t1 = performance.now();
          await frame();
          out.push({
            tag,
            updateMs: t1 - t0,
            frameMs: performance.now() - t0,
            textChanged: text() !== before,
            lang: cards[0].shadowRoot.querySelector('[lang]')?.getAttribute('lang'),
          });
        }
        return out;
      }, runs),
  });
  results.localeSwitch = {};
  for (const tag of ['fr-CA', 'en-US']) {
    const mine = switches.filter((s) => s.tag === tag);
    const r = {
      updateMs: median(mine.map((s) => s.updateMs)),
      frameMs: median(mine.map((s) => s.frameMs)),
      textChanged: mine.every((s) => s.textChanged),
      lang: mine[0].lang,
    };
    results.localeSwitch[tag] = r;
    log(
      `→ ${tag}: every widget updated in ${ms(r.updateMs)}, next frame at ${ms(r.frameMs)} (text changed: ${r.textChanged}, lang=${r.lang})`,
    );
  }
}
