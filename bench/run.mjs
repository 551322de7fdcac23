#!/usr/bin/env node
// npm run bench — the widgets against the physical limit (the same DOM as static HTML), in
// Chromium. Prints a table and writes every figure to bench/results.json.
//
//   node bench/run.mjs [--runs=9] [--skip-sizes] [--skip-profile]
//
// Needs a build (npm run build). Timings are medians of alternating runs, each in a fresh browser
// context (empty cache, no code cache: a first visit). Quote the ratios, not the milliseconds:
// they depend on the machine, the ratios much less.
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check as sizeCheck, KB, locales } from '../scripts/size-check.mjs';
import { attributeBundle } from './lib/attribution.mjs';
import { launch, median, serve } from './lib/browser.mjs';
import {
  TAGS,
  THERAPY_IDS,
  clsPage,
  emptyPage,
  firstWidgetPage,
  reservationCss,
  scriptOnlyPage,
  staticPage,
  widgetPage,
} from './lib/pages.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = resolve(ROOT, 'bench/results.json');
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const RUNS = Math.max(7, Number(args.get('runs') ?? 9));
// --only=sizes,render,first,heap,cls,switch,profile runs just those sections.
const ONLY = typeof args.get('only') === 'string' ? args.get('only').split(',') : undefined;
const want = (section) => (!ONLY || ONLY.includes(section)) && !args.get(`skip-${section}`);

/**
 * The reservation a host page should add (docs/performance.md), in em of the host's font size,
 * [below a 40em-wide viewport, above]: about the mean rendered height (details closed) that this
 * benchmark measures at 390 px and 1280 px (results.heights). Heights vary by therapy, width and
 * locale, so a reservation shrinks the shift; only the exact height would remove it.
 */
export const RESERVATION_EM = {
  'net-therapy-card': [90, 60],
  'net-side-effect-list': [70, 48],
  'net-decision-checklist': [300, 205],
};

const results = { date: new Date().toISOString(), runs: RUNS, node: process.version };
const log = (...a) => console.log(...a);
const ms = (v) => `${v.toFixed(1)} ms`;

if (!existsSync(resolve(ROOT, 'dist/net-widgets.js'))) {
  console.error('dist/net-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

// 1. Sizes ------------------------------------------------------------------------------------
if (want('sizes')) {
  log('\n1. Bundle sizes (KB = 1000 bytes)');
  const rows = sizeCheck(ROOT);
  results.sizes = rows;
  console.table(
    Object.fromEntries(
      rows.map((r) => [
        r.file,
        r.missing
          ? { status: 'missing' }
          : {
              raw: (r.raw / KB).toFixed(1),
              'gzip -9': (r.gzip / KB).toFixed(1),
              'brotli -11': (r.brotli / KB).toFixed(1),
              budget: (r.budget / KB).toFixed(0),
              ok: r.ok,
            },
      ]),
    ),
  );
  const all = rows.find((r) => r.file === 'dist/net-widgets.js');
  const source = rows.find((r) => r.file === `dist/net-widgets.${locales(ROOT)[0]}.js`);
  if (all && source && !all.missing && !source.missing) {
    results.catalogueCost = Object.fromEntries(
      rows.filter((r) => !r.missing && r !== all).map((r) => [r.file, { gzipVsSourceOnly: r.gzip - source.gzip }]),
    );
    results.catalogueCost.allTargetCataloguesInOneFile = { gzipVsSourceOnly: all.gzip - source.gzip };
    log('Gzip bytes over the en-US-only build (what each locale adds):');
    console.table(results.catalogueCost);
  }
  log('Share of the minified dist/net-widgets.js by origin (source-map attribution):');
  const attribution = await attributeBundle(ROOT);
  results.attribution = attribution;
  console.table(
    Object.fromEntries(
      attribution.map((a) => [
        a.group,
        {
          raw: (a.raw / KB).toFixed(1),
          share: `${(a.share * 100).toFixed(1)} %`,
          'gzip alone': (a.gzipAlone / KB).toFixed(1),
        },
      ]),
    ),
  );
}

// Browser -------------------------------------------------------------------------------------
const server = await serve(ROOT);
const browser = await launch();

/** Load `path` in a fresh context and wait for window.__done; returns its value. */
async function load(path, { viewport = { width: 1280, height: 800 }, after } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__done !== undefined, null, { timeout: 120_000 });
    const done = await page.evaluate(() => window.__done);
    const extra = after ? await after(page, context) : undefined;
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return { done, extra };
  } finally {
    await context.close();
  }
}

