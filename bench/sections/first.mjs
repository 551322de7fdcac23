// 3. The first widget: the script's parse, compile and execution, then the first card's frame, for
// the one-file bundle and the source-locale-only file.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SOURCE_LOCALE } from '../../scripts/lib/project.mjs';
import { firstWidgetPage } from '../lib/pages.mjs';
import { median } from '../lib/stats.mjs';

const ms = (v) => `${v.toFixed(1)} ms`;

export async function run({ root, server, load, results, runs, log }) {
  log(`\n3. Script execution → first widget's frame (one card, median of ${runs})`);
  results.firstWidget = {};
  for (const src of ['/dist/net-widgets.js', `/dist/net-widgets.${SOURCE_LOCALE}.js`]) {
    if (!existsSync(resolve(root, src.slice(1)))) {
      log(`${src}: missing (run npm run build)`);
      continue;
    }
    server.pages.set('/bench/first.html', firstWidgetPage(src));
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push((await load('/bench/first.html')).done);
    const row = {
      executeMs: median(samples.map((r) => r.executed)),
      toFrameMs: median(samples.map((r) => r.toFrame)),
    };
    results.firstWidget[src] = row;
    log(
      `${src}: script runs in ${ms(row.executeMs)}; first widget's frame ${ms(row.toFrameMs)} after the script starts`,
    );
  }
}
