// The size budgets `npm run check:size` enforces (size-limit, gzip -9, kB = 1000 bytes), one per
// shipped classic script; `npm run bench` reports the same files' raw, gzip and brotli sizes. A
// budget sits a little above the measured size, so growth is a decision (docs/performance.md).
import { LOCALES } from './scripts/lib/project.mjs';

export default [
  { name: 'every locale', path: 'dist/net-widgets.js', gzip: true, limit: '85 kB' },
  ...LOCALES.map((locale) => ({
    name: `${locale} only`,
    path: `dist/net-widgets.${locale}.js`,
    gzip: true,
    limit: '53 kB',
  })),
];
