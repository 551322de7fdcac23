// npm run build:wordpress: the installable WordPress plugin, dist/wordpress/net-treatment-widgets-<version>.zip.
//
// 1. The widgets' own build (dist/net-widgets-<version>.js, its SRI file, custom-elements.json): used
//    as it is when present for this version, else `npm run build` first.
// 2. The plugin's data, generated (wordpress/generate.mjs) from one list (wordpress/widgets.json) and
//    the project's own lists (custom-elements.json for each element's attributes, slots and summary,
//    src/content/therapy-ids.ts, the comparison's MIN_THERAPIES/MAX_THERAPIES, lit-localize.json):
//    a block.json per widget, build/elements.php (shortcodes, block rendering, kses, detection,
//    settings) and src/generated/widgets.json (the editor script).
//    Adding a widget is one entry.
// 3. The block editor script, built with @wordpress/scripts, which lives in wordpress/package.json
//    (not the root one: it is 1,400 packages) and is installed here with `npm ci` when its lockfile
//    changed, through whatever npm cache the caller's environment names.
// 4. The pinned bundle and its SRI file copied into the plugin, then a deterministic zip (fixed
//    timestamps, sorted entries, one root folder) written with yazl. Not `wp-scripts plugin-zip`
//    (@wordpress/scripts 27, the last that builds for WordPress 6.1): it writes no root folder, and
//    either zips package.json (its `files` mode) or leaves out assets/ and blocks/ (its default).
//
// `--skip-editor-build` reuses build/index.js (tests of this script only).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import yazl from 'yazl';
import { loadTs } from './lib/load-ts.mjs';
import { LOCALES, ROOT, THERAPY_IDS } from './lib/project.mjs';
import { generate, php } from '../wordpress/generate.mjs';

const WP = join(ROOT, 'wordpress');
const PLUGIN_SLUG = 'net-treatment-widgets';
const PLUGIN = join(WP, PLUGIN_SLUG);

