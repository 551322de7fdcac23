// 1. Bundle sizes (raw, gzip -9, brotli -11 against the budget), what each locale adds, and where
// the bytes of dist/net-widgets.js come from (source-map attribution). No browser needed.
import { KB, measure } from '../lib/sizes.mjs';
import { SOURCE_LOCALE } from '../../scripts/lib/project.mjs';
import { attributeBundle } from '../lib/attribution.mjs';

export const needsBrowser = false;

export async function run({ root, results, log }) {
  log('\n1. Bundle sizes (KB = 1000 bytes)');
  const rows = measure(root);
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
  const source = rows.find((r) => r.file === `dist/net-widgets.${SOURCE_LOCALE}.js`);
  if (all && source && !all.missing && !source.missing) {
    results.catalogueCost = Object.fromEntries(
      rows.filter((r) => !r.missing && r !== all).map((r) => [r.file, { gzipVsSourceOnly: r.gzip - source.gzip }]),
    );
    results.catalogueCost.allTargetCataloguesInOneFile = { gzipVsSourceOnly: all.gzip - source.gzip };
    log(`Gzip bytes over the ${SOURCE_LOCALE}-only build (what each locale adds):`);
    console.table(results.catalogueCost);
  }
  log('Share of the minified dist/net-widgets.js by origin (source-map attribution):');
  const attribution = await attributeBundle(root);
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
