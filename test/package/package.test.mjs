// The npm package as a user gets it: `npm pack`, install the tarball into an empty project
// (its dependencies from the npm registry, through a cache of the test's own), then use every
// entry point the way an app would: bundled by esbuild and run in Chromium, type-checked by tsc,
// rendered by React 19.
// Needs `npm run build && npm run build:package` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serve, launchChromium, watchConsole } from '../e2e/lib/helpers.mjs';
import { ROOT, TAGS } from '../../scripts/lib/project.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

for (const required of ['dist/types/index.d.ts', 'custom-elements.json', 'dist/esm/index.js']) {
  if (!existsSync(join(ROOT, required))) {
    throw new Error(`${required} is missing: run \`npm run build && npm run build:package\` first.`);
  }
}

let work; // temporary folder: the tarball and the app that installs it
let app;
let packed; // npm pack --json result
let installed; // the installed package's folder
let server;
let browser;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'net-widgets-pack-'));
  // --ignore-scripts: the test packs what the build already produced (prepack would rebuild).
  const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  packed = JSON.parse(out)[0];
  app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // A user's `npm install` resolves the tarball's dependencies (lit, @lit/localize) from the
  // registry. The test does the same with an empty cache of its own, inside `work`: `--offline`
  // against the developer's cache passed only where earlier installs had left the registry
  // metadata there (npm ci caches tarballs, not metadata), and failed on every fresh machine.
  const install = spawnSync(
    NPM,
    [
      'install',
      join(work, packed.filename),
      // The optional peer that net-treatment-widgets/ssr needs, as the README tells SSR users.
      `@lit-labs/ssr@${pkg.devDependencies['@lit-labs/ssr']}`,
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock',
    ],
    { cwd: app, encoding: 'utf8', env: { ...process.env, npm_config_cache: join(work, 'npm-cache') } },
  );
  if (install.status !== 0) {
    throw new Error(
      `npm install of the packed tarball failed (the npm registry must be reachable):\n${install.stderr.slice(-2000)}`,
    );
  }
  installed = join(app, 'node_modules', pkg.name);
  server = await serve({
    pages: {
      '/blank.html': {
        body: '<!doctype html><html lang="en-US"><head><title>Blank</title><link rel="icon" href="data:,"></head><body><div id="root"></div></body></html>',
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Bundle `contents` as if it were a file in the app (resolving the installed package). */
async function bundleInApp(contents, { loader = 'js', nodePaths = [] } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: app, loader, sourcefile: `entry.${loader}` },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2021',
    jsx: 'automatic',
    nodePaths,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function runInPage(code) {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/blank.html`);
  await page.addScriptTag({ content: code });
  return { page, log };
}

const definedTags = (page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);

test('the tarball holds the built files and nothing else', () => {
  const files = packed.files.map((f) => f.path).sort();
  console.log(`# npm pack: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
  for (const expected of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'dist/net-widgets.js',
    `dist/net-widgets-${pkg.version}.js`,
    'dist/net-widgets.sri.json',
    'dist/esm/index.js',
    'dist/types/index.d.ts',
    ...TAGS.flatMap((t) => [`dist/esm/${t}.js`, `dist/types/${t}.d.ts`]),
  ]) {
    assert.ok(files.includes(expected), `${expected} is in the package`);
  }
  for (const f of files) {
    assert.match(
      f,
      /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json|dist\/.+)$/,
      `${f} does not belong in the package`,
    );
    assert.doesNotMatch(f, /^dist\/types\/generated\/locales\//, 'no declarations of the generated translations');
  }
  // No stale hashed chunk from an earlier build: every chunk is imported by a packed module.
  const esm = files.filter((f) => f.startsWith('dist/esm/') && f.endsWith('.js'));
  const imported = new Set();
  for (const f of esm) {
    for (const [, spec] of readFileSync(join(installed, f), 'utf8').matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)) {
      imported.add(join(f, '..', spec));
    }
  }
  for (const f of esm.filter((x) => x.includes('/chunks/')))
    assert.ok(imported.has(f), `${f} is imported by something`);
});

test('package.json: every export, main, types and customElements point at packed files', () => {
  const meta = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const targets = [meta.main, meta.module, meta.types, meta.customElements];
  for (const value of Object.values(meta.exports)) {
    if (typeof value === 'string') targets.push(value);
    else targets.push(...Object.values(value));
  }
  for (const t of targets) assert.ok(existsSync(join(installed, t)), `${t} exists in the installed package`);
  assert.equal(meta.version, '0.1.0');
  assert.ok(Array.isArray(meta.sideEffects) && meta.sideEffects.includes('./dist/esm/*.js'));
  // Node resolves the subpaths through "exports": the entry, one per element, the bundle, the manifest.
  const subpaths = ['', ...TAGS.map((t) => `/${t.replace(/^net-/, '')}`), '/bundle', '/custom-elements.json'];
  const resolved = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `for (const s of ${JSON.stringify(subpaths)}) console.log(import.meta.resolve('${pkg.name}' + s))`,
    ],
    { cwd: app, encoding: 'utf8' },
  )
    .trim()
    .split('\n');
  assert.equal(resolved.length, subpaths.length);
  for (const url of resolved) assert.ok(existsSync(new URL(url)), url);
});

