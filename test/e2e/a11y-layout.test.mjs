// WCAG 2.2 AA that axe cannot see, measured against the built bundle in Chromium: focus always
// visible (keyboard walk), targets at least 24×24 px, reflow at 320 px and at 200 % zoom, reduced
// motion, forced colours, and print (details expanded, sources shown, interactive chrome hidden).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { allWidgetsPage, serve, launchChromium } from './lib/helpers.mjs';
import { widgetsReady, interactiveBoxes } from './lib/a11y-lib.mjs';
import { pdfPageCount } from './lib/pdf.mjs';

let server;
let browser;
before(async () => {
  server = await serve({ pages: { '/all.html': allWidgetsPage('en-US'), '/all-fr.html': allWidgetsPage('fr-CA') } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a context of its own; the test closes it with `page.context().close()` (awaited). */
async function open(path, { media = {}, viewport = { width: 1280, height: 900 }, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  const page = await context.newPage();
  await page.emulateMedia(media);
  await page.goto(`${server.origin}/${path}`);
  await widgetsReady(page);
  return page;
}

async function openAllDetails(page) {
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('*')) {
      for (const d of host.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
    }
  });
}

/** Tab through the page; for every stop inside a widget, what its focus indicator looks like. */
async function focusWalk(page, maxStops = 400) {
  const stops = [];
  await page.locator('body').focus();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      let el = document.activeElement;
      let host = null;
      while (el?.shadowRoot?.activeElement) {
        host = el;
        el = el.shadowRoot.activeElement;
      }
      if (!el || el === document.body) return { end: true };
      if (!host) return { outside: true, key: el.outerHTML.slice(0, 60) };
      const parse = (c) => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        return m
          ? m[1]
              .split(/[\s,/]+/)
              .filter(Boolean)
              .map(Number)
          : null;
      };
      const lum = (c) => {
        const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
      };
      const ratio = (a, b) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      // The surface the indicator is drawn on: the nearest opaque background around the element.
      let bg = null;
      for (let e = el.parentElement ?? host; e && !bg; e = e.parentElement ?? e.getRootNode().host) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && (c[3] ?? 1) === 1) bg = c;
      }
      bg ??= [255, 255, 255];
      const cs = getComputedStyle(el);
      const outline = parse(cs.outlineColor);
      const shadow = cs.boxShadow === 'none' ? null : parse(cs.boxShadow);
      return {
        widget: host.localName,
        tag: el.localName,
        type: el.getAttribute('type'),
        focusVisible: el.matches(':focus-visible'),
        outlineStyle: cs.outlineStyle,
        outlineWidth: Number.parseFloat(cs.outlineWidth),
        contrast: Math.max(outline ? ratio(outline, bg) : 0, shadow ? ratio(shadow, bg) : 0),
        key: `${host.localName}>${el.localName}:${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 25)}`,
      };
    });
    if (info.end) break;
    if (info.outside) continue;
    if (stops.some((s) => s.key === info.key && s.widget === info.widget) && stops.length > 5) {
      // Duplicates are fine (the same widget several times on a page); keep walking.
    }
    stops.push(info);
  }
  return stops;
}

for (const [mode, media] of [
  ['light', { colorScheme: 'light' }],
  ['dark', { colorScheme: 'dark' }],
  ['forced colours', { forcedColors: 'active' }],
]) {
  test(`focus is always visible on summaries, buttons and checkboxes (${mode})`, async (t) => {
    const page = await open('demo/themes.html', { media });
    const stops = await focusWalk(page);
    const kinds = new Set(stops.map((s) => (s.type ? `${s.tag}[${s.type}]` : s.tag)));
    t.diagnostic(`${stops.length} focus stops inside widgets: ${[...kinds].join(', ')}`);
    assert.ok(kinds.has('summary'), 'summaries are reached by Tab');
    for (const s of stops) {
      assert.ok(s.focusVisible, `${s.key} matches :focus-visible`);
      assert.equal(s.outlineStyle, 'solid', `${s.key} has an outline`);
      assert.ok(s.outlineWidth >= 2, `${s.key} outline ${s.outlineWidth}px`);
      // In forced colours the system picks the colours; elsewhere the ring must stand out (3:1).
      if (!media.forcedColors) assert.ok(s.contrast >= 3, `${s.key} indicator contrast ${s.contrast.toFixed(2)}`);
    }
    await page.context().close();
  });
}

