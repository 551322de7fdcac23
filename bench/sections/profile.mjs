// 6. CPU profile of 100 cards on an unminified build of the bundle (rebuilt in memory from
// rollup.config.mjs into .tmp/bench/): the top functions by self time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { widgetPage } from '../lib/pages.mjs';

const TOP = 15;

/** dist/net-widgets.js's rollup config, built without minification; returns the code. */
async function unminifiedBundle(root) {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL(resolve(root, 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => c.output?.file === 'dist/net-widgets.js');
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const bundle = await rollup({
      ...config,
      plugins: config.plugins.filter((p) => p.name !== 'net-widgets-pinned'),
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ ...config.output, plugins: [] });
    await bundle.close();
    return output[0].code;
  } finally {
    process.chdir(cwd);
  }
}

export async function run({ root, server, browser, results, log }) {
  log('\n6. CPU profile: 100 cards, unminified build (top self time)');
  mkdirSync(resolve(root, '.tmp/bench'), { recursive: true });
  writeFileSync(resolve(root, '.tmp/bench/net-widgets.unminified.js'), await unminifiedBundle(root));
  server.pages.set('/bench/profile.html', widgetPage(100, '/.tmp/bench/net-widgets.unminified.js'));
  const context = await browser.newContext();
  const page = await context.newPage();
  let profile;
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(server.origin + '/bench/profile.html');
    await page.waitForFunction(() => window.__done !== undefined);
    ({ profile } = await cdp.send('Profiler.stop'));
  } finally {
    await context.close();
  }
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
    .slice(0, TOP)
    .map(([fn, t]) => ({ fn, selfMs: +t.toFixed(2), share: +((t / all) * 100).toFixed(1) }));
  results.profile = { sampledMs: all, top };
  console.table(Object.fromEntries(top.map((t) => [t.fn, { 'self ms': t.selfMs, '%': t.share }])));
}
