// The checklist on the built bundle, driven by the keyboard: Tab reaches every control in order,
// Shift+Tab walks back, Space ticks, the focus ring shows; and `persist` keeps the ticks across a
// reload. Chromium, Firefox ESR and WebKit (real key presses through each engine's driver).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, engines, launchEngine } from './lib/helpers.mjs';

const KEY = 'net-widgets:decision-checklist:v1';

let server;
before(async () => {
  server = await serve({
    pages: {
      '/checklist.html': {
        body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Checklist</title>
          <link rel="icon" href="data:,"></head><body>
          <p><a id="before" href="#after">Before the checklist</a></p>
          <net-decision-checklist persist></net-decision-checklist>
          <p><a id="after" href="#before">After the checklist</a></p>
          <script src="/dist/net-widgets.js"></script></body></html>`,
      },
    },
  });
});
after(() => server?.close());

/** In the page: the checklist's controls, and which of them has focus (-1: none). */
function focusState() {
  const root = document.querySelector('net-decision-checklist').shadowRoot;
  const controls = [...root.querySelectorAll('input, button')];
  const active = root.activeElement;
  const label = active?.labels?.[0];
  const ring = label ? getComputedStyle(label, '::before') : active ? getComputedStyle(active) : null;
  return {
    count: controls.length,
    index: controls.indexOf(active),
    focusVisible: !!active?.matches(':focus-visible'),
    ring: ring ? { style: ring.outlineStyle, width: parseFloat(ring.outlineWidth) } : null,
  };
}

function ticks() {
  const root = document.querySelector('net-decision-checklist').shadowRoot;
  return {
    checked: [...root.querySelectorAll('input[type="checkbox"]')].map((b) => b.checked),
    progress: root.querySelector('.progress-text').textContent.trim(),
  };
}

const ready = (page) =>
  page.waitFor(
    () => !!document.querySelector('net-decision-checklist')?.shadowRoot?.querySelector('input[type="checkbox"]'),
    undefined,
    { what: 'the checklist rendered' },
  );

for (const engine of engines()) {
  describe(`the checklist with the keyboard and persist in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('Tab reaches every control in order, Shift+Tab walks back, Space ticks, the focus ring shows', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/checklist.html`);
      await ready(page);
      await page.evaluate(() => document.getElementById('before').focus());
      const { count } = await page.evaluate(focusState);
      assert.ok(count > 9, `${count} controls`);
      const reached = [];
      for (let i = 0; i < count; i++) {
        await page.press('Tab');
        reached.push((await page.evaluate(focusState)).index);
      }
      assert.deepEqual(
        reached,
        reached.map((_, i) => i),
      );
      const back = [];
      for (let i = 1; i < count; i++) {
        await page.press('Shift+Tab');
        back.push((await page.evaluate(focusState)).index);
      }
      assert.deepEqual(
        back,
        back.map((_, i) => count - 2 - i),
      );
      const first = await page.evaluate(focusState);
      assert.equal(first.index, 0);
      assert.equal(first.focusVisible, true, 'keyboard focus matches :focus-visible');
      assert.equal(first.ring.style, 'solid', 'the drawn box shows the ring');
      assert.ok(first.ring.width >= 2, `ring ${first.ring.width}px`);
      await page.press(' ');
      const after = await page.waitFor(() => {
        const t = document.querySelector('net-decision-checklist').shadowRoot.querySelector('.progress-text');
        return t.textContent.includes('1 of') && t.textContent.trim();
      });
      assert.match(after, /^1 of 9 discussed/);
      assert.equal((await page.evaluate(ticks)).checked[0], true);
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors, []);
      await page.close();
    });

    test('with persist, ticks made with the keyboard survive a reload, under one namespaced key', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/checklist.html`);
      await ready(page);
      // Tick the first and third factors with Space.
      await page.evaluate(() => document.getElementById('before').focus());
      await page.press('Tab');
      await page.press(' ');
      await page.press('Tab');
      await page.press('Tab');
      await page.press(' ');
      const before = await page.waitFor(() => {
        const root = document.querySelector('net-decision-checklist').shadowRoot;
        return root.querySelector('.progress-text').textContent.includes('2 of') && true;
      });
      assert.equal(before, true);
      const stored = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key)), KEY);
      assert.deepEqual(stored, [KEY]);
      await page.goto(`${server.origin}/checklist.html`);
      await ready(page);
      const restored = await page.evaluate(ticks);
      assert.deepEqual(restored.checked.slice(0, 3), [true, false, true]);
      assert.match(restored.progress, /^2 of 9 discussed/);
      assert.deepEqual(page.log.pageErrors, []);
      await page.close();
    });
  });
}