test('the bundle carries its version banner and the pinned copy matches its SRI hash', () => {
  const bundle = readFileSync(join(installed, 'dist/net-widgets.js'), 'utf8');
  assert.ok(bundle.startsWith(`/*! net-treatment-widgets v${pkg.version} `), bundle.slice(0, 80));
  const sri = JSON.parse(readFileSync(join(installed, 'dist/net-widgets.sri.json'), 'utf8'));
  assert.equal(sri.file, `net-widgets-${pkg.version}.js`);
  const pinned = readFileSync(join(installed, 'dist', sri.file));
  assert.equal(sri.integrity, 'sha384-' + createHash('sha384').update(pinned).digest('base64'));
});

test('importing the package entry defines every element and window.NetWidgets', async () => {
  const { page, log } = await runInPage(
    await bundleInApp(
      `import { NetTherapyCard, VERSION } from '${pkg.name}'; window.__ok = typeof NetTherapyCard === 'function' && VERSION;`,
    ),
  );
  assert.deepEqual(await definedTags(page), TAGS);
  assert.equal(await page.evaluate(() => window.__ok), pkg.version);
  assert.equal(await page.evaluate(() => window.NetWidgets?.version), pkg.version);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

for (const tag of TAGS) {
  const subpath = `${pkg.name}/${tag.replace(/^net-/, '')}`;
  test(`importing ${subpath} defines only <${tag}>, and it renders`, async () => {
    const { page, log } = await runInPage(await bundleInApp(`import '${subpath}';`));
    assert.deepEqual(await definedTags(page), [tag]);
    assert.equal(await page.evaluate(() => 'NetWidgets' in window), false, 'no global from an element module');
    await page.evaluate((tag) => {
      const el = document.createElement(tag);
      el.setAttribute('therapy', 'somatostatin-analogues');
      el.setAttribute('therapies', 'somatostatin-analogues,prrt'); // <net-treatment-comparison>
      el.setAttribute('heading-level', '3');
      document.body.append(el);
    }, tag);
    const heading = await page.waitForFunction(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h3')?.textContent?.trim(),
      tag,
    );
    assert.ok((await heading.jsonValue()).length > 3);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
}

test('the ./bundle export works as a classic script', async () => {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/blank.html`);
  await page.addScriptTag({ path: join(installed, 'dist/net-widgets.js') });
  assert.deepEqual(await definedTags(page), TAGS);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('importing the package in Node (SSR, tests) does not throw', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import('${pkg.name}'); console.log(Object.keys(m).sort().join(','))`,
    ],
    { cwd: app, encoding: 'utf8' },
  );
  assert.match(out, /NetDecisionChecklist,NetSideEffectList,NetTherapyCard/);
});

test('net-treatment-widgets/ssr renders in Node from the installed package; its CSP hashes are exported', () => {
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { renderWidgets } from '${pkg.name}/ssr';
       import { createRequire } from 'node:module';
       const hashes = createRequire(import.meta.url)('${pkg.name}/csp-hashes.json');
       const html = await renderWidgets('<p>Host</p><net-therapy-card therapy="prrt"></net-therapy-card>', { locale: 'fr-FR' });
       console.log(JSON.stringify({ html, styleSrc: hashes.styleSrc }));`,
    ],
    { cwd: app, encoding: 'utf8' },
  );
  const { html, styleSrc } = JSON.parse(out);
  assert.match(html, /^<p>Host<\/p><net-therapy-card therapy="prrt"><template shadowrootmode="open"><style>/);
  assert.match(html, /lang="fr-CA"/);
  assert.doesNotMatch(html, /<script/);
  assert.match(styleSrc, /^'sha256-/);
});

test('examples/typescript type-checks against the installed declarations (HTMLElementTagNameMap, events)', () => {
  const dir = join(app, 'ts');
  execFileSync('mkdir', ['-p', dir]);
  for (const f of ['main.ts', 'tsconfig.json']) copyFileSync(join(ROOT, 'examples/typescript', f), join(dir, f));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'ts-example', private: true, type: 'module' }));
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  execFileSync(tsc, ['-p', dir], { cwd: dir, encoding: 'utf8' }); // throws with the compiler output on error
  // And the check can fail: a wrong property type on a tag-mapped element is an error.
  writeFileSync(
    join(dir, 'main.ts'),
    `import '${pkg.name}/therapy-card';\nconst c = document.createElement('net-therapy-card');\nc.headingLevel = 'three';\n`,
  );
  assert.throws(() => execFileSync(tsc, ['-p', dir], { cwd: dir, stdio: 'pipe' }));
});

test('examples/react: React 19 sets properties and listens to net-checklist-change', async () => {
  const dir = join(app, 'react');
  execFileSync('mkdir', ['-p', dir]);
  for (const f of readdirSync(join(ROOT, 'examples/react')).filter((f) => f.endsWith('.jsx'))) {
    copyFileSync(join(ROOT, 'examples/react', f), join(dir, f));
  }
  // React comes from the repository's devDependencies; the widgets from the installed tarball.
  const code = await bundleInApp(`import './react/main.jsx';`, { nodePaths: [join(ROOT, 'node_modules')] });
  const { page, log } = await runInPage(code);
  const card = page.locator('net-therapy-card');
  await page.waitForFunction(() => document.querySelector('net-therapy-card')?.shadowRoot?.querySelector('h2'));
  assert.equal(await card.evaluate((el) => el.therapy), 'somatostatin-analogues');
  assert.equal(await card.evaluate((el) => el.headingLevel), 2, 'headingLevel was set as a number property');
  const before = await card.evaluate((el) => el.shadowRoot.querySelector('h2').textContent.trim());

  await page.selectOption('#therapy', 'prrt');
  await page.waitForFunction(
    (prev) => document.querySelector('net-therapy-card').shadowRoot.querySelector('h2')?.textContent.trim() !== prev,
    before,
  );
  assert.equal(await card.evaluate((el) => el.therapy), 'prrt');

  const checklist = page.locator('net-decision-checklist');
  await page.waitForFunction(() => document.querySelector('net-decision-checklist')?.shadowRoot?.querySelector('h3'));
  assert.equal(await checklist.evaluate((el) => el.headingLevel), 3);
  assert.equal(await page.textContent('#progress'), 'Nothing ticked yet');
  await checklist.locator('input[type="checkbox"]').first().check();
  await page.waitForFunction(() => /^1 of \d+ discussed$/.test(document.querySelector('#progress').textContent));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
