// The demo page (demo/index.html) and the examples: the page runs under its own strict CSP, the
// embed-code generator's snippet works when pasted into a blank page, and the examples render.
// Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launchChromium, watchConsole } from './lib/helpers.mjs';
import { ROOT, THERAPY_IDS, TAGS } from '../../scripts/lib/project.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const sri = JSON.parse(readFileSync(join(ROOT, 'dist/net-widgets.sri.json'), 'utf8'));

const pages = {}; // filled by the tests: the server reads it on every request
let server;
let browser;

before(async () => {
  server = await serve({ pages });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the demo with CSP violations recorded from the first script on. */
async function openDemo(context = browser) {
  const page = await context.newPage();
  const log = watchConsole(page);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${server.origin}/demo/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.generatorReady === 'true');
  return { page, log };
}

const snippetOf = (page) => page.textContent('#snippet-code');

/** Paste a snippet into an otherwise blank page on the same server and open it. */
async function paste(snippet, name) {
  pages[`/${name}.html`] = {
    body: `<!doctype html>\n<html lang="en-US">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pasted</title></head>\n<body>\n${snippet}\n</body>\n</html>`,
  };
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/${name}.html`);
  return { page, log };
}

test('the demo renders every widget under its own CSP, with no console error', async () => {
  const { page, log } = await openDemo();
  await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('[data-gallery] net-therapy-card')].filter((el) =>
        el.shadowRoot?.querySelector('h3'),
      ).length === n,
    THERAPY_IDS.length,
  );
  await page.waitForFunction(() => document.querySelector('#se-widget')?.shadowRoot?.querySelector('h3'));
  await page.waitForFunction(() => document.querySelector('#cl-widget')?.shadowRoot?.querySelector('h3'));
  await page.waitForFunction(() => document.querySelector('#cmp-widget')?.shadowRoot?.querySelector('table'));
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self';/);
  assert.doesNotMatch(csp, /unsafe-eval/);
  assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
  const html = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handler attributes');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the locale switcher re-renders the page widgets in the chosen locale', async () => {
  const { page } = await openDemo();
  const langs = () =>
    page.evaluate(() =>
      ['#se-widget', '#cl-widget', '#cmp-widget', '[data-gallery] net-therapy-card'].map((s) =>
        document.querySelector(s).shadowRoot.querySelector('[lang]')?.getAttribute('lang'),
      ),
    );
  await page.waitForFunction(() => document.querySelector('#cl-widget')?.shadowRoot?.querySelector('[lang]'));
  await page.selectOption('#page-locale', 'fr-CA');
  await page.waitForFunction(
    () => document.querySelector('#cl-widget').shadowRoot.querySelector('[lang]').getAttribute('lang') === 'fr-CA',
  );
  assert.deepEqual(await langs(), ['fr-CA', 'fr-CA', 'fr-CA', 'fr-CA']);
  await page.selectOption('#page-locale', 'en-GB');
  await page.waitForFunction(
    () => document.querySelector('#cl-widget').shadowRoot.querySelector('[lang]').getAttribute('lang') === 'en-GB',
  );
  assert.deepEqual(await langs(), ['en-GB', 'en-GB', 'en-GB', 'en-GB']);
  await page.close();
});

test('the comparison section: the picker sets 2 to 4 treatments; the contact line shows in the widget', async () => {
  const { page, log } = await openDemo();
  const columns = () =>
    page.evaluate(() =>
      [...document.querySelector('#cmp-widget').shadowRoot.querySelectorAll('thead th')].map((th) =>
        th.textContent.trim(),
      ),
    );
  await page.waitForFunction(() => document.querySelector('#cmp-widget')?.shadowRoot?.querySelector('table'));
  assert.equal((await columns()).length, 3);
  // The picker starts from the widget's own attribute.
  assert.deepEqual(await page.$$eval('#cmp-picker input:checked', (inputs) => inputs.map((i) => i.value)), [
    'surgery',
    'somatostatin-analogues',
    'prrt',
  ]);
  await page.check('#cmp-chemotherapy');
  await page.waitForFunction(
    () => document.querySelector('#cmp-widget').shadowRoot.querySelectorAll('thead th').length === 4,
  );
  assert.equal(await page.getAttribute('#cmp-widget', 'therapies'), 'surgery,somatostatin-analogues,chemotherapy,prrt');
  // Four is the most: the other boxes are disabled.
  assert.equal(await page.isDisabled('#cmp-immunotherapy'), true);
  await page.uncheck('#cmp-surgery');
  await page.uncheck('#cmp-prrt');
  await page.uncheck('#cmp-chemotherapy');
  // One left: the widget says what is wrong (its own message), never blank.
  await page.waitForFunction(() => document.querySelector('#cmp-widget').shadowRoot.querySelector('[part="notice"]'));
  // The host's contact line, labelled, in the comparison and in the side-effect list.
  await page.check('#cmp-prrt');
  await page.waitForFunction(() => document.querySelector('#cmp-widget').shadowRoot.querySelector('table'));
  const contact = await page.evaluate(() =>
    ['#cmp-widget', '#se-widget'].map((s) => {
      const el = document.querySelector(s);
      const wrapper = el.shadowRoot.querySelector('[part~="contact"]');
      const box = wrapper.closest('tr') ?? wrapper;
      return [
        box.checkVisibility(),
        box.textContent.includes('From your care team'),
        el.querySelector('[slot="contact"]').assignedSlot !== null,
      ];
    }),
  );
  assert.deepEqual(contact, [
    [true, true, true],
    [true, true, true],
  ]);
  // The list on the page gives the comparison its "full list" button.
  assert.equal(
    await page.evaluate(
      () => document.querySelector('#cmp-widget').shadowRoot.querySelectorAll('[part="side-effects-button"]').length,
    ),
    1,
  );
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the demo shows the content version and next-review date from NetWidgets.content', async () => {
  const { page } = await openDemo();
  const shown = await page.evaluate(() => ({
    api: window.NetWidgets.content,
    versions: [...document.querySelectorAll('[data-content-version]')].map((el) => el.textContent),
    review: document.querySelector('[data-content-review]').dateTime,
    text: document.querySelector('[data-content-review]').textContent,
  }));
  assert.match(shown.api.version, /^\d{4}\.\d{1,2}\.\d+$/);
  assert.deepEqual(shown.versions, [shown.api.version, shown.api.version]);
  assert.equal(shown.review, shown.api.nextReview);
  const [y, m, d] = shown.api.nextReview.split('-').map(Number);
  assert.equal(
    shown.text,
    new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  );
  await page.close();
});

test('the checklist event reaches the host page', async () => {
  const { page } = await openDemo();
  await page.waitForFunction(() =>
    document.querySelector('#cl-widget')?.shadowRoot?.querySelector('input[type="checkbox"]'),
  );
  await page.locator('#cl-widget input[type="checkbox"]').first().check();
  await page.waitForFunction(() => /^1 of \d+ discussed/.test(document.querySelector('#cl-log').textContent));
  await page.close();
});

test('the default snippet is pinned (version + SRI) and works pasted into a blank page', async () => {
  const { page: demo } = await openDemo();
  const snippet = await snippetOf(demo);
  await demo.close();
  assert.ok(snippet.includes(`/dist/net-widgets-${pkg.version}.js"`), snippet);
  assert.ok(snippet.includes(`integrity="${sri.integrity}"`), 'the integrity hash of dist/net-widgets.sri.json');
  assert.ok(snippet.includes('crossorigin="anonymous"'));
  assert.ok(snippet.includes('<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>'), snippet);

  const { page, log } = await paste(snippet, 'pasted-default');
  const heading = await page.waitForFunction(() =>
    document.querySelector('net-therapy-card')?.shadowRoot?.querySelector('h2')?.textContent.trim(),
  );
  assert.ok((await heading.jsonValue()).length > 3);
  assert.equal(await page.evaluate(() => window.NetWidgets?.version), pkg.version);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a customised snippet (checklist, h4, fr-CA, theme, persist) works pasted, as the preview shows', async () => {
  const { page: demo } = await openDemo();
  await demo.selectOption('#g-element', 'net-decision-checklist');
  assert.equal(await demo.isVisible('#g-therapy'), false, 'no therapy for the checklist');
  await demo.selectOption('#g-level', '4');
  await demo.selectOption('#g-locale', 'fr-CA');
  await demo.selectOption('#g-theme', 'teal');
  await demo.check('#g-persist');
  const snippet = await snippetOf(demo);
  assert.match(snippet, /data-locale="fr-CA"/);
  assert.match(snippet, /<net-decision-checklist heading-level="4" persist><\/net-decision-checklist>/);
  assert.match(snippet, /--net-color-accent: #00665e;/);

  // The live preview runs the same snippet.
  const frame = demo.frameLocator('#preview');
  await frame.locator('net-decision-checklist h4').first().waitFor();
  assert.equal(await frame.locator('net-decision-checklist [lang]').first().getAttribute('lang'), 'fr-CA');
  await demo.close();

  const { page, log } = await paste(snippet, 'pasted-custom');
  await page.waitForFunction(() => document.querySelector('net-decision-checklist')?.shadowRoot?.querySelector('h4'));
  const state = await page.evaluate(() => {
    const el = document.querySelector('net-decision-checklist');
    return {
      lang: el.shadowRoot.querySelector('[lang]').getAttribute('lang'),
      accent: getComputedStyle(el).getPropertyValue('--net-color-accent').trim(),
      persist: el.persist,
    };
  });
  assert.deepEqual(state, { lang: 'fr-CA', accent: '#00665e', persist: '' });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('a comparison snippet (picker, contact line) works pasted; markup typed in the contact line stays text', async () => {
  const { page: demo } = await openDemo();
  await demo.selectOption('#g-element', 'net-treatment-comparison');
  assert.equal(await demo.isVisible('#g-therapy'), false, 'no single therapy for the comparison');
  assert.equal(await demo.isVisible('#g-therapies'), true);
  await demo.uncheck('#g-somatostatin-analogues');
  await demo.check('#g-chemotherapy');
  await demo.check('#g-immunotherapy');
  assert.equal(await demo.isDisabled('#g-clinical-trials'), true, 'at most four');
  const typed = 'Call <b>us</b> on 555 & <img src=x onerror="window.__xss=1"> "now"';
  await demo.fill('#g-contact', typed);
  const snippet = await snippetOf(demo);
  assert.match(snippet, /<net-treatment-comparison therapies="surgery,chemotherapy,prrt,immunotherapy">/);
  assert.ok(
    snippet.includes(
      '<p slot="contact">Call &lt;b&gt;us&lt;/b&gt; on 555 &amp; &lt;img src=x onerror="window.__xss=1"&gt; "now"</p>',
    ),
    snippet,
  );
  assert.doesNotMatch(snippet, /<img|<b>/);
  // The preview runs it.
  const frame = demo.frameLocator('#preview');
  await frame.locator('net-treatment-comparison table').first().waitFor();
  await demo.close();

  const { page, log } = await paste(snippet, 'pasted-comparison');
  await page.waitForFunction(() =>
    document.querySelector('net-treatment-comparison')?.shadowRoot?.querySelector('table'),
  );
  const state = await page.evaluate(() => {
    const el = document.querySelector('net-treatment-comparison');
    const line = el.querySelector('[slot="contact"]');
    return {
      columns: el.shadowRoot.querySelectorAll('thead th').length,
      text: line.textContent,
      injected: document.querySelectorAll('img, b').length,
      xss: window.__xss ?? null,
      shown: el.shadowRoot.querySelector('tr.contact-row').checkVisibility(),
    };
  });
  assert.deepEqual(state, { columns: 4, text: typed, injected: 0, xss: null, shown: true });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('the contact line works for every element, and an empty one writes no slot', async () => {
  const { page } = await openDemo();
  for (const element of TAGS) {
    await page.selectOption('#g-element', element);
    await page.fill('#g-contact', '  Call   the team.  ');
    assert.match(
      await snippetOf(page),
      new RegExp(`<${element}[^>]*>\\n  <p slot="contact">Call the team.</p>\\n</${element}>`),
    );
    await page.fill('#g-contact', '   ');
    assert.doesNotMatch(await snippetOf(page), /slot="contact"/);
  }
  await page.close();
});

test('a snippet without the script tag is only the element; the hosted-at folder is used', async () => {
  const { page } = await openDemo();
  await page.fill('#g-base', 'https://www.example-hospital.org/assets/js');
  let snippet = await snippetOf(page);
  assert.ok(
    snippet.includes(`src="https://www.example-hospital.org/assets/js/net-widgets-${pkg.version}.js"`),
    snippet,
  );
  await page.uncheck('#g-script');
  snippet = await snippetOf(page);
  assert.equal(snippet, '<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>');
  await page.close();
});

test('the Copy button puts the snippet on the clipboard', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const { page } = await openDemo(context);
  await page.click('#copy-snippet');
  await page.waitForFunction(() => document.querySelector('#copy-status').textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await snippetOf(page));
  await context.close();
});

test('examples/wordpress-custom-html.html works as pasted into a Custom HTML block', async () => {
  const snippet = readFileSync(join(ROOT, 'examples/wordpress-custom-html.html'), 'utf8');
  const src = /<script src="([^"]+)"/.exec(snippet)[1];
  assert.equal(src, `/wp-content/uploads/net-widgets/net-widgets-${pkg.version}.js`, 'pinned to this version');
  // The WordPress page: theme markup around the block; the uploaded file is the pinned copy.
  pages['/wp/treatments/'] = {
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Treatments – Hospital</title></head>
<body class="page"><main class="entry-content"><h2>PRRT</h2>
<div class="wp-block-html">${snippet}</div></main></body></html>`,
  };
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.route(`**${src}`, (route) =>
    route.fulfill({ path: join(ROOT, 'dist', sri.file), contentType: 'text/javascript' }),
  );
  await page.goto(`${server.origin}/wp/treatments/`);
  await page.waitForFunction(() =>
    ['net-therapy-card', 'net-side-effect-list'].every((t) =>
      document.querySelector(t)?.shadowRoot?.querySelector('h3'),
    ),
  );
  assert.equal(
    await page.evaluate(() =>
      document.querySelector('net-therapy-card').shadowRoot.querySelector('[lang]').getAttribute('lang'),
    ),
    'en-GB',
  );
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});

test('examples/plain-html renders every widget', async () => {
  const page = await browser.newPage();
  const log = watchConsole(page);
  await page.goto(`${server.origin}/examples/plain-html/index.html`);
  await page.waitForFunction(
    (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('h3')),
    TAGS,
  );
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.pageErrors, []);
  await page.close();
});
