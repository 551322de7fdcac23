// 6. Server-rendered widgets (net-treatment-widgets/ssr, hydrated by dist/net-widgets.js):
// - first contentful paint of 100 server-rendered cards (with the script at the end of body)
//   against the static declarative-shadow-DOM twin (the same HTML, no script): the ratio;
// - hydration of the 100 cards: from the script tag to every card updated, against the same
//   script rendering 100 cards from nothing (a page without server rendering);
// - layout shift of the README's three widgets, server-rendered, the script 300 ms late, no
//   reservation CSS;
// - the bundle cost of hydration support: dist/net-widgets.js rebuilt in memory without it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { THERAPY_IDS } from '../../scripts/lib/project.mjs';
import { median } from '../lib/stats.mjs';

const N = 100;
const ms = (v) => `${v.toFixed(1)} ms`;
const BODY_STYLE = 'max-width:48em;margin:0 auto;padding:1em;font:16px/1.5 sans-serif';
const head = (title, extra = '') =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="viewport" content="width=device-width">${extra}</head>`;

/** Posts window.__done = { fcp, ...extra } once the first contentful paint is known. */
const FCP_MARKER = `<script>new PerformanceObserver((list, obs) => {
  const e = list.getEntriesByName('first-contentful-paint')[0];
  if (!e) return;
  obs.disconnect();
  (window.__hydrated || Promise.resolve({})).then((extra) => { window.__done = { fcp: e.startTime, ...extra }; });
}).observe({ type: 'paint', buffered: true });</script>`;

/** After the bundle: every card updated → the time since the script tag started (performance.now). */
const HYDRATION_MARKER = `<script>window.__hydrated = Promise.all([...document.querySelectorAll('net-therapy-card')]
  .map((c) => c.updateComplete)).then(() => ({ hydrateMs: performance.now() - window.__t0, doneAt: performance.now(),
    styleElements: [...document.querySelectorAll('net-therapy-card')].reduce((n, c) => n + c.shadowRoot.querySelectorAll('style').length, 0) }));</script>`;

const cards = (n) =>
  Array.from(
    { length: n },
    (_, i) => `<net-therapy-card therapy="${THERAPY_IDS[i % THERAPY_IDS.length]}"></net-therapy-card>`,
  ).join('\n');

async function pages(renderWidgets) {
  const rendered = await renderWidgets(cards(N), { locale: 'en-US' });
  const script = `<script>window.__t0 = performance.now();</script><script src="/dist/net-widgets.js"></script>`;
  return {
    // The physical limit: the same declarative shadow DOM, no script at all.
    static: `${head('static twin')}<body style="${BODY_STYLE}">\n${rendered}\n${FCP_MARKER}</body></html>`,
    // What a host serves: the server-rendered cards and the script that hydrates them.
    ssr: `${head('server-rendered')}<body style="${BODY_STYLE}">\n${rendered}\n${script}${HYDRATION_MARKER}${FCP_MARKER}</body></html>`,
    // The same script rendering the cards from nothing (no server rendering), for comparison.
    client: `${head('client-rendered')}<body style="${BODY_STYLE}">\n${cards(N)}\n${script}${HYDRATION_MARKER}${FCP_MARKER}</body></html>`,
  };
}

async function clsOf({ server, load }, html, width) {
  server.pages.set('/bench/ssr-cls.html', html);
  const { extra } = await load('/bench/ssr-cls.html', {
    viewport: { width, height: 800 },
    after: async (page) => {
      await page.waitForFunction(() =>
        [...document.querySelectorAll('net-therapy-card,net-side-effect-list,net-decision-checklist')].every(
          (e) => e.hasUpdated,
        ),
      );
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      return page.evaluate(() => window.__cls);
    },
  });
  return extra;
}

/** gzip -9 of dist/net-widgets.js rebuilt in memory: as shipped, with the single-locale files' fallback, with neither. */
async function hydrationBytes(root) {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL(resolve(root, 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => c.output?.file === 'dist/net-widgets.js');
  const hydrate = resolve(root, 'src/ssr/hydrate-support.ts');
  const swap = (code) => ({
    name: 'bench-swap-hydrate-support',
    load: (id) => (id === hydrate ? code : null),
  });
  const variants = {
    shipped: config.plugins,
    // What the single-locale files ship instead: no hydration, the served shadow root emptied.
    discardOnly: [
      {
        name: 'bench-discard',
        async resolveId(source, importer) {
          const r = await this.resolve(source, importer, { skipSelf: true });
          return r?.id === hydrate ? resolve(root, 'src/ssr/discard-support.ts') : null;
        },
      },
      ...config.plugins,
    ],
    // Before issue 17: nothing about server rendering in the bundle.
    none: [swap('export {};'), ...config.plugins.filter((p) => p.name !== 'net-widgets-bundle-local-hydrate-support')],
  };
  const out = {};
  for (const [name, plugins] of Object.entries(variants)) {
    const bundle = await rollup({
      input: config.input,
      plugins: plugins.filter((p) => p.name !== 'net-widgets-pinned'),
    });
    const { output } = await bundle.generate(config.output);
    await bundle.close();
    const code = Buffer.from(output[0].code);
    out[name] = { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  return out;
}

export async function run(ctx) {
  const { root, server, load, results, runs, log } = ctx;
  log(`\n6. Server-rendered widgets (${N} cards; median of ${runs} alternating runs)`);
  const ssrModule = resolve(root, 'dist/ssr/index.js');
  if (!existsSync(ssrModule)) {
    log('dist/ssr/index.js: missing (run npm run build)');
    return;
  }
  const { renderWidgets } = await import(pathToFileURL(ssrModule).href);
  const html = await pages(renderWidgets);
  for (const [kind, body] of Object.entries(html)) server.pages.set(`/bench/ssr-${kind}.html`, body);
  const samples = { static: [], ssr: [], client: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['static', 'ssr', 'client'] : ['client', 'ssr', 'static'];
    for (const kind of order) samples[kind].push((await load(`/bench/ssr-${kind}.html`)).done);
  }
  const fcp = (kind) => median(samples[kind].map((s) => s.fcp));
  const hydrate = (kind) => median(samples[kind].map((s) => s.hydrateMs));
  const row = {
    fcpStaticMs: fcp('static'),
    fcpServerRenderedMs: fcp('ssr'),
    fcpRatio: fcp('ssr') / fcp('static'),
    fcpClientRenderedMs: fcp('client'),
    hydrate100Ms: hydrate('ssr'),
    // Hydration waits for the first paint; this is how long after that paint the last card was done.
    hydratedAfterFcpMs: median(samples.ssr.map((s) => s.doneAt - s.fcp)),
    clientRender100Ms: hydrate('client'),
    styleElementsLeftAfterHydration: Math.max(...samples.ssr.map((s) => s.styleElements)),
    htmlBytes: Object.fromEntries(Object.entries(html).map(([k, v]) => [k, Buffer.byteLength(v)])),
    runs: samples,
  };
  log(
    `FCP: server-rendered ${ms(row.fcpServerRenderedMs)}, static twin ${ms(row.fcpStaticMs)} → ratio ` +
      `${row.fcpRatio.toFixed(3)} (goal ≤ 1.05); the same cards client-rendered: ${ms(row.fcpClientRenderedMs)}`,
  );
  log(
    `Hydration of ${N} cards (script tag → every card updated): ${ms(row.hydrate100Ms)}, the last card ` +
      `${ms(row.hydratedAfterFcpMs)} after the first paint; ` +
      `rendering them from nothing with the same script: ${ms(row.clientRender100Ms)}`,
  );

  // Layout shift: the README's widgets, server-rendered, the script 300 ms late, no reservation.
  const observer = `<script>window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`;
  const readme = await renderWidgets(
    `${head('ssr cls', observer)}<body style="${BODY_STYLE}"><h1>Treatments</h1><p>Intro.</p>