const log = (line) => process.stdout.write(`build:wordpress: ${line}\n`);
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// 1. The widgets' build.
const pkg = readJson(join(ROOT, 'package.json'));
const sriFile = join(ROOT, 'dist', 'net-widgets.sri.json');
const manifestFile = join(ROOT, 'custom-elements.json');
if (!existsSync(sriFile) || !existsSync(manifestFile) || readJson(sriFile).version !== pkg.version) {
  log(`no build of ${pkg.version} in dist/: npm run build`);
  execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
const sri = readJson(sriFile);
const bundlePath = join(ROOT, 'dist', sri.file);
const bundle = readFileSync(bundlePath);
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
if (integrity !== sri.integrity) {
  throw new Error(
    `dist/${sri.file} does not match dist/net-widgets.sri.json (${integrity} ≠ ${sri.integrity}): rebuild`,
  );
}
if (!/^[A-Za-z0-9._-]+\.js$/.test(sri.file)) throw new Error(`unexpected bundle file name ${sri.file}`);

// 2. The plugin's data, from one list.
const list = readJson(join(WP, 'widgets.json'));
const manifest = readJson(manifestFile);
// How many ids <net-treatment-comparison therapies> takes: the widget's own constants.
const limits = await loadTs(join(ROOT, 'src', 'elements', 'treatment-comparison', 'limits.ts'));
const { widgets, generated } = generate({
  list,
  manifest,
  therapyIds: THERAPY_IDS,
  locales: LOCALES,
  version: pkg.version,
  therapiesCount: { min: limits.MIN_THERAPIES, max: limits.MAX_THERAPIES },
});

rmSync(join(PLUGIN, 'blocks'), { recursive: true, force: true });
for (const w of widgets) {
  mkdirSync(join(PLUGIN, 'blocks', w.blockDir), { recursive: true });
  writeFileSync(join(PLUGIN, 'blocks', w.blockDir, 'block.json'), `${JSON.stringify(w.metadata, null, '\t')}\n`);
}
mkdirSync(join(WP, 'src', 'generated'), { recursive: true });
writeFileSync(
  join(WP, 'src', 'generated', 'widgets.json'),
  `${JSON.stringify({ ...generated, widgets: widgets.map(({ metadata, ...w }) => ({ ...w, metadata })) }, null, 2)}\n`,
);
log(`${widgets.length} blocks and shortcodes: ${widgets.map((w) => w.tag).join(', ')}`);

// 3. The block editor script.
if (!process.argv.includes('--skip-editor-build')) {
  const lock = readFileSync(join(WP, 'package-lock.json'));
  const lockHash = createHash('sha256').update(lock).digest('hex');
  const marker = join(WP, 'node_modules', '.net-treatment-widgets-lock');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== lockHash) {
    log('npm ci in wordpress/ (@wordpress/scripts)');
    const started = Date.now();
    execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: WP, stdio: 'inherit' });
    writeFileSync(marker, lockHash);
    log(`npm ci took ${Math.round((Date.now() - started) / 1000)} s`);
  }
  execFileSync(npm, ['run', 'build', '--silent'], { cwd: WP, stdio: ['ignore', 'ignore', 'inherit'] });
}
// After the editor build, which empties build/ first.
mkdirSync(join(PLUGIN, 'build'), { recursive: true });
writeFileSync(
  join(PLUGIN, 'build', 'elements.php'),
  `<?php
/**
 * The widgets, their attributes and slots, the therapy ids and the locales.
 *
 * Generated by scripts/build-wordpress.mjs from wordpress/widgets.json, custom-elements.json,
 * src/content/therapy-ids.ts, the comparison's parse-therapies.ts and lit-localize.json. Do not edit.
 *
 * @package NetTreatmentWidgets
 */

defined( 'ABSPATH' ) || exit;

return ${php(generated)};
`,
);
const asset = readFileSync(join(PLUGIN, 'build', 'index.asset.php'), 'utf8');
const deps = [...(asset.match(/'dependencies' => array\(([^)]*)\)/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map(
  (m) => m[1],
);
// Every script handle the editor script may depend on must exist in WordPress 6.1 (no react-jsx-runtime before 6.6).
const WP61 = new Set([
  'lodash',
  'react',
  'react-dom',
  'wp-block-editor',
  'wp-blocks',
  'wp-components',
  'wp-compose',
  'wp-data',
  'wp-element',
  'wp-i18n',
  'wp-polyfill',
  'wp-primitives',
  'wp-server-side-render',
]);
const missing = deps.filter((d) => !WP61.has(d));
if (missing.length)
  throw new Error(`build/index.asset.php depends on scripts WordPress 6.1 lacks: ${missing.join(', ')}`);
log(`editor script depends on ${deps.join(', ')}`);

// 4. The bundle, then the zip.
rmSync(join(PLUGIN, 'assets'), { recursive: true, force: true });
mkdirSync(join(PLUGIN, 'assets'), { recursive: true });
cpSync(bundlePath, join(PLUGIN, 'assets', sri.file));
writeFileSync(join(PLUGIN, 'assets', 'net-widgets.sri.json'), `${JSON.stringify(sri, null, 2)}\n`);
cpSync(join(ROOT, 'LICENSE'), join(PLUGIN, 'license.txt'));

/** Every file under the plugin folder, sorted, as [path inside the zip, bytes]. */
function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...collect(full));
    else out.push([`${PLUGIN_SLUG}/${relative(PLUGIN, full).split('\\').join('/')}`, readFileSync(full)]);
  }
  return out;
}
const stamp = (path, bytes) => {
  // The version in the plugin header and readme.txt follows package.json.
  if (path === `${PLUGIN_SLUG}/${PLUGIN_SLUG}.php`) {
    return Buffer.from(bytes.toString('utf8').replace(/^( \* Version:\s+).*$/m, `$1${pkg.version}`));
  }
  if (path === `${PLUGIN_SLUG}/readme.txt`) {
    return Buffer.from(bytes.toString('utf8').replace(/^(Stable tag:\s+).*$/m, `$1${pkg.version}`));
  }
  return bytes;
};
const files = collect(PLUGIN).map(([path, bytes]) => [path, stamp(path, bytes)]);

/** A zip archive of [name, bytes] entries, in that order, every date 1980-01-01 (reproducible). */
function zip(entries) {
  const archive = new yazl.ZipFile();
  const mtime = new Date(1980, 0, 1);
  for (const [name, bytes] of entries) archive.addBuffer(bytes, name, { mtime, mode: 0o100644 });
  archive.end();
  const chunks = [];
  return new Promise((resolvePromise, reject) => {
    archive.outputStream.on('data', (c) => chunks.push(c));
    archive.outputStream.on('end', () => resolvePromise(Buffer.concat(chunks)));
    archive.outputStream.on('error', reject);
  });
}

const out = join(ROOT, 'dist', 'wordpress', `${PLUGIN_SLUG}-${pkg.version}.zip`);
rmSync(dirname(out), { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
const archive = await zip(files);
writeFileSync(out, archive);
log(
  `${relative(ROOT, out)}: ${files.length} files, ${(archive.length / 1024).toFixed(1)} KB (bundle ${sri.file}, ${sri.integrity.slice(0, 15)}…)`,
);
