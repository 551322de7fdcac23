// 4a. JS heap after forced garbage collection (Chrome DevTools Protocol): an empty page, the script
// with no widget, the script and 100 cards; median of 3 each.
import { emptyPage, scriptOnlyPage, widgetPage } from '../lib/pages.mjs';
import { median } from '../lib/stats.mjs';

const SAMPLES = 3;

export async function run({ server, load, results, log }) {
  log(`\n4. JS heap (after forced GC; median of ${SAMPLES})`);
  server.pages.set('/bench/empty.html', emptyPage());
  server.pages.set('/bench/script-only.html', scriptOnlyPage());
  server.pages.set('/bench/cards-100.html', widgetPage(100));
  const heapOf = async (path) => {
    const values = [];
    for (let i = 0; i < SAMPLES; i++) {
      const { extra } = await load(path, {
        after: async (page, context) => {
          const cdp = await context.newCDPSession(page);
          await cdp.send('HeapProfiler.enable');
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('Performance.enable');
          const { metrics } = await cdp.send('Performance.getMetrics');
          return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
        },
      });
      values.push(extra);
    }
    return { heap: median(values.map((v) => v.JSHeapUsedSize)), nodes: median(values.map((v) => v.Nodes)) };
  };
  const empty = await heapOf('/bench/empty.html');
  const scriptOnly = await heapOf('/bench/script-only.html');
  const hundred = await heapOf('/bench/cards-100.html');
  results.heap = {
    emptyPageBytes: empty.heap,
    scriptNoWidgetBytes: scriptOnly.heap - empty.heap,
    hundredCardsBytes: hundred.heap - empty.heap,
    perCardBytes: (hundred.heap - scriptOnly.heap) / 100,
    domNodesHundredCards: hundred.nodes,
  };
  log(
    `script, no widget: +${(results.heap.scriptNoWidgetBytes / 1e6).toFixed(2)} MB; ` +
      `script + 100 cards: +${(results.heap.hundredCardsBytes / 1e6).toFixed(2)} MB over an empty page ` +
      `(${(results.heap.perCardBytes / 1e3).toFixed(1)} KB per card, ${hundred.nodes} DOM nodes)`,
  );
}