for (const [label, path, viewport] of [
  ['1280 px', 'demo/themes.html', { width: 1280, height: 900 }],
  ['320 px', 'demo/themes.html', { width: 320, height: 640 }],
  ['320 px, all widgets, fr-CA', 'all-fr.html', { width: 320, height: 640 }],
]) {
  test(`every interactive target is at least 24×24 px (${label})`, async (t) => {
    const page = await open(path, { viewport });
    await openAllDetails(page);
    const boxes = await page.evaluate(interactiveBoxes);
    assert.ok(boxes.length > 5, `found ${boxes.length} targets`);
    const small = boxes.filter((b) => {
      if (b.inline) return false;
      const own = b.width >= 24 && b.height >= 24;
      const viaLabel = b.labelWidth !== null && b.labelWidth >= 24 && b.labelHeight >= 24;
      return !(own || viaLabel);
    });
    const min = (k) => Math.min(...boxes.filter((b) => !b.inline).map((b) => b[k]));
    t.diagnostic(`${boxes.length} targets; smallest ${min('width')}×${min('height')} px`);
    assert.deepEqual(small, []);
    await page.context().close();
  });
}

for (const [label, options] of [
  ['320 px', { viewport: { width: 320, height: 640 } }],
  ['200 % zoom (640 px at device scale 2)', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
]) {
  for (const path of ['demo/themes.html', 'demo/themes.html?lang=fr-CA', 'all.html', 'all-fr.html']) {
    test(`content reflows without horizontal scrolling at ${label}: ${path}`, async () => {
      const page = await open(path, options);
      await openAllDetails(page);
      const result = await page.evaluate(() => {
        const doc = document.documentElement;
        const escaping = [];
        for (const host of document.querySelectorAll('*')) {
          if (!host.localName.startsWith('net-') || !host.shadowRoot) continue;
          const box = host.getBoundingClientRect();
          for (const el of host.shadowRoot.querySelectorAll('*')) {
            if (el.closest('.visually-hidden') || el.localName === 'style') continue;
            const r = el.getBoundingClientRect();
            if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) {
              escaping.push(
                `${host.localName} ${el.localName}.${el.className}: ${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(box.left)}–${Math.round(box.right)}`,
              );
            }
          }
        }
        return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, escaping: escaping.slice(0, 5) };
      });
      assert.ok(result.scrollWidth <= result.clientWidth, `scrollWidth ${result.scrollWidth} > ${result.clientWidth}`);
      assert.deepEqual(result.escaping, []);
      await page.context().close();
    });
  }
}

test('prefers-reduced-motion: every transition and animation in the widgets stops', async () => {
  const read = () =>
    [...document.querySelectorAll('*')]
      .filter((h) => h.localName.startsWith('net-') && h.shadowRoot)
      .flatMap((h) => [...h.shadowRoot.querySelectorAll('*')])
      .flatMap((el) => [getComputedStyle(el), getComputedStyle(el, '::before'), getComputedStyle(el, '::after')])
      .map((cs) => ({
        moving: cs.transitionDuration.split(',').some((d) => Number.parseFloat(d) > 0),
        animated: cs.animationName !== 'none',
      }));
  const normal = await open('demo/themes.html', { media: { reducedMotion: 'no-preference' } });
  const before = await normal.evaluate(read);
  assert.ok(
    before.some((s) => s.moving),
    'without the preference something does move (the chevron)',
  );
  await normal.context().close();
  const reduced = await open('demo/themes.html', { media: { reducedMotion: 'reduce' } });
  const after = await reduced.evaluate(read);
  assert.deepEqual(
    after.filter((s) => s.moving || s.animated),
    [],
  );
  const chevron = await reduced.evaluate(
    () =>
      getComputedStyle(document.querySelector('net-therapy-card').shadowRoot.querySelector('summary'), '::before')
        .transitionDuration,
  );
  assert.equal(chevron, '0s');
  await reduced.context().close();
});

