// WCAG 2.2 AA on the demo pages, against the built bundle: axe-core in light, dark and forced
// colours (and in French), text contrast measured in every theme of demo/themes.html, and what
// Chromium's accessibility tree exposes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launchChromium, watchConsole } from './lib/helpers.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { runAxe, widgetsReady, measureTextContrast } from './lib/a11y-lib.mjs';

// demo/index.html (the gallery) is checked too once it exists.
const PAGES = ['demo/themes.html', 'demo/index.html'].filter((p) => existsSync(join(ROOT, p)));
const THEMES = ['#default', '#hospital', '#nhs', '#dark'];
const MODES = {
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
  'forced colours': { forcedColors: 'active' },
  'forced colours, dark': { forcedColors: 'active', colorScheme: 'dark' },
};

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, media = {}, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const log = watchConsole(page);
  await page.emulateMedia(media);
  await page.goto(`${server.origin}/${path}`);
  await widgetsReady(page);
  return { page, log };
}

// In forced colours Chromium reports -webkit-text-fill-color unforced (the author's colour) while
// it paints the forced system colour, and axe reads that property, so axe's color-contrast rule
// measures colours that are never shown. In that mode it is replaced by our own measurement of
// the computed (forced) colours, below; every other rule still runs.
const FORCED_SKIP = ['color-contrast'];

async function openAllDetails(page) {
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('*')) {
      for (const d of host.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
    }
  });
}

for (const path of PAGES) {
  for (const [mode, media] of Object.entries(MODES)) {
    for (const lang of media.forcedColors ? [''] : ['', 'fr-CA']) {
      const url = lang ? `${path}?lang=${lang}` : path;
      test(`axe finds no WCAG 2.2 A/AA or best-practice violation: ${url}, ${mode}`, async () => {
        const { page, log } = await open(url, media);
        // Every <details> open, so the content behind the summaries is checked too.
        await openAllDetails(page);
        const violations = (await runAxe(page)).filter((v) => !(media.forcedColors && FORCED_SKIP.includes(v.id)));
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
        assert.deepEqual(log.pageErrors, []);
        await page.close();
      });
    }
  }
}

const CONTRAST_RUNS = [
  ['light', 'en-US', { colorScheme: 'light' }],
  ['light', 'fr-CA', { colorScheme: 'light' }],
  ['dark', 'en-US', { colorScheme: 'dark' }],
  ['dark', 'fr-CA', { colorScheme: 'dark' }],
  ['forced colours', 'en-US', { forcedColors: 'active' }],
  ['forced colours, dark', 'en-US', { forcedColors: 'active', colorScheme: 'dark' }],
];
for (const [mode, lang, media] of CONTRAST_RUNS) {
  test(`text contrast is at least 4.5:1 in every theme of demo/themes.html (${mode}, ${lang})`, async (t) => {
    const { page } = await open(`demo/themes.html?lang=${lang}`, media);
    await openAllDetails(page);
    for (const theme of THEMES) {
      const m = await page.evaluate(measureTextContrast, theme);
      t.diagnostic(`${mode} ${lang} ${theme}: min ${m.min}:1 over ${m.count} text runs`);
      assert.ok(m.count > 20, `${theme}: measured ${m.count} text runs`);
      assert.ok(m.min >= 4.5, `${theme} ${mode}: ${JSON.stringify(m.worst)}`);
    }
    await page.close();
  });
}

test('the default look really changes with the colour scheme, and --net-color-scheme pins it', async () => {
  const surfaces = {};
  for (const scheme of ['light', 'dark']) {
    const { page } = await open('demo/themes.html', { colorScheme: scheme });
    surfaces[scheme] = await page.evaluate(() =>
      ['#default', '#nhs', '#dark'].map((s) => {
        const card = document.querySelector(`${s} net-therapy-card`).shadowRoot.querySelector('[part~="card"]');
        return getComputedStyle(card).backgroundColor;
      }),
    );
    await page.close();
  }
  // Default follows the reader; the NHS-like theme is pinned light and the last one pinned dark.
  assert.notEqual(surfaces.light[0], surfaces.dark[0]);
  assert.equal(surfaces.light[1], surfaces.dark[1]);
  assert.equal(surfaces.light[2], surfaces.dark[2]);
  assert.equal(surfaces.dark[0], surfaces.dark[2]);
});

