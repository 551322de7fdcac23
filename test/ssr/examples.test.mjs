// The two server-rendering recipes, end to end: examples/ssr-node (a node:http server) and
// examples/ssr-eleventy (Eleventy 3, installed here by `npm ci` in its own folder, so the root
// install does not carry it; needs the npm registry, like the package test). Each page is checked
// as HTML, then in Chromium without JavaScript (readable) and with the script (hydrated, usable).
/* global document -- the functions handed to page.evaluate run in the page */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, TAGS } from '../../scripts/lib/project.mjs';
import { launchChromium } from '../../scripts/lib/browsers.mjs';
import { serve } from '../../scripts/lib/serve.mjs';
import { createApp } from '../../examples/ssr-node/server.mjs';
import { launchWithoutJavaScript, readWidgets } from './lib/pages.mjs';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const count = (html, pattern) => (html.match(pattern) ?? []).length;

let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/** Open `url` with the script: every widget hydrated (its served <style> replaced), usable, no console error. */
async function checkHydrated(url, lang) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags.join(','))].every((el) => el.hasUpdated),
    TAGS,
  );
  const widgets = await page.evaluate(readWidgets, TAGS);
  for (const w of widgets) {
    assert.equal(w.lang, lang, w.tag);
    assert.equal(w.styleElements, 0, `${w.tag} hydrated by the script`);
    assert.equal(w.styled, true);
  }
  const progress = await page.evaluate(async () => {
    const list = document.querySelector('net-decision-checklist');
    list.shadowRoot.querySelector('.factor input').click();
    await list.updateComplete;
    return list.shadowRoot.querySelector('.progress-text').textContent.trim();
  });
  assert.match(progress, /^1 /);
  assert.deepEqual(errors, []);
  await page.close();
  return widgets;
}

async function checkWithoutScript(url, lang) {
  const noJs = await launchWithoutJavaScript('chromium');
  try {
    await noJs.goto(url);
    const widgets = await noJs.evaluate(readWidgets, TAGS);
    assert.ok(widgets.length >= 2);
    for (const w of widgets) {
      assert.equal(w.defined, false);
      assert.equal(w.lang, lang);
      assert.ok(w.text > 500 && w.headingVisible && w.styled, w.tag);
    }
  } finally {
    await noJs.close();
  }
}

test('examples/ssr-node: a node:http server sends the widgets rendered in the reader’s locale', async () => {
  const app = createApp();
  await new Promise((r) => app.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${app.address().port}`;
  try {
    const fr = await fetch(`${origin}/?therapy=surgery`, { headers: { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' } });
    const html = await fr.text();
    assert.equal(fr.status, 200);
    assert.equal(count(html, /<template shadowrootmode="open">/g), 3);
    assert.equal(count(html, /<script/g), 1, 'only the host page’s own script tag');
    assert.match(html, /lang="fr-CA"/);
    const odd = await (await fetch(`${origin}/`, { headers: { 'accept-language': '"><script>x' } })).text();
    assert.match(odd, /<html lang="en-US">/);
    await checkWithoutScript(`${origin}/`, 'en-US');
    await checkHydrated(`${origin}/?therapy=chemotherapy`, 'en-US');
  } finally {
    await new Promise((r) => app.close(r));
  }
});

test('examples/ssr-eleventy: Eleventy 3 renders the widgets at build time; the pages hydrate', async () => {
  const dir = join(ROOT, 'examples/ssr-eleventy');
  // Its own install, from its lockfile, through a cache of its own (no global npm cache needed).
  execFileSync(NPM, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, npm_config_cache: join(ROOT, 'node_modules/.cache/ssr-eleventy-npm') },
  });
  // The package under test, as `npm install net-treatment-widgets` would place it.
  const link = join(dir, 'node_modules/net-treatment-widgets');
  if (!existsSync(link)) symlinkSync(ROOT, link, 'dir');
  const out = mkdtempSync(join(tmpdir(), 'net-widgets-eleventy-'));
  try {
    execFileSync(join(dir, 'node_modules/.bin/eleventy'), [`--output=${out}`, '--quiet'], { cwd: dir, stdio: 'pipe' });
    const en = readFileSync(join(out, 'index.html'), 'utf8');
    const fr = readFileSync(join(out, 'fr/index.html'), 'utf8');
    assert.equal(count(en, /<template shadowrootmode="open">/g), 3);
    assert.equal(count(fr, /<template shadowrootmode="open">/g), 2);
    assert.match(fr, /lang="fr-CA"/);
    assert.doesNotMatch(fr, /lang="en-US"/);
    assert.ok(existsSync(join(out, 'assets/net-widgets.js')));
    const server = await serve({ root: out });
    try {
      await checkWithoutScript(`${server.origin}/fr/`.replace(/\/$/, '/index.html'), 'fr-CA');
      await checkHydrated(`${server.origin}/index.html`, 'en-US');
    } finally {
      await server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
