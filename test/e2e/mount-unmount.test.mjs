// Hosts that mount and unmount: a single-page app creates and removes widgets as its reader
// navigates. Hundreds of cycles of every element must leave the page's DOM node count and its
// event-listener count where they were (Chromium's own counters, after garbage collection), and a
// widget moved to another container, or changed while detached, must render what it now says.
// Chromium only: the counters come from the DevTools protocol.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launchChromium } from './lib/helpers.mjs';
import { TAGS } from '../../scripts/lib/project.mjs';

const PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>SPA</title>
  <link rel="icon" href="data:,"></head><body>
  <main id="app"></main><section id="a" lang="en-GB"></section><section id="b" lang="fr-CA"></section>
  <script src="/dist/net-widgets.js"></script></body></html>`;

/** Markup of one of each element (a new element must be added here: the first test checks). */
const ALL = `<net-therapy-card therapy="prrt"></net-therapy-card>
  <net-side-effect-list therapy="prrt"></net-side-effect-list>
  <net-decision-checklist></net-decision-checklist>
  <net-treatment-comparison therapies="surgery,prrt"></net-treatment-comparison>`;

let server;
let browser;
let page;
let cdp;
before(async () => {
  server = await serve({ pages: { '/spa.html': PAGE } });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.origin}/spa.html`);
  await page.waitForFunction(() => window.NetWidgets);
  cdp = await page.context().newCDPSession(page);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every widget mounted and rendered, then removed, `n` times (as a router swaps a view). */
const cycle = (n, all) =>
  page.evaluate(
    async ({ n, all }) => {
      const app = document.getElementById('app');
      for (let i = 0; i < n; i++) {
        app.innerHTML = all;
        await Promise.all([...app.children].map((el) => el.updateComplete));
        app.replaceChildren();
      }
      // Let any task the widgets queued on removal run before counting.
      await new Promise((r) => setTimeout(r, 0));
    },
    { n, all },
  );

/** The page's live DOM nodes and event listeners, after a full garbage collection. */
async function counters() {
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { nodes, jsEventListeners };
}

test('the cycled markup holds one of each element', async () => {
  const tags = await page.evaluate((all) => {
    const t = document.createElement('template');
    t.innerHTML = all;
    return [...t.content.children].map((el) => el.localName);
  }, ALL);
  assert.deepEqual(tags, [...TAGS]);
});

test('300 mount-and-unmount cycles of every element leave the node and listener counts unchanged', async () => {
  // Warm up: the first cycles create what every later one shares (stylesheets, templates, formatters).
  await cycle(20, ALL);
  const start = await counters();
  await cycle(300, ALL);
  const end = await counters();
  assert.deepEqual(end, start, `after 300 more cycles: ${JSON.stringify(end)} (was ${JSON.stringify(start)})`);
});

test('a widget moved between containers renders in its new section’s language, once, and leaks nothing', async () => {
  const move = () =>
    page.evaluate(async () => {
      const [a, b] = [document.getElementById('a'), document.getElementById('b')];
      const card = document.createElement('net-therapy-card');
      card.setAttribute('therapy', 'surgery');
      a.append(card);
      await card.updateComplete;
      const before = card.shadowRoot.querySelector('[lang]').getAttribute('lang');
      b.append(card); // moved: disconnected, then connected in the French section
      await card.updateComplete;
      const after = card.shadowRoot.querySelector('[lang]').getAttribute('lang');
      const articles = card.shadowRoot.querySelectorAll('article').length;
      card.remove();
      return { before, after, articles };
    });
  assert.deepEqual(await move(), { before: 'en-GB', after: 'fr-CA', articles: 1 });
  for (let i = 0; i < 10; i++) await move();
  const start = await counters();
  for (let i = 0; i < 200; i++) await move();
  assert.deepEqual(await counters(), start);
});

test('attributes changed while detached are rendered when the widget comes back, and nothing leaks', async () => {
  const detachedChange = () =>
    page.evaluate(async () => {
      const app = document.getElementById('app');
      app.innerHTML =
        '<net-side-effect-list therapy="prrt"></net-side-effect-list><net-treatment-comparison therapies="surgery,prrt"></net-treatment-comparison>';
      const [list, comparison] = app.children;
      await Promise.all([list.updateComplete, comparison.updateComplete]);
      app.replaceChildren();
      list.setAttribute('therapy', 'chemotherapy');
      list.setAttribute('heading-level', '3');
      comparison.setAttribute('therapies', 'surgery,chemotherapy,immunotherapy');
      app.append(list, comparison);
      await Promise.all([list.updateComplete, comparison.updateComplete]);
      const out = {
        heading: list.shadowRoot.querySelector('h3')?.textContent.trim() ?? null,
        columns: comparison.shadowRoot.querySelectorAll('th[scope="col"]').length,
      };
      app.replaceChildren();
      return out;
    });
  const seen = await detachedChange();
  assert.match(seen.heading, /chemotherapy/i);
  assert.equal(seen.columns, 3);
  for (let i = 0; i < 10; i++) await detachedChange();
  const start = await counters();
  for (let i = 0; i < 200; i++) await detachedChange();
  assert.deepEqual(await counters(), start);
});
