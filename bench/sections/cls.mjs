// 4b. Rendered heights (the basis of the reservation in docs/performance.md) and layout shift for
// the README snippet and the late-loading variants, with and without the reservation. The script is
// delayed as if on a network. A run that fails is reported as failed, never folded into a number.
import { TAGS } from '../../scripts/lib/project.mjs';
import { RESERVATION_EM, clsPage, heightsPage, reservationCss } from '../lib/pages.mjs';

const WIDTHS = [390, 1280];
const CLS_RUNS = 3;
const SCRIPT_DELAY_MS = 300;

async function heights({ server, load, results, log }) {
  server.pages.set('/bench/heights.html', heightsPage());
  results.heights = {};
  for (const width of WIDTHS) {
    const { extra } = await load('/bench/heights.html', {
      viewport: { width, height: 800 },
      after: (page) =>
        page.evaluate((tags) => {
          const out = {};
          const em = parseFloat(getComputedStyle(document.body).fontSize);
          for (const tag of tags) {
            const sizes = [...document.querySelectorAll(tag)].map((e) => e.getBoundingClientRect().height / em);
            if (customElements.get(tag) && sizes.length)
              out[tag] = {
                min: Math.min(...sizes),
                max: Math.max(...sizes),
                mean: sizes.reduce((a, b) => a + b, 0) / sizes.length,
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
}

/** One CLS measurement: the sum of unexpected layout shifts once every widget is defined. */
async function measure(load, width) {
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
  });
  return extra;
}

export async function run(ctx) {
  const { server, load, results, log } = ctx;
  log('\n4b. Rendered heights and layout shift');
  await heights(ctx);

  const reservation = reservationCss(RESERVATION_EM);
  results.reservationCss = reservation;
  server.delays.set('/dist/net-widgets.js', SCRIPT_DELAY_MS); // the script arrives after the host's text
  results.cls = {};
  try {
    for (const placement of ['readme', 'defer', 'end']) {
      for (const reserved of [false, true]) {
        const key = `${placement}${reserved ? '+reservation' : ''}`;
        server.pages.set('/bench/cls.html', clsPage({ placement, reservation: reserved ? reservation : '' }));
        results.cls[key] = {};
        for (const width of WIDTHS) {
          const values = [];
          const failures = [];
          for (let i = 0; i < CLS_RUNS; i++) {
            try {
              values.push(await measure(load, width));
            } catch (error) {
              failures.push(String(error?.message ?? error).split('\n')[0]);
            }
          }
          // The worst run counts; failed runs are listed, not turned into a number.
          results.cls[key][width] = { worst: values.length ? Math.max(...values) : null, runs: values, failures };
        }
      }
    }
  } finally {
    server.delays.delete('/dist/net-widgets.js');
  }
  const show = ({ worst, runs, failures }) =>
    worst === null
      ? `FAILED (${failures.length} of ${failures.length} runs)`
      : worst.toFixed(4) +
        (failures.length ? ` (${failures.length} of ${runs.length + failures.length} runs failed)` : '');
  log(`CLS (worst of ${CLS_RUNS} runs; the script delayed ${SCRIPT_DELAY_MS} ms as if on a network):`);
  console.table(
    Object.fromEntries(
      Object.entries(results.cls).map(([k, v]) => [k, Object.fromEntries(WIDTHS.map((w) => [`${w}px`, show(v[w])]))]),
    ),
  );
  for (const [key, byWidth] of Object.entries(results.cls)) {
    for (const [width, { failures }] of Object.entries(byWidth)) {
      for (const failure of failures) log(`  CLS run failed (${key} @${width}px): ${failure}`);
    }
  }
}