try {
  // Capture the ten cards' rendered shadow DOM and CSS for the static twin ------------------------
  if (want('render')) {
    server.pages.set('/bench/cards-10.html', widgetPage(10));
    const capture = await load('/bench/cards-10.html', {
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
    const captured = capture.extra;
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

    // 2. Render cost against static HTML ----------------------------------------------------------
    log(`\n2. Render: navigation start → frame after the last card (median of ${RUNS} alternating runs)`);
    results.render = {};
    for (const n of [100, 500]) {
      server.pages.set(`/bench/cards-${n}.html`, widgetPage(n));
      server.pages.set(`/bench/static-${n}.html`, staticPage(n, captured.cards));
      const w = [];
      const s = [];
      for (let i = 0; i < RUNS; i++) {
        // alternate the order so that neither variant always runs on a warmer machine
        if (i % 2) {
          s.push((await load(`/bench/static-${n}.html`)).done);
          w.push((await load(`/bench/cards-${n}.html`)).done);
        } else {
          w.push((await load(`/bench/cards-${n}.html`)).done);
          s.push((await load(`/bench/static-${n}.html`)).done);
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

  // 3. First widget -----------------------------------------------------------------------------
  if (want('first')) {
    log(`\n3. Script execution → first widget's frame (one card, median of ${RUNS})`);
    results.firstWidget = {};
    for (const src of ['/dist/net-widgets.js', `/dist/net-widgets.${locales(ROOT)[0]}.js`]) {
      if (!existsSync(resolve(ROOT, src.slice(1)))) continue;
      server.pages.set('/bench/first.html', firstWidgetPage(src));
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push((await load('/bench/first.html')).done);
      const row = {
        executeMs: median(runs.map((r) => r.executed)),
        toFrameMs: median(runs.map((r) => r.toFrame)),
      };
      results.firstWidget[src] = row;
      log(
        `${src}: script runs in ${ms(row.executeMs)}; first widget's frame ${ms(row.toFrameMs)} after the script starts`,
      );
    }
  }

  // 4a. Heap ------------------------------------------------------------------------------------
  server.pages.set('/bench/cards-100.html', widgetPage(100));
  if (want('heap')) {
    log('\n4. JS heap (after forced GC; median of 3) and layout shift');
    server.pages.set('/bench/empty.html', emptyPage());
    server.pages.set('/bench/script-only.html', scriptOnlyPage());
    const heapOf = async (path) => {
      const values = [];
      for (let i = 0; i < 3; i++) {
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

  // 4b. Rendered heights (for the reservation) and layout shift ----------------------------------
  if (want('cls')) {
    const heightsPage = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"></head>
<body style="max-width:48em;margin:0 auto;padding:1em;font:16px/1.5 sans-serif">
${THERAPY_IDS.map((id) => `<net-therapy-card therapy="${id}"></net-therapy-card><net-side-effect-list therapy="${id}"></net-side-effect-list>`).join('\n')}
<net-decision-checklist></net-decision-checklist>
<script src="/dist/net-widgets.js"></script>
<script>Promise.all([...document.querySelectorAll('${TAGS.join(',')}')].map((e) => e.updateComplete ?? Promise.resolve()))
  .then(() => requestAnimationFrame(() => { window.__done = 1; }));</script></body></html>`;
    server.pages.set('/bench/heights.html', heightsPage);
    results.heights = {};
    for (const width of [390, 1280]) {
      const { extra } = await load('/bench/heights.html', {
        viewport: { width, height: 800 },
        after: (page) =>
          page.evaluate((tags) => {
            const out = {};
            for (const tag of tags) {
              const els = customElements.get(tag) ? [...document.querySelectorAll(tag)] : [];
              const em = els.map(
                (e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(document.body).fontSize),
              );
              if (em.length)
                out[tag] = {
                  min: Math.min(...em),
                  max: Math.max(...em),
                  mean: em.reduce((a, b) => a + b, 0) / em.length,
                };
            }
            return out;
          }, TAGS),
      });
      results.heights[width] = extra;
    }
    log('Rendered heights in em of the host font (details closed):');
    console.table(
      Object.fromEntries(
        Object.entries(results.heights).flatMap(([w, tags]) =>
          Object.entries(tags).map(([tag, h]) => [
            `${tag} @${w}px`,
            { min: h.min.toFixed(1), mean: h.mean.toFixed(1), max: h.max.toFixed(1) },
          ]),
        ),
      ),
    );

    const reservation = reservationCss(RESERVATION_EM);
    results.reservationCss = reservation;
    server.delays.set('/dist/net-widgets.js', 300); // the script arrives after the host's text
    results.cls = {};
    for (const placement of ['readme', 'defer', 'end']) {
      for (const reserved of [false, true]) {
        const key = `${placement}${reserved ? '+reservation' : ''}`;
        server.pages.set('/bench/cls.html', clsPage({ placement, reservation: reserved ? reservation : '' }));
        const values = {};
        for (const width of [390, 1280]) {
          const runs = [];
          for (let i = 0; i < 3; i++) {
            const { extra } = await load('/bench/cls.html', {
              viewport: { width, height: 800 },
              after: async (page) => {
                await page.waitForFunction(
                  (tags) => tags.every((t) => customElements.get(t) || !document.querySelector(t)),
                  TAGS,
                );
                await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
                return page.evaluate(() => window.__cls);
              },
            }).catch(async () => ({ extra: NaN }));
            runs.push(extra);
          }
          values[width] = Math.max(...runs);
        }
        results.cls[key] = values;
      }
    }
    server.delays.delete('/dist/net-widgets.js');
    log('CLS (worst of 3 runs; the script delayed 300 ms as if on a network):');
    console.table(
      Object.fromEntries(
        Object.entries(results.cls).map(([k, v]) => [k, { '390px': v[390].toFixed(4), '1280px': v[1280].toFixed(4) }]),
      ),
    );
  }

  // 5. Locale switch ----------------------------------------------------------------------------
  if (want('switch')) {
    log(`\n5. Locale switch with 100 cards (median of ${RUNS} each way)`);
    const { extra: switches } = await load('/bench/cards-100.html', {
      after: (page) =>
        page.evaluate(async (runs) => {
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
          for (let i = 0; i < runs * 2; i++) {
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
        }, RUNS),
    });
    results.localeSwitch = {};
    for (const tag of ['fr-CA', 'en-US']) {
      const runs = switches.filter((s) => s.tag === tag);
      results.localeSwitch[tag] = {
        updateMs: median(runs.map((r) => r.updateMs)),
        frameMs: median(runs.map((r) => r.frameMs)),
        textChanged: runs.every((r) => r.textChanged),
        lang: runs[0].lang,
      };
      const r = results.localeSwitch[tag];
      log(
        `→ ${tag}: every widget updated in ${ms(r.updateMs)}, next frame at ${ms(r.frameMs)} (text changed: ${r.textChanged}, lang=${r.lang})`,
      );
    }
  }

  // 6. CPU profile -------------------------------------------------------------------------------
  if (want('profile')) {
    log('\n6. CPU profile: 100 cards, unminified build (top self time)');
    const { rollup } = await import('rollup');
    const configs = (await import(new URL('../rollup.config.mjs', import.meta.url).href)).default;
    const config = configs.find((c) => c.output?.file === 'dist/net-widgets.js');
    const cwd = process.cwd();
    process.chdir(ROOT);
    const bundle = await rollup({
      ...config,
      plugins: config.plugins.filter((p) => p.name !== 'net-widgets-pinned'),
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ ...config.output, plugins: [] });
    await bundle.close();
    process.chdir(cwd);
    mkdirSync(resolve(ROOT, '.tmp/bench'), { recursive: true });
    writeFileSync(resolve(ROOT, '.tmp/bench/net-widgets.unminified.js'), output[0].code);
    server.pages.set('/bench/profile.html', widgetPage(100, '/.tmp/bench/net-widgets.unminified.js'));
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(server.origin + '/bench/profile.html');
    await page.waitForFunction(() => window.__done !== undefined);
    const { profile } = await cdp.send('Profiler.stop');
    await context.close();
    const total = new Map();
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    for (const node of profile.nodes) {
      const f = node.callFrame;
      const file = f.url.split('/').pop() || '';
      const key = `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : ''}`.trim();
      total.set(key, (total.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
    }
    const all = [...total.values()].reduce((a, b) => a + b, 0);
    const top = [...total.entries()]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([fn, t]) => ({ fn, selfMs: +t.toFixed(2), share: +((t / all) * 100).toFixed(1) }));
    results.profile = { sampledMs: all, top };
    console.table(Object.fromEntries(top.map((t) => [t.fn, { 'self ms': t.selfMs, '%': t.share }])));
  }
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');

// Summary ---------------------------------------------------------------------------------------
const goal = (ok) => (ok ? 'meets goal' : 'MISSES goal');
log('\nSummary (goals from docs/performance.md)');
const summary = [];
if (results.sizes) {
  for (const r of results.sizes) {
    // The goal, not the CI budget: single-locale files have a 25 KB goal and a 28 KB budget.
    const target = r.goal ?? r.budget;
    if (!r.missing)
      summary.push([`${r.file} gzip`, `${(r.gzip / KB).toFixed(1)} KB`, `≤ ${target / KB} KB`, goal(r.gzip <= target)]);
  }
}
for (const n of results.render ? [100, 500] : []) {
  const r = results.render[n];
  summary.push([
    `${n} cards vs static HTML`,
    `${r.ratio.toFixed(2)}×`,
    n === 100 ? '≤ 1.5×' : '(reported)',
    n === 100 ? goal(r.ratio <= 1.5) : '',
  ]);
}
const sw = results.localeSwitch?.['fr-CA'];
if (sw) summary.push(['locale switch, 100 widgets → next frame', ms(sw.frameMs), '< 16 ms', goal(sw.frameMs < 16)]);
if (results.cls)
  summary.push([
    'CLS, README snippet',
    results.cls.readme[390].toFixed(4) + ' / ' + results.cls.readme[1280].toFixed(4),
    '0',
    goal(results.cls.readme[390] === 0 && results.cls.readme[1280] === 0),
  ]);
const widths = (summary[0] ?? []).map((_, i) => Math.max(...summary.map((row) => String(row[i]).length)));
for (const row of summary) log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
log(`\nWritten: ${OUT.replace(ROOT, '')}`);
readFileSync(OUT); // fail loudly if the write did not happen
