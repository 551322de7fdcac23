// Pinning: dist/net-widgets.sri.json matches the versioned file; a page that pins it with
// integrity= loads it; a page with a wrong hash blocks it (widgets stay undefined, the page
// carries on). Chromium and Firefox ESR.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { TAGS, allRendered } from '../fixtures/hostile/harness.mjs';

const sri = JSON.parse(readFileSync(`${ROOT}dist/net-widgets.sri.json`, 'utf8'));
const template = readFileSync(`${ROOT}test/fixtures/hostile/sri.html`, 'utf8');
const sha384 = (buf) => 'sha384-' + createHash('sha384').update(buf).digest('base64');
// A well-formed hash of something else.
const WRONG = sha384('not the bundle');

const page = (file, integrity) => ({
  body: template.replaceAll('{{FILE}}', file).replaceAll('{{INTEGRITY}}', integrity),
});

let server;
before(async () => {
  server = await serve({
    pages: {
      '/test/fixtures/hostile/sri.html': page(sri.file, sri.integrity),
      '/test/fixtures/hostile/sri-wrong.html': page(sri.file, WRONG),
    },
  });
});
after(() => server?.close());

test('the SRI manifest names the versioned file and its sha384 hash', () => {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
  assert.equal(sri.version, pkg.version);
  assert.equal(sri.file, `net-widgets-${pkg.version}.js`);
  assert.match(sri.integrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  const pinned = readFileSync(`${ROOT}dist/${sri.file}`);
  assert.equal(sha384(pinned), sri.integrity);
  // The versioned file is byte-for-byte the unversioned bundle.
  assert.ok(pinned.equals(readFileSync(`${ROOT}dist/net-widgets.js`)));
});

for (const engine of engines()) {
  describe(`SRI pinning in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('the right hash loads and every widget renders', async () => {
      const p = await browser.newPage();
      await p.goto(`${server.origin}/test/fixtures/hostile/sri.html`);
      await p.waitFor(allRendered, 'net-therapy-card,net-decision-checklist');
      assert.equal(await p.evaluate(() => window.NetWidgets.version), sri.version);
      assert.equal(await p.evaluate(() => window.__pageContinued), true);
      assert.deepEqual(p.log.errors, []);
      assert.deepEqual(p.log.pageErrors, []);
      await p.close();
    });

    test('a wrong hash is blocked: widgets stay undefined, their fallback text shows, the page carries on', async () => {
      const p = await browser.newPage();
      await p.goto(`${server.origin}/test/fixtures/hostile/sri-wrong.html`);
      await p.waitFor(() => window.__pageContinued);
      await p.settle();
      const state = await p.evaluate(
        (tags) => ({
          api: typeof window.NetWidgets,
          defined: tags.filter((t) => customElements.get(t)),
          fallback: document.querySelector('net-therapy-card').textContent.trim(),
          errors: window.__hostile.errors,
        }),
        TAGS,
      );
      assert.deepEqual(state, {
        api: 'undefined',
        defined: [],
        fallback: 'Information about somatostatin analogues.',
        errors: [],
      });
      assert.deepEqual(p.log.pageErrors, []);
      // The browser says why (its own console message about integrity), where the driver shows it.
      if (p.seesBrowserMessages) {
        assert.ok(
          p.log.errors.some((e) => /integrity/i.test(e)),
          p.log.errors.join('\n'),
        );
      }
      await p.close();
    });
  });
}
