// Server-rendered widgets (net-treatment-widgets/ssr) on real pages, in Chromium and Firefox ESR:
// without JavaScript the text is in the DOM and readable; with dist/net-widgets.js the widgets
// hydrate (the server's nodes are kept, nothing is doubled, no console error) and work; a page
// in another locale than the server's ends in the page's; a layout shift of 0 without the
// reservation CSS (Chromium: the Layout Instability API).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, engines, launchEngine } from './lib/helpers.mjs';
import { NO_SCRIPT_ENGINES, WIDGET_TAGS, launchWithoutJavaScript, readWidgets, ssrPage } from '../ssr/lib/pages.mjs';

/** Before the bundle: remember each widget's server-rendered top heading node, to prove hydration keeps it. */
const MARK = `<script>window.__served = [...document.querySelectorAll('${WIDGET_TAGS.join(',')}')]
  .map((el) => el.shadowRoot && el.shadowRoot.querySelector('h1,h2,h3,h4,h5,h6'));</script>`;

/** In the page: every widget is defined and has finished updating. */
const settled = (tags) =>
  Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete)).then(() =>
    [...document.querySelectorAll(tags.join(','))].every((el) => el.hasUpdated),
  );

/** In the page: the heading texts and how often each occurs in the composed tree (shadow roots included). */
function headingCopies(tags) {
  const texts = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (/^H[1-6]$/.test(el.tagName)) texts.push(el.textContent.trim());
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const widgetHeadings = [...document.querySelectorAll(tags.join(','))].flatMap((el) =>
    [...el.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.textContent.trim()),
  );
  return {
    widgetHeadings: widgetHeadings.length,
    // The card and the list both have "Sources" subheadings, so count copies per widget root instead.
    duplicatedInOneRoot: [...document.querySelectorAll(tags.join(','))].some((el) => {
      const top = el.shadowRoot.querySelectorAll('[part="heading"]');
      return top.length !== 1;
    }),
    topHeadings: [...document.querySelectorAll(tags.join(','))].map(
      (el) => el.shadowRoot.querySelector('[part="heading"]')?.textContent.trim() ?? null,
    ),
    all: texts,
  };
}

const notOurs = (m) => !m.includes('/favicon.ico');

/** Tick the checklist's first factor; its progress text after the update. */
const tickFirst = (page) =>
  page.evaluate(async () => {
    const list = document.querySelector('net-decision-checklist');
    list.shadowRoot.querySelector('.factor input[type="checkbox"]').click();
    await list.updateComplete;
    return list.shadowRoot.querySelector('.progress-text').textContent.trim();
  });

let server;
before(async () => {
  const pages = {
    '/ssr/en.html': await ssrPage({ beforeScript: MARK }),
    '/ssr/en-no-script.html': await ssrPage({ script: false }),
    // The page says fr-CA; the fragments were rendered in en-US (a CMS that caches one render).
    '/ssr/mismatch.html': await ssrPage({ serverLocale: 'en-US', pageLang: 'fr-CA', beforeScript: MARK }),
    '/ssr/fr.html': await ssrPage({ serverLocale: 'fr-CA', beforeScript: MARK }),
    // A single-locale file does not hydrate (src/ssr/discard-support.ts): it renders afresh, once.
    '/ssr/single-locale.html': await ssrPage({ script: '<script src="/dist/net-widgets.fr-CA.js"></script>' }),
  };
  // Markup from "another version": one digest changed, as if the templates differed.
  pages['/ssr/other-version.html'] = pages['/ssr/en.html'].replace(
    /<!--lit-part [^>]+-->/,
    '<!--lit-part AAAAAAAAAAA=-->',
  );
  server = await serve({ pages });
});
after(() => server?.close());