<net-therapy-card therapy="prrt"></net-therapy-card>
<net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
<net-decision-checklist></net-decision-checklist>
<p>Host text below.</p><script src="/dist/net-widgets.js"></script><script>window.__done = 1;</script></body></html>`,
    { locale: 'en-US' },
  );
  server.delays.set('/dist/net-widgets.js', 300);
  row.cls = {};
  try {
    for (const width of [390, 1280]) row.cls[width] = await clsOf(ctx, readme, width);
  } finally {
    server.delays.delete('/dist/net-widgets.js');
  }
  log(`CLS, server-rendered README widgets, script 300 ms late, no reservation CSS: ${JSON.stringify(row.cls)}`);

  row.bundle = await hydrationBytes(root);
  const { shipped, discardOnly, none } = row.bundle;
  row.hydrationSupportGzip = shipped.gzip - none.gzip;
  row.discardSupportGzip = discardOnly.gzip - none.gzip;
  log(
    `Bundle cost of hydration support (dist/net-widgets.js, gzip -9): +${row.hydrationSupportGzip} bytes ` +
      `(${(none.gzip / 1000).toFixed(1)} → ${(shipped.gzip / 1000).toFixed(1)} KB; raw +${shipped.raw - none.raw}); ` +
      `the single-locale files' fallback (empty the served root, no hydration): +${row.discardSupportGzip} bytes`,
  );
  results.ssr = row;
}
