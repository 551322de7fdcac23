// Shared helpers for the end-to-end tests: the static server (scripts/lib/serve.mjs), the browser
// launchers (scripts/lib/browsers.mjs), and one small page API over every engine, so a suite is
// written once and runs in Chromium and Firefox ESR.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/lib/project.mjs';
import { hasEngine, launchChromium, launchFirefox, notInstalled } from '../../../scripts/lib/browsers.mjs';

export { serve } from '../../../scripts/lib/serve.mjs';
export { launchChromium };

/** Collect console errors, warnings and uncaught exceptions of a page. */
export function watchConsole(page) {
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  return log;
}

/**
 * The engines a cross-browser e2e suite runs in: Chromium always, Firefox ESR when installed
 * (CI installs it, see .ci/run). A missing Firefox is said out loud, never skipped silently.
 */
export function engines() {
  if (hasEngine('firefox')) return ['chromium', 'firefox'];
  console.warn(`[e2e] ${notInstalled('firefox')}: these tests run in Chromium ONLY.`);
  return ['chromium'];
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A browser of either engine behind one small page API, so a test is written once and runs in
 * both: Chromium through playwright-core, Firefox ESR through puppeteer-core (WebDriver BiDi;
 * Playwright cannot drive Debian's Firefox). Each page gets a fresh browser context (no shared
 * cookies or storage between pages). `initScripts` are source strings run before any page script,
 * in every frame.
 */
export async function launchEngine(name) {
  if (name === 'chromium') {
    const browser = await launchChromium();
    return {
      name,
      close: () => browser.close(),
      async newPage({ initScripts = [] } = {}) {
        const context = await browser.newContext();
        const page = await context.newPage();
        for (const source of initScripts) await page.addInitScript(source);
        return wrapPage(name, page, {
          cookies: () => context.cookies(),
          close: () => context.close(),
        });
      },
    };
  }
  if (name === 'firefox') {
    const browser = await launchFirefox();
    return {
      name,
      close: () => browser.close(),
      async newPage({ initScripts = [] } = {}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        for (const source of initScripts) await page.evaluateOnNewDocument(source);
        return wrapPage(name, page, {
          cookies: () => (typeof context.cookies === 'function' ? context.cookies() : page.cookies()),
          close: () => context.close(),
        });
      },
    };
  }
  throw new Error(`unknown engine ${name}`);
}

function wrapPage(engine, page, { cookies, close }) {
  const log = { errors: [], warnings: [], pageErrors: [], all: [] };
  const requests = [];
  page.on('console', (m) => {
    const type = m.type();
    log.all.push(`${type}: ${m.text()}`);
    if (type === 'error') log.errors.push(m.text());
    if (type === 'warning' || type === 'warn') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => {
    const text = String(e?.message ?? e);
    // Firefox reports its own CSP and Subresource Integrity console messages through the same
    // log channel as exceptions; they are console errors, not exceptions.
    if (
      engine === 'firefox' &&
      (text.startsWith('Content-Security-Policy:') || /hashes in the integrity attribute/.test(text))
    ) {
      log.all.push(`error: ${text}`);
      log.errors.push(text);
      return;
    }
    log.pageErrors.push(text);
  });
  page.on('request', (r) => requests.push(r.url()));
  return {
    engine,
    raw: page,
    log,
    requests,
    cookies,
    close,
    async goto(url) {
      const response = await page.goto(url, { waitUntil: 'load' });
      return response?.status() ?? 0;
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /**
     * Poll `fn(arg)` in the page until it returns something truthy (evaluated through the
     * protocol, so a page's CSP does not get in the way), and return that value.
     */
    async waitFor(fn, arg, { timeout = 8000, what = String(fn).slice(0, 80) } = {}) {
      const end = Date.now() + timeout;
      let lastError;
      for (;;) {
        const value = await page.evaluate(fn, arg).catch((e) => {
          lastError = e;
        });
        if (value) return value;
        if (Date.now() > end) {
          throw new Error(
            `${engine}: timed out after ${timeout} ms waiting for ${what}` +
              (lastError ? ` (last error: ${lastError.message})` : ''),
          );
        }
        await sleep(50);
      }
    },
    /** Let pending tasks, timers and violation reports settle. */
    settle: (ms = 300) => sleep(ms),
  };
}

if (!existsSync(join(ROOT, 'dist/net-widgets.js'))) {
  throw new Error('dist/net-widgets.js is missing: run `npm run build` first.');
}