test('forced colours: every surface keeps a visible border in a system colour', async () => {
  const page = await open('demo/themes.html', { media: { forcedColors: 'active' } });
  const surfaces = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((h) => h.localName.startsWith('net-') && h.shadowRoot)
      .flatMap((h) => [...h.shadowRoot.querySelectorAll('.surface, .notice, .urgent, .facts, .status')])
      .map((el) => {
        const cs = getComputedStyle(el);
        return {
          cls: el.className,
          style: cs.borderTopStyle,
          width: Number.parseFloat(cs.borderTopWidth),
          color: cs.borderTopColor,
          text: cs.color,
        };
      }),
  );
  assert.ok(surfaces.length >= 8);
  for (const s of surfaces) {
    assert.notEqual(s.style, 'none', `${s.cls} has a border`);
    assert.ok(s.width >= 1, `${s.cls} border ${s.width}px`);
    assert.equal(s.color, s.text, `${s.cls} border in the text colour (${s.color} vs ${s.text})`);
  }
  await page.context().close();
});

test('print: details open, sources shown, interactive chrome hidden; the screen comes back as it was', async () => {
  const page = await open('demo/themes.html');
  const state = () =>
    page.evaluate(() => {
      const hosts = [...document.querySelectorAll('*')].filter((h) => h.localName.startsWith('net-') && h.shadowRoot);
      const all = (sel) => hosts.flatMap((h) => [...h.shadowRoot.querySelectorAll(sel)]);
      return {
        details: all('details').map((d) => d.open),
        // Cards and side-effect lists print their full source list (the checklist prints its own
        // one-page sheet, checked in its own test).
        sourcesShown: hosts
          .filter((h) => h.localName !== 'net-decision-checklist')
          .map((h) => h.shadowRoot.querySelector('.sources'))
          .every((s) => s && s.checkVisibility() && s.textContent.trim().length > 20),
        sources: all('.sources').length,
        buttonsShown: all('button').filter((b) => b.checkVisibility()).length,
        chevrons: all('summary').map((s) => getComputedStyle(s, '::before').display),
      };
    });
  const screen = await state();
  assert.ok(screen.details.length >= 4 && screen.details.every((o) => !o), 'closed on screen');
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('net-therapy-card')].every((c) =>
      [...c.shadowRoot.querySelectorAll('details')].every((d) => d.open),
    ),
  );
  const printed = await state();
  assert.ok(printed.details.every(Boolean), 'every details is open in print');
  assert.ok(printed.sources >= 4 && printed.sourcesShown, 'sources print');
  assert.equal(printed.buttonsShown, 0, 'no button prints');
  assert.ok(
    printed.chevrons.every((d) => d === 'none'),
    'no chevron prints',
  );
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('net-therapy-card')].every((c) =>
      [...c.shadowRoot.querySelectorAll('details')].every((d) => !d.open),
    ),
  );
  await page.context().close();
});

test('print: the checklist is a one-page preparation sheet (A4 and Letter, English and French)', async () => {
  for (const path of ['all.html', 'all-fr.html']) {
    const page = await open(path);
    const checklist = page.locator('net-decision-checklist');
    const boxes = checklist.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    // Only the checklist is printed here: the other widgets are taken off the page.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('net-therapy-card, net-side-effect-list')) el.remove();
    });
    await page.emulateMedia({ media: 'print' });
    const shown = await checklist.evaluate((el) => {
      const root = el.shadowRoot;
      return {
        sheet: root.querySelector('[part~="summary"]').checkVisibility(),
        screenButtons: [...root.querySelectorAll('button, input')].filter((b) => b.checkVisibility()).length,
        ticked: (root.querySelector('[part~="summary"]').textContent.match(/☑/g) ?? []).length,
        sources: /Sources|Sources\s*:/.test(root.querySelector('[part~="summary"]').textContent),
      };
    });
    assert.deepEqual(shown, { sheet: true, screenButtons: 0, ticked: 2, sources: true }, path);
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      const pages = pdfPageCount(pdf);
      assert.equal(pages, 1, `${path} ${format}: ${pages} pages`);
    }
    await page.context().close();
  }
});
