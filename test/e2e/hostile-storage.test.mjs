// `persist` where storage fails: localStorage that throws on every call, and localStorage that is
// full (filled until QuotaExceededError). The checklist keeps working in memory, silently. A
// control page proves persist really writes and restores when storage works (so the failing
// pages do exercise the write path). The sandboxed-frame case is in hostile-csp.test.mjs.
// Chromium and Firefox ESR.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { allRendered } from '../fixtures/hostile/harness.mjs';

const LIST = 'net-decision-checklist';

let server;
before(async () => {
  server = await serve();
});
after(() => server?.close());

/** Tick the first two items, untick the first; return what the widget shows. */
function useChecklist() {
  return (async () => {
    const list = document.querySelector('net-decision-checklist');
    const boxes = () => [...list.shadowRoot.querySelectorAll('input[type="checkbox"]')];
    boxes()[0].click();
    await list.updateComplete;
    boxes()[1].click();
    await list.updateComplete;
    boxes()[0].click();
    await list.updateComplete;
    return {
      checked: boxes().map((b) => b.checked),
      progress: list.shadowRoot.querySelector('.progress-text')?.textContent.trim() ?? '',
    };
  })();
}

function checkedNow() {
  const list = document.querySelector('net-decision-checklist');
  return [...list.shadowRoot.querySelectorAll('input[type="checkbox"]')].map((b) => b.checked);
}

function netKeys() {
  try {
    return Object.keys(localStorage).filter((k) => !k.startsWith('host-fill-'));
  } catch (e) {
    return e.name;
  }
}

for (const engine of engines()) {
  describe(`persist with failing storage in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('control: with working storage, persist writes one namespaced key and restores it', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/storage-works.html`);
      await page.waitFor(allRendered, LIST);
      const used = await page.evaluate(useChecklist);
      assert.deepEqual(used.checked.slice(0, 3), [false, true, false]);
      const keys = await page.evaluate(netKeys);
      assert.equal(keys.length, 1, `one key: ${keys}`);
      await page.goto(`${server.origin}/test/fixtures/hostile/storage-works.html`);
      await page.waitFor(allRendered, LIST);
      assert.deepEqual((await page.evaluate(checkedNow)).slice(0, 3), [false, true, false]);
      assert.deepEqual(page.log.pageErrors, []);
      await page.close();
    });

    for (const kind of ['throws', 'full']) {
      test(`storage that ${kind === 'throws' ? 'throws on every call' : 'is full'}: works in memory, silently`, async () => {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/test/fixtures/hostile/storage-${kind}.html`);
        await page.waitFor(allRendered, LIST);
        if (kind === 'full') {
          const full = await page.evaluate(() => window.__storageFull);
          assert.equal(full.error, 'QuotaExceededError');
          assert.ok(full.items > 1);
        }
        const used = await page.evaluate(useChecklist);
        assert.deepEqual(used.checked.slice(0, 3), [false, true, false]);
        assert.match(used.progress, /1/);
        // Nothing of ours got into storage.
        const keys = await page.evaluate(netKeys);
        assert.ok(kind === 'throws' ? keys === 'SecurityError' || keys.length === 0 : keys.length === 0, String(keys));
        await page.settle();
        const seen = await page.evaluate(() => window.__hostile);
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.rejections, []);
        assert.deepEqual(page.log.pageErrors, []);
        assert.deepEqual(page.log.errors, []);
        assert.deepEqual(
          page.log.warnings.filter((w) => w.includes('[net-widgets]')),
          [],
        );
        await page.close();
      });
    }
  });
}
