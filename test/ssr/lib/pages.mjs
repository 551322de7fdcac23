// Shared by the server-rendering suites (test/e2e/ssr-*.test.mjs, test/ssr/, the benchmark):
// host pages rendered by dist/ssr, and browsers with JavaScript switched off in each engine.
/* global document, getComputedStyle, customElements -- readWidgets runs in the page (page.evaluate) */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../../scripts/lib/project.mjs';
import { FIREFOX_PATH, launchChromium } from '../../../scripts/lib/browsers.mjs';

const SSR = join(ROOT, 'dist/ssr/index.js');
if (!existsSync(SSR)) throw new Error('dist/ssr/index.js is missing: run `npm run build` first.');
export const { renderWidgets } = await import(pathToFileURL(SSR).href);

/** The widgets a reader meets on a page: a card and its side-effect list, and the checklist. */
export const WIDGETS = `<net-therapy-card therapy="chemotherapy"></net-therapy-card>
<net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
<net-decision-checklist persist="ssr-test"></net-decision-checklist>`;

/** The tags in WIDGETS, read from it so the two cannot drift. */
export const WIDGET_TAGS = [...WIDGETS.matchAll(/<(net-[a-z-]+)/g)].map((m) => m[1]);

/**
 * A host page, server-rendered by renderWidgets in `serverLocale`: `<html lang>` is `pageLang`,
 * `head` and `beforeScript` are the host's own, and the bundle's script tag ends the body unless
 * `script` is false. No favicon request (a data: icon).
 */
export async function ssrPage({
  serverLocale = 'en-US',
  pageLang = serverLocale,
  widgets = WIDGETS,
  head = '',
  beforeScript = '',
  script = '<script src="/dist/net-widgets.js"></script>',
} = {}) {
  return renderWidgets(
    `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><title>Server-rendered widgets</title>` +
      `<link rel="icon" href="data:,">${head}</head><body><h1>Treatments</h1><p>The host's own text.</p>\n${widgets}\n` +
      `<p>More host text below the widgets.</p>${beforeScript}${script || ''}</body></html>`,
    { locale: serverLocale },
  );
}

/** The engines launchWithoutJavaScript can switch JavaScript off in. */
export const NO_SCRIPT_ENGINES = ['chromium', 'firefox'];

/**
 * A browser of `engine` in which no page script runs (Chromium: a context with JavaScript off;
 * Firefox ESR: the javascript.enabled pref, since its WebDriver BiDi has no scripting switch).
 * The tests still read the DOM through the protocol. Returns { goto(url), evaluate(fn, arg), close() }.
 */
export async function launchWithoutJavaScript(engine) {
  if (engine === 'chromium') {
    const browser = await launchChromium();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    return {
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      close: () => browser.close(),
    };
  }
  if (engine !== 'firefox')
    throw new Error(`launchWithoutJavaScript: no way to switch JavaScript off in ${engine} here`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: { 'javascript.enabled': false },
  });
  const page = await browser.newPage();
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    close: () => browser.close(),
  };
}

/**
 * In the page: what a reader gets from each widget. For every widget element: whether its shadow
 * root is there, its headings' text, the content's lang, whether it is laid out and visibly sized,
 * whether the widget's styles apply (rounded box, bold heading), and its script state.
 */
export function readWidgets(tags) {
  return [...document.querySelectorAll(tags.join(','))].map((el) => {
    const root = el.shadowRoot;
    const headings = root ? [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')] : [];
    const top = headings[0];
    const box = el.getBoundingClientRect();
    const surface = root?.querySelector('.surface');
    return {
      tag: el.localName,
      shadow: !!root,
      headings: headings.map((h) => h.textContent.trim()),
      lang: root?.querySelector('[lang]')?.getAttribute('lang') ?? null,
      text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
      height: box.height,
      headingSize: top ? parseFloat(getComputedStyle(top).fontSize) : 0,
      headingVisible: top
        ? top.getBoundingClientRect().height > 0 && getComputedStyle(top).visibility === 'visible'
        : false,
      styled: surface ? getComputedStyle(surface).borderTopLeftRadius !== '0px' : false,
      defined: !!customElements.get(el.localName),
      styleElements: root ? root.querySelectorAll('style').length : 0,
      adopted: root?.adoptedStyleSheets?.length ?? 0,
    };
  });
}