test('the accessibility tree: card heading at its level, real lists, disclosure buttons, named sources', async () => {
  const { page } = await open('demo/themes.html');
  const card = page.locator('#default net-therapy-card');
  const snapshot = await card.ariaSnapshot();
  // The name as the catalogue writes it today (the writers change the words; the level is the test).
  const name = await card.evaluate((el) => el.shadowRoot.querySelector('h3').textContent.trim());
  assert.ok(snapshot.includes(`- heading "${name}" [level=3]`), snapshot.slice(0, 300));
  assert.match(snapshot, /- heading "How it works" \[level=4\]/);
  assert.match(snapshot, /- list:\s*\n\s+- listitem:/);
  assert.match(snapshot, /- heading "Sources" \[level=4\]\s*\n\s+- list:/);
  assert.match(snapshot, /Status: Approved treatment/);
  // Each <details> summary is exposed as something that can be expanded.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const expandable = nodes.filter((n) => !n.ignored && (n.properties ?? []).some((p) => p.name === 'expanded'));
  const summaries = await page.evaluate(() =>
    [...document.querySelectorAll('*')].reduce(
      (n, h) => n + (h.shadowRoot?.querySelectorAll('summary').length ?? 0),
      0,
    ),
  );
  assert.ok(summaries >= 3, `${summaries} summaries on the page`);
  assert.equal(expandable.length, summaries, 'every summary is exposed with its expanded state');
  assert.ok(
    expandable.every((n) => n.name?.value),
    'every disclosure has a name',
  );
  await page.close();
});

test('the accessibility tree: side-effect list with real list items and urgent advice named as such', async () => {
  const { page } = await open('demo/themes.html');
  const list = page.locator('#default net-side-effect-list');
  const snapshot = await list.ariaSnapshot();
  const title = await list.evaluate((el) => el.shadowRoot.querySelector('h3').textContent.trim());
  assert.ok(snapshot.includes(`heading "${title}" [level=3]`), snapshot.slice(0, 300));
  // Items are list items with their own heading (one level below a frequency group's, when graded).
  assert.match(snapshot, /- list:\s*\n\s+- listitem:\s*\n\s+- heading "[^"]+" \[level=[45]\]/);
  // Each urgent box says what it is in words (visually hidden prefix), not only in colour.
  assert.match(snapshot, /- '?heading "Emergency: [^"]+" \[level=4\]'?\s*\n\s+- list:/);
  assert.match(snapshot, /- '?heading "Urgent advice: [^"]+" \[level=4\]'?\s*\n\s+- list:/);
  await page.close();
});

test('the accessibility tree: checklist checkboxes are labelled and progress is announced politely', async () => {
  const { page } = await open('demo/themes.html');
  const checklist = page.locator('#default net-decision-checklist');
  const boxes = checklist.getByRole('checkbox');
  const count = await boxes.count();
  assert.ok(count >= 9, `${count} checkboxes`);
  for (let i = 0; i < count; i++) {
    const name = await boxes.nth(i).evaluate((el) => (el.labels?.[0]?.textContent ?? '').trim());
    assert.ok(name.length > 3, `checkbox ${i} has a label`);
  }
  // A polite live region (role="status"): nothing said on load, the new progress after a tick.
  const live = checklist.getByRole('status');
  assert.equal(await live.count(), 1);
  assert.equal((await live.textContent()).trim(), '');
  await boxes.first().check();
  await page.waitForFunction(() =>
    /\d/.test(
      document.querySelector('#default net-decision-checklist').shadowRoot.querySelector('[role="status"]').textContent,
    ),
  );
  const said = (await live.textContent()).trim();
  assert.match(said, /1\D+9|1 of 9|1 sur 9/, said);
  const politeness = await live.evaluate((el) => el.getAttribute('aria-live') ?? 'polite (implicit in role=status)');
  assert.match(politeness, /polite/);
  await page.close();
});

test('rendered content carries lang, also when it differs from the page', async () => {
  const { page } = await open('demo/themes.html?lang=fr-CA');
  const langs = await page.$$eval('net-therapy-card', (els) =>
    els.map((el) => el.shadowRoot.querySelector('[part~="card"]').getAttribute('lang')),
  );
  assert.deepEqual([...new Set(langs)], ['fr-CA']);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.close();
});
