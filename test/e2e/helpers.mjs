// Shared helpers for the end-to-end tests: a static file server on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (which downloads nothing).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, FIREFOX_PATH, requireChromium } from '../../scripts/browsers.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

/**
 * Serve the repository root. `pages` maps a path to { body, headers } for pages made in a test;
 * every request is recorded in `requests`.
 */
export async function serve({ pages = {}, headers = {} } = {}) {
  const requests = [];
  /** Every request in full (method, path with query, request headers), for the privacy tests. */
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    log.push({ method: req.method, path: url.pathname + url.search, headers: { ...req.headers } });
    // Chromium asks for /favicon.ico on a page without an icon link; a 404 there is a console
    // error that has nothing to do with the widgets (the request is still logged above).
    if (url.pathname === '/favicon.ico' && !pages[url.pathname]) {
      res.writeHead(204).end();
      return;
    }
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...(page.headers ?? {}) });
      res.end(page.body);
      return;
    }
    const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
    if (!path.startsWith(ROOT)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        // `headers` maps a served file's path to extra response headers (a page's CSP, say).
        ...(headers[url.pathname] ?? {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    log,
    close: () => new Promise((r) => server.close(r)),
  };
}

export async function launchChromium() {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS });
}

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
  if (existsSync(FIREFOX_PATH)) return ['chromium', 'firefox'];
  console.warn(
    `[e2e] Firefox ESR not found at ${FIREFOX_PATH}: these tests run in Chromium ONLY ` +
      `(apt-get install -y firefox-esr, or set FIREFOX_PATH).`,
  );
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
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
    });
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
