// Builds the hostile pages' generated scripts into .tmp/hostile/ (served at /.tmp/hostile/…):
// - host-lit-before.js / host-lit-after.js: the host's own Lit component, each with its own copy
//   of Lit (from node_modules, production build), as a host that uses Lit would ship it;
// - net-widgets-9.9.9.js: the built bundle with another version string (an older embed left
//   on the page).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../e2e/helpers.mjs';

export const OTHER_VERSION = '9.9.9';
export const OUT = join(ROOT, '.tmp/hostile');

export function bundleVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'dist/net-widgets.sri.json'), 'utf8')).version;
}

export async function buildFixtures() {
  mkdirSync(OUT, { recursive: true });
  for (const where of ['before', 'after']) {
    await build({
      entryPoints: [join(ROOT, 'test/hostile/fixtures/host-lit.js')],
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2021',
      conditions: ['browser', 'production'],
      define: { HOST_TAG: JSON.stringify(`host-greeting-${where}`) },
      outfile: join(OUT, `host-lit-${where}.js`),
      logLevel: 'silent',
    });
  }
  const version = bundleVersion();
  const code = readFileSync(join(ROOT, 'dist/net-widgets.js'), 'utf8');
  const quoted = JSON.stringify(version);
  const count = code.split(quoted).length - 1;
  if (count < 2) throw new Error(`expected the version string ${quoted} in the bundle, found ${count}`);
  writeFileSync(join(OUT, `net-widgets-${OTHER_VERSION}.js`), code.split(quoted).join(JSON.stringify(OTHER_VERSION)));
  return { version };
}
