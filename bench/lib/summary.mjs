// The benchmark's closing summary: each goal of docs/performance.md beside what was measured.
import { KB } from './sizes.mjs';

const ms = (v) => `${v.toFixed(1)} ms`;
const goal = (ok) => (ok ? 'meets goal' : 'MISSES goal');

export function printSummary(results, log) {
  log('\nSummary (goals from docs/performance.md)');
  const rows = [];
  for (const r of results.sizes ?? []) {
    // The CI budget (.size-limit.mjs); the old 50 and 25 KB goals are retired (DESIGN.md, "Files").
    if (!r.missing)
      rows.push([`${r.file} gzip`, `${(r.gzip / KB).toFixed(1)} KB`, `≤ ${r.budget / KB} KB`, goal(r.ok)]);
  }
  for (const n of results.render ? [100, 500] : []) {
    const r = results.render[n];
    rows.push([
      `${n} cards vs static HTML`,
      `${r.ratio.toFixed(2)}×`,
      n === 100 ? '≤ 1.5×' : '(reported)',
      n === 100 ? goal(r.ratio <= 1.5) : '',
    ]);
  }
  if (results.ssr) {
    const r = results.ssr;
    rows.push([
      'FCP, 100 server-rendered cards vs static twin',
      `${r.fcpRatio.toFixed(3)}×`,
      '≤ 1.05×',
      goal(r.fcpRatio <= 1.05),
    ]);
    rows.push(['hydration of 100 cards (script tag → updated)', ms(r.hydrate100Ms), '(reported)', '']);
    rows.push(['hydration support in dist/net-widgets.js', `${r.hydrationSupportGzip} B gzip`, '(reported)', '']);
  }
  const sw = results.localeSwitch?.['fr-CA'];
  if (sw) rows.push(['locale switch, 100 widgets → next frame', ms(sw.frameMs), '< 16 ms', goal(sw.frameMs < 16)]);
  const readme = results.cls?.readme;
  if (readme) {
    const worst = Object.values(readme).map((w) => w.worst);
    rows.push([
      'CLS, README snippet',
      worst.map((w) => (w === null ? 'failed' : w.toFixed(4))).join(' / '),
      '0',
      worst.includes(null) ? 'NOT MEASURED (a run failed)' : goal(worst.every((w) => w === 0)),
    ]);
  }
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  for (const row of rows) log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
}
