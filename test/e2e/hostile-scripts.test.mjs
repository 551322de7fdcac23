// Hostile host scripts: legacy loaders and modified built-ins, a host that uses Lit itself, the
// bundle pasted twice (same version, another version), a tag name the host already took, and a
// host script that breaks single widget instances. Real pages in test/fixtures/hostile/, run in Chromium,
// Firefox ESR and WebKit. No uncaught exception may escape a widget, and one broken widget never stops
// the others.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { TAGS, WIDGETS, allRendered, widgetState, widgetsIn } from '../fixtures/hostile/harness.mjs';
import { OTHER_VERSION, buildFixtures } from '../fixtures/hostile/build-fixtures.mjs';

let server;
let version;
before(async () => {
  ({ version } = await buildFixtures());
  server = await serve();
});
after(() => server?.close());

const ours = (lines) => lines.filter((l) => l.includes('[net-widgets]'));

/** Nothing escaped: no uncaught error or rejection, seen by the browser or by the page itself. */
async function assertNothingEscaped(page) {
  assert.deepEqual(page.log.pageErrors, [], 'uncaught exceptions');
  const seen = await page.evaluate(() => window.__hostile);
  assert.deepEqual(seen.errors, [], 'window error events');
  assert.deepEqual(seen.rejections, [], 'unhandled rejections');
}

for (const engine of engines()) {
  describe(`hostile host scripts in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    test('AMD define, CommonJS shims, fake jQuery, enumerable prototype additions, replaced JSON/console/Promise', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/scripts-legacy.html`);
      await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered' });
      const state = await page.evaluate(widgetState, WIDGETS);
      assert.equal(state.rendered, widgetsIn('scripts-legacy.html'));
      assert.equal(state.notices, 0);
      const host = await page.evaluate(() => ({
        amdCalls: window.__amdDefineCalls ?? 0,
        moduleExports: Object.keys(window.module.exports),
        jquery: window.$ === window.jQuery && typeof window.$.fn === 'object',
        api: typeof window.NetWidgets?.setLocale,
      }));
      // The bundle is a plain IIFE: it neither registers with the host's AMD loader nor writes
      // into the CommonJS shim, and leaves $ alone.
      assert.deepEqual(host, { amdCalls: 0, moduleExports: [], jquery: true, api: 'function' });
      // Interact under the polluted prototypes: tick the first checklist item, open a details.
      const ticked = await page.evaluate(async () => {
        const list = document.querySelector('net-decision-checklist');
        const box = list.shadowRoot.querySelector('input[type="checkbox"]');
        box.click();
        await list.updateComplete;
        const card = document.querySelector('net-therapy-card');
        const details = card.shadowRoot.querySelector('details');
        details.open = true;
        return box.checked;
      });
      assert.equal(ticked, true);
      await page.settle();
      await assertNothingEscaped(page);
      await page.close();
    });

    test('a host using its own Lit, loaded before and after the bundle', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/host-lit.html`);
      await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered' });
      const greetings = await page.waitFor(() => {
        const text = (tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim();
        const a = text('host-greeting-before');
        const b = text('host-greeting-after');
        return a && b ? [a, b] : undefined;
      });
      assert.deepEqual(greetings, ["Hello from the page's own Lit", "Hello from the footer's own Lit"]);
      assert.equal((await page.evaluate(widgetState, WIDGETS)).rendered, widgetsIn('host-lit.html'));
      assert.deepEqual(page.log.errors, []);
      assert.deepEqual(ours(page.log.warnings), []);
      await assertNothingEscaped(page);
      await page.close();
    });

    test('the same bundle four times (defer, async, module, classic) is a silent no-op', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/twice.html`);
      await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered' });
      await page.settle();
      assert.equal(await page.evaluate(() => window.NetWidgets.version), version);
      assert.equal((await page.evaluate(widgetState, WIDGETS)).rendered, widgetsIn('twice.html'));
      assert.deepEqual(page.log.errors, []);
      assert.deepEqual(ours(page.log.warnings), []);
      await assertNothingEscaped(page);
      await page.close();
    });

    test('another version already on the page: the first wins, the second warns once', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/versions.html`);
      await page.waitFor(allRendered, WIDGETS, { what: 'widgets rendered' });
      await page.settle();
      assert.equal(await page.evaluate(() => window.NetWidgets.version), OTHER_VERSION);
      assert.deepEqual(ours(page.log.warnings), [
        `[net-widgets] version ${OTHER_VERSION} is already on this page; this copy (${version}) does nothing.`,
      ]);
      assert.equal((await page.evaluate(widgetState, WIDGETS)).rendered, 2);
      assert.deepEqual(page.log.errors, []);
      await assertNothingEscaped(page);
      await page.close();
    });

    test('a tag the host already defined is skipped with a warning; the others still work', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/tag-taken.html`);
      await page.waitFor(() => !!window.NetWidgets);
      await page.waitFor(allRendered, 'net-therapy-card,net-decision-checklist', { what: 'other widgets rendered' });
      const result = await page.evaluate(() => ({
        owner: customElements.get('net-side-effect-list')?.name,
        text: document.getElementById('hosts-own').textContent,
        shadow: !!document.getElementById('hosts-own').shadowRoot,
      }));
      assert.deepEqual(result, {
        owner: 'HostOwnList',
        text: 'The host page’s own net-side-effect-list',
        shadow: false,
      });
      for (const tag of TAGS.filter((t) => t !== 'net-side-effect-list')) {
        assert.ok(await page.evaluate((t) => !!customElements.get(t), tag), `${tag} still defined`);
      }
      assert.deepEqual(ours(page.log.warnings), [
        '[net-widgets] <net-side-effect-list> is already defined on this page by another script; net-widgets left it alone.',
      ]);
      assert.deepEqual(page.log.errors, []);
      await assertNothingEscaped(page);
      await page.close();
    });

    test('a host script that breaks three instances: each shows a message, the others render', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/fixtures/hostile/break-one.html`);
      await page.waitFor(() => window.__brokeOne);
      await page.waitFor(allRendered, WIDGETS, { what: 'every widget drew something' });
      const text = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('[id]')]
            .filter((el) => el.shadowRoot)
            .map((el) => [el.id, el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()]),
        ),
      );
      // The healthy ones drew their content (a heading, sources), not a message.
      const drawn = await page.evaluate(() =>
        ['ok-before', 'ok-after', 'ok-list'].map((id) => {
          const root = document.getElementById(id).shadowRoot;
          return !!root.querySelector('h2') && !!root.querySelector('.sources') && !root.querySelector('.notice');
        }),
      );
      assert.deepEqual(drawn, [true, true, true]);
      assert.match(text['number-therapy'], /We do not have information about this treatment/);
      assert.match(text['throwing-therapy'], /This information could not be shown/);
      assert.match(text['throwing-level'], /This information could not be shown/);
      const errors = ours(page.log.errors);
      assert.equal(errors.length, 2, errors.join('\n'));
      assert.ok(errors.every((e) => e.includes('could not render')));
      await assertNothingEscaped(page);
      await page.close();
    });
  });
}