for (const engine of engines()) {
  describe(`server-rendered widgets in ${engine}`, () => {
    let browser;
    before(async () => {
      browser = await launchEngine(engine);
    });
    after(() => browser?.close());

    const noScript = NO_SCRIPT_ENGINES.includes(engine)
      ? {}
      : { skip: `no switch for JavaScript in ${engine}'s driver here (tested in ${NO_SCRIPT_ENGINES.join(', ')})` };
    test('JavaScript disabled: every widget’s text is in the DOM, laid out and readable', noScript, async () => {
      const noJs = await launchWithoutJavaScript(engine);
      try {
        await noJs.goto(`${server.origin}/ssr/en-no-script.html`);
        const widgets = await noJs.evaluate(readWidgets, WIDGET_TAGS);
        assert.equal(widgets.length, WIDGET_TAGS.length);
        for (const w of widgets) {
          assert.equal(w.shadow, true, `${w.tag}: declarative shadow root attached`);
          assert.equal(w.defined, false, `${w.tag}: no script ran`);
          assert.equal(w.lang, 'en-US');
          assert.ok(w.text > 500, `${w.tag}: its text is in the DOM (${w.text} characters)`);
          assert.ok(w.height > 200, `${w.tag}: laid out (${w.height}px)`);
          assert.ok(w.headingVisible && w.headingSize >= 15, `${w.tag}: heading visible at ${w.headingSize}px`);
          assert.equal(w.styled, true, `${w.tag}: its own styles apply`);
        }
        assert.match(widgets[0].headings[0], /Chemotherapy/);
        // Native <details> still open and close without script.
        const toggled = await noJs.evaluate(() => {
          const details = document.querySelector('net-therapy-card').shadowRoot.querySelector('details');
          details.querySelector('summary').click();
          return details.open;
        });
        assert.equal(toggled, true);
      } finally {
        await noJs.close();
      }
    });

    test('with the script: hydrated (the server’s nodes kept), one copy of every heading, no console error', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ssr/en.html`);
      await page.waitFor(settled, WIDGET_TAGS, { what: 'widgets hydrated' });
      const kept = await page.evaluate(
        (tags) =>
          [...document.querySelectorAll(tags.join(','))].map(
            (el, i) =>
              window.__served[i] !== null && el.shadowRoot.querySelector('h1,h2,h3,h4,h5,h6') === window.__served[i],
          ),
        WIDGET_TAGS,
      );
      assert.deepEqual(kept, [true, true, true], 'the server-rendered heading nodes are the live ones');
      const widgets = await page.evaluate(readWidgets, WIDGET_TAGS);
      for (const w of widgets) {
        assert.equal(w.defined, true);
        assert.equal(w.lang, 'en-US');
        assert.equal(w.styleElements, 0, `${w.tag}: the served <style> gave way to adopted stylesheets`);
        assert.ok(w.adopted >= 1);
        assert.equal(w.styled, true);
      }
      const copies = await page.evaluate(headingCopies, WIDGET_TAGS);
      assert.equal(copies.duplicatedInOneRoot, false);
      assert.equal(new Set(copies.topHeadings).size, 3);
      for (const h of copies.topHeadings) assert.equal(copies.all.filter((t) => t === h).length, 1, `one "${h}"`);
      await page.settle();
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notOurs), []);
      assert.deepEqual(
        page.log.warnings.filter((w) => w.includes('net-widgets')),
        [],
      );
      await page.close();
    });

    test('hydrated widgets work: tick, progress, event, persist across a reload, details, the card’s link to the list', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ssr/en.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      const ticked = await page.evaluate(async () => {
        const list = document.querySelector('net-decision-checklist');
        const events = [];
        list.addEventListener('net-checklist-change', (e) => events.push(e.detail.count));
        const boxes = list.shadowRoot.querySelectorAll('.factor input[type="checkbox"]');
        boxes[0].click();
        boxes[2].click();
        await list.updateComplete;
        return {
          events,
          progress: list.shadowRoot.querySelector('.progress-text').textContent.trim(),
          checkedClass: [...list.shadowRoot.querySelectorAll('li.factor')].filter((li) =>
            li.classList.contains('is-checked'),
          ).length,
        };
      });
      assert.deepEqual(ticked, { events: [1, 2], progress: '2 of 9 discussed', checkedClass: 2 });

      // The stored ticks come back over a fresh server render (which has none ticked).
      await page.goto(`${server.origin}/ssr/en.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      const restored = await page.waitFor(() => {
        const list = document.querySelector('net-decision-checklist');
        const text = list.shadowRoot.querySelector('.progress-text').textContent.trim();
        if (text !== '2 of 9 discussed') return false;
        const boxes = [...list.shadowRoot.querySelectorAll('.factor input[type="checkbox"]')];
        return {
          text,
          checked: boxes.map((b) => b.checked).filter(Boolean).length,
          classes: list.shadowRoot.querySelectorAll('li.factor.is-checked').length,
        };
      });
      assert.deepEqual(restored, { text: '2 of 9 discussed', checked: 2, classes: 2 });

      // Details open, and the card offers the side-effect list that is on the page.
      const linked = await page.waitFor(async () => {
        const card = document.querySelector('net-therapy-card');
        const details = [...card.shadowRoot.querySelectorAll('details')].at(-1);
        if (!details.open) details.querySelector('summary').click();
        await card.updateComplete;
        return card.shadowRoot.querySelector('[part="side-effects-button"]')?.textContent.trim();
      });
      assert.match(linked, /side effects/);
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notOurs), []);
      await page.close();
    });

    test('the page in fr-CA, the fragments in en-US: the widgets end in fr-CA, once each, with no console error', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ssr/mismatch.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      const widgets = await page.evaluate(readWidgets, WIDGET_TAGS);
      assert.deepEqual(
        widgets.map((w) => w.lang),
        ['fr-CA', 'fr-CA', 'fr-CA'],
      );
      assert.match(widgets[0].headings[0], /Chimiothérapie/);
      const copies = await page.evaluate(headingCopies, WIDGET_TAGS);
      assert.equal(copies.duplicatedInOneRoot, false);
      assert.equal(copies.all.filter((t) => /chemotherapy/i.test(t)).length, 0, 'no English heading is left behind');
      for (const w of widgets) assert.equal(w.styled, true, `${w.tag}: styled after the fresh render`);
      // The checklist still works after the fresh render.
      const progress = await page.evaluate(async () => {
        const list = document.querySelector('net-decision-checklist');
        list.shadowRoot.querySelector('.factor input[type="checkbox"]').click();
        await list.updateComplete;
        return list.shadowRoot.querySelector('.progress-text').textContent.trim();
      });
      assert.match(progress, /1 sur 9/);
      await page.settle();
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notOurs), []);
      await page.close();
    });

    test('the server and the page agree on fr-CA: hydrated in fr-CA', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ssr/fr.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      const kept = await page.evaluate(
        (tags) =>
          [...document.querySelectorAll(tags.join(','))].every(
            (el, i) => el.shadowRoot.querySelector('h1,h2,h3,h4,h5,h6') === window.__served[i],
          ),
        WIDGET_TAGS,
      );
      assert.equal(kept, true);
      assert.deepEqual(
        (await page.evaluate(readWidgets, WIDGET_TAGS)).map((w) => w.lang),
        ['fr-CA', 'fr-CA', 'fr-CA'],
      );
      assert.deepEqual(page.log.errors.filter(notOurs), []);
      await page.close();
    });

    test('a single-locale file over server-rendered widgets: rendered afresh in its locale, never twice', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ssr/single-locale.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      const widgets = await page.evaluate(readWidgets, WIDGET_TAGS);
      for (const w of widgets) {
        assert.equal(w.lang, 'fr-CA', w.tag);
        assert.equal(w.styleElements, 0);
        assert.equal(w.styled, true);
      }
      const copies = await page.evaluate(headingCopies, WIDGET_TAGS);
      assert.equal(copies.duplicatedInOneRoot, false);
      assert.equal(copies.all.filter((t) => /chemotherapy/i.test(t)).length, 0);
      assert.match(await tickFirst(page), /1 sur 9/);
      await page.settle();
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notOurs), []);
      await page.close();
    });

    test('markup from another version: rendered afresh with one warning, never the error notice', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/ssr/other-version.html`);
      await page.waitFor(settled, WIDGET_TAGS);
      const widgets = await page.evaluate(readWidgets, WIDGET_TAGS);
      assert.match(widgets[0].headings[0], /Chemotherapy/);
      const copies = await page.evaluate(headingCopies, WIDGET_TAGS);
      assert.equal(copies.duplicatedInOneRoot, false);
      assert.equal(
        await page.evaluate(() =>
          document.querySelector('net-therapy-card').shadowRoot.querySelector('[part="notice"]'),
        ),
        null,
      );
      await page.settle();
      assert.deepEqual(page.log.pageErrors, []);
      assert.deepEqual(page.log.errors.filter(notOurs), []);
      assert.equal(page.log.warnings.filter((w) => /rendered afresh/.test(w)).length, 1);
      await page.close();
    });

    if (engine === 'chromium') {
      test('no layout shift while the script arrives late and hydrates (CLS 0, no reservation CSS)', async () => {
        const observer = `<script>window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`;
        for (const [path, options] of [
          ['/ssr/cls-end.html', {}],
          ['/ssr/cls-defer.html', { head: '<script src="/dist/net-widgets.js" defer></script>', script: false }],
        ]) {
          server.pages[path] = await ssrPage({ ...options, head: observer + (options.head ?? '') });
        }
        server.delays.set('/dist/net-widgets.js', 300);
        try {
          for (const path of ['/ssr/cls-end.html', '/ssr/cls-defer.html']) {
            for (const width of [390, 1280]) {
              const page = await browser.newPage();
              await page.raw.setViewportSize({ width, height: 800 });
              await page.goto(`${server.origin}${path}`);
              await page.waitFor(settled, WIDGET_TAGS);
              await page.settle(500);
              assert.equal(await page.evaluate(() => window.__cls), 0, `${path} at ${width}px`);
              await page.close();
            }
          }
        } finally {
          server.delays.delete('/dist/net-widgets.js');
        }
      });
    }
  });
}
