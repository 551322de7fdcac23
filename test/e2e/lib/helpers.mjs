// Shared helpers for the end-to-end tests: the static server (scripts/lib/serve.mjs), the browser
// launchers (scripts/lib/browsers.mjs), and one small page API over every engine, so a suite is
// written once and runs in Chromium, Firefox ESR and WebKit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, THERAPY_IDS } from '../../../scripts/lib/project.mjs';
import { launchChromium, launchFirefox, launchWebKit, selectedEngines } from '../../../scripts/lib/browsers.mjs';
import { serverAt } from '../../../scripts/lib/serve.mjs';

export { serve } from '../../../scripts/lib/serve.mjs';
export { launchChromium };

/**
 * A served page with every therapy's card and side-effect list, then the checklist and `extra`
 * (more widgets), in `<html lang>`; the bundle ends the body. For `serve({ pages })`.
 */
export function allWidgetsPage(lang, extra = '') {
  const all = THERAPY_IDS.map(
    (id) => `<net-therapy-card therapy="${id}"></net-therapy-card>
      <net-side-effect-list therapy="${id}"></net-side-effect-list>`,
  ).join('\n');
  return {
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
      <title>All widgets</title></head><body><main>${all}
      <net-decision-checklist></net-decision-checklist>${extra}</main>
      <script src="/dist/net-widgets.js"></script></body></html>`,
  };
}

/** Collect console errors, warnings and uncaught exceptions of a (Playwright) page. */
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
 * The engines a cross-browser e2e suite runs in: Chromium always, Firefox ESR and WebKit when
 * installed (CI installs both, see .ci/run); ENGINES=webkit (etc.) picks some. A missing engine is
 * said out loud, never skipped silently.
 */
export function engines() {
  return selectedEngines('e2e');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A browser of any engine behind one small page API, so a test is written once and runs in all:
 * Chromium through playwright-core, Firefox ESR through puppeteer-core (WebDriver BiDi;
 * Playwright cannot drive Debian's Firefox), WebKit through its WebDriver (scripts/lib/webdriver.mjs).
 * Each page gets a fresh browser context (no shared cookies or storage between pages).
 *
 * newPage({ initScripts, viewport, locale }): `initScripts` are source strings run before any page
 * script, in every frame; `viewport` is { width, height } in CSS pixels; `locale` sets
 * navigator.languages where the engine allows it (`setsLocale`; `whyNoLocale` says why not).
 *
 *
 * The page: goto(url) → HTTP status; evaluate(fn, arg); waitFor(fn, arg, { timeout, what });
 * press(key) (Playwright key names, chords such as 'Shift+Tab'); settle(ms); cookies(); close();
 * `log` ({ errors, warnings, pageErrors, all }) and `requests` (URLs), both kept up to date;
 * `seesBrowserMessages`: whether `log` also holds the browser's own messages (CSP, integrity):
 * false in WebKit, whose WebDriver has no console, so there `log` holds what page scripts logged.
 */
export async function launchEngine(name) {
  if (name === 'chromium') {
    const browser = await launchChromium();
    return {
      name,
      setsLocale: true,
      close: () => browser.close(),
      async newPage({ initScripts = [], viewport, locale } = {}) {
        const context = await browser.newContext({ ...(viewport ? { viewport } : {}), ...(locale ? { locale } : {}) });
        const page = await context.newPage();
        for (const source of initScripts) await page.addInitScript(source);
        return wrapPage(name, page, {
          cookies: () => context.cookies(),
          close: () => context.close(),
          press: (key) => page.keyboard.press(key),
        });
      },
    };
  }
  if (name === 'firefox') {
    const browser = await launchFirefox();
    return {
      name,
      setsLocale: false,
      whyNoLocale: 'puppeteer-core has no per-page language for Firefox over WebDriver BiDi',
      close: () => browser.close(),
      async newPage({ initScripts = [], viewport, locale } = {}) {
        if (locale) throw new Error(`firefox: ${this.whyNoLocale}`);
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        if (viewport) await page.setViewport(viewport);
        for (const source of initScripts) await page.evaluateOnNewDocument(source);
        return wrapPage(name, page, {
          cookies: () => (typeof context.cookies === 'function' ? context.cookies() : page.cookies()),
          close: () => context.close(),
          // Puppeteer presses one key at a time: hold the chord's modifiers around the last key.
          async press(key) {
            const keys = key.length > 1 && key.includes('+') ? key.split('+') : [key];
            const last = keys.pop();
            for (const k of keys) await page.keyboard.down(k);
            await page.keyboard.press(last);
            for (const k of keys.reverse()) await page.keyboard.up(k);
          },
        });
      },
    };
  }
  if (name === 'webkit') {
    // Every page is a browser of its own (the driver allows one session per browser); closing the
    // engine closes the pages a failed test left open.
    const open = new Set();
    return {
      name,
      setsLocale: false,
      whyNoLocale:
        "WebKitGTK takes navigator.languages from the system locale (LANG), and the test machine's only locales are C and POSIX",
      close: () => Promise.all([...open].map((page) => page.close())),
      async newPage(options = {}) {
        if (options.locale) throw new Error(`webkit: ${this.whyNoLocale}`);
        const page = await webkitPage(options);
        open.add(page);
        const close = page.close;
        page.close = () => {
          open.delete(page);
          return close();
        };
        return page;
      },
    };
  }
  throw new Error(`unknown engine ${name}`);
}

function wrapPage(engine, page, { cookies, close, press }) {
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
  return pageApi(engine, {
    raw: page,
    seesBrowserMessages: true,
    log,
    requests,
    cookies,
    close,
    press,
    async goto(url) {
      const response = await page.goto(url, { waitUntil: 'load' });
      return response?.status() ?? 0;
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
  });
}

/** The longest settle() waits for a page to become idle (a page that never does is a failing test's to report). */
const IDLE_TIMEOUT = 20000;

/**
 * Run in the page: resolves once it has loaded and no widget has an update pending, two frames
 * and a task after the last update (the frames let layout, slot changes and reports run). Written
 * with thenables, so a host page that replaced Promise (test/fixtures/hostile/) is not involved;
 * a hidden page, which gets no frames, waits a task instead.
 */
function pageIdle() {
  const after = (schedule) => ({ then: (resolve) => schedule(resolve) });
  const frame = (resolve) =>
    document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(resolve, 0))
      : setTimeout(resolve, 0);
  const widgets = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('net-') && 'updateComplete' in el) out.push(el);
      if (el.shadowRoot) widgets(el.shadowRoot, out);
    }
    return out;
  };
  return (async () => {
    if (document.readyState !== 'complete') await after((r) => addEventListener('load', r, { once: true }));
    for (let round = 0; round < 20; round++) {
      const all = widgets(document);
      const pending = all.some((el) => el.isUpdatePending);
      for (const el of all) await el.updateComplete;
      await after(frame);
      await after(frame);
      if (!pending) break;
    }
    return true;
  })();
}

/** What every engine's page shares: waitFor and settle on top of its own evaluate. */
function pageApi(engine, own) {
  return {
    engine,
    ...own,
    /**
     * Poll `fn(arg)` in the page until it returns something truthy (evaluated through the
     * protocol, so a page's CSP does not get in the way), and return that value.
     */
    async waitFor(fn, arg, { timeout = 20000, what = String(fn).slice(0, 80) } = {}) {
      const end = Date.now() + timeout;
      let lastError;
      for (;;) {
        const value = await own.evaluate(fn, arg).catch((e) => {
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
    /**
     * Let the page finish what it started, before a test looks for what must not have happened
     * (an error, a CSP report, a storage write): waits for the page (pageIdle) and at least `ms`,
     * so a busy machine, which slows the page and the clock alike, cannot cut the wait short.
     */
    async settle(ms = 300) {
      const start = Date.now();
      await Promise.race([own.evaluate(pageIdle).catch(() => undefined), sleep(IDLE_TIMEOUT)]);
      const left = ms - (Date.now() - start);
      if (left > 0) await sleep(left);
      await own.sync?.();
    },
  };
}

/**
 * Injected first into every page a WebKit page opens (WebDriver has no console or request
 * events, and WebKit's driver moves values with the page's own JSON, which hostile pages break):
 * records console.error / console.warn calls and uncaught errors, and offers `window.__e2e`:
 * drain() (what was recorded, plus the URLs the document loaded since the last call, from Resource
 * Timing) and run(fn, args, done) (fn's result, encoded as JSON text by a serializer of its own),
 * both with the Promise, JSON and Object built-ins as they were before any page script ran.
 */
function webkitRecorder() {
  const { stringify } = JSON;
  const NativePromise = Promise;
  const { keys } = Object;
  const isArray = Array.isArray;
  /** JSON text for `value`, ignoring any toJSON a page added to the built-in prototypes. */
  const encode = (value) => {
    if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol')
      return 'null';
    if (typeof value !== 'object') return stringify(value);
    if (isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + encode(value[i]);
      return out + ']';
    }
    let out = '{';
    let first = true;
    for (const key of keys(value)) {
      const v = value[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out += (first ? '' : ',') + stringify(key) + ':' + encode(v);
      first = false;
    }
    return out + '}';
  };
  const log = { errors: [], warnings: [], pageErrors: [] };
  const text = (args) =>
    args
      .map((a) => {
        if (typeof a === 'string') return a;
        if (a instanceof Error) return `${a.name}: ${a.message}`;
        try {
          return stringify(a) ?? String(a);
        } catch {
          return String(a);
        }
      })
      .join(' ');
  for (const [method, list] of [
    ['error', log.errors],
    ['warn', log.warnings],
  ]) {
    const original = console[method];
    console[method] = function (...args) {
      list.push(text(args));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => log.pageErrors.push(String(e.error?.message ?? e.message)));
  addEventListener('unhandledrejection', (e) => log.pageErrors.push(String(e.reason?.message ?? e.reason)));
  let seen = 0;
  Object.defineProperty(window, '__e2e', {
    configurable: true,
    value: Object.freeze({
      drain() {
        const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
        const urls = entries.map((e) => e.name);
        const out = {
          errors: log.errors.splice(0),
          warnings: log.warnings.splice(0),
          pageErrors: log.pageErrors.splice(0),
          urls: urls.slice(seen),
        };
        seen = urls.length;
        return encode(out);
      },
      run(fn, args, done) {
        // A string only: WebKit's driver walks an object's enumerable properties, inherited ones too.
        new NativePromise((resolve) => resolve(fn.apply(null, args))).then(
          (value) => done(`ok:${encode(value)}`),
          (e) => done(`error:${String((e && e.stack) || e)}`),
        );
      },
    }),
  });
}

const asSource = (script) => (typeof script === 'function' ? `(${script})();` : String(script));

/** A WebKit page: its own MiniBrowser (a fresh profile), the page API over WebDriver. */
async function webkitPage({ initScripts = [], viewport } = {}) {
  const webkit = await launchWebKit();
  const { session } = webkit;
  if (viewport) {
    // MiniBrowser's window has a toolbar (38 px) and a minimum width (447 px); narrower
    // viewports need a framed page (see test/e2e/reflow.test.mjs).
    const rect = await session.setWindowRect({ width: viewport.width, height: viewport.height + 38 });
    if (rect.width !== viewport.width) {
      await webkit.close();
      throw new Error(`webkit: the window cannot be ${viewport.width} px wide (at least ${rect.width} px)`);
    }
  }
  const log = { errors: [], warnings: [], pageErrors: [], all: [] };
  const requests = [];
  const inject = [asSource(webkitRecorder), ...initScripts.map(asSource)];
  let server;
  let closed = false;

  /** Fetch what the recorder saw since the last time. */
  async function sync() {
    const text = await session.execute('return window.__e2e ? window.__e2e.drain() : null').catch(() => null);
    if (!text) return;
    const seen = JSON.parse(text);
    for (const [kind, type] of Object.entries({ errors: 'error', warnings: 'warning', pageErrors: 'pageerror' })) {
      for (const message of seen[kind]) {
        log[kind].push(message);
        log.all.push(`${type}: ${message}`);
      }
    }
    requests.push(...seen.urls.filter((u) => !new URL(u).pathname.startsWith('/__e2e/')));
  }

  /**
   * Run `fn(arg)` in the page. The argument is written into the script as a literal and the
   * result comes back as JSON text (window.__e2e.run), so a page's broken JSON cannot get in the way.
   */
  async function evaluate(fn, arg) {
    const body =
      typeof fn === 'function'
        ? `return (${fn}).apply(null, arguments);`
        : // A string is a script: run it as a function body (as page.evaluate(string) would run it).
          String(fn);
    const script = `const done = arguments[arguments.length - 1];
      const fn = function () { ${body}\n};
      const args = ${arg === undefined ? '[]' : `[${JSON.stringify(arg)}]`};
      if (window.__e2e) window.__e2e.run(fn, args, done);
      else Promise.resolve().then(() => fn.apply(null, args)).then(
        (value) => done('ok:' + JSON.stringify(value === undefined ? null : value)),
        (e) => done('error:' + String((e && e.stack) || e)));`;
    const result = String(await session.executeAsync(script));
    await sync();
    if (!result.startsWith('ok:')) throw new Error(`webkit: ${result.replace(/^error:/, '')}`);
    return JSON.parse(result.slice(3));
  }

  return pageApi('webkit', {
    raw: session,
    // Only what page scripts log: WebDriver does not show the browser's own console messages.
    seesBrowserMessages: false,
    log,
    requests,
    sync,
    async goto(url) {
      await sync();
      server?.injectHead([]);
      server = serverAt(new URL(url).origin);
      if (!server) throw new Error(`webkit: ${url} is not served by scripts/lib/serve.mjs in this process`);
      server.injectHead(inject);
      await session.navigate(url);
      await sync();
      const status = await session.execute(
        'const [nav] = performance.getEntriesByType("navigation"); return nav && nav.responseStatus;',
      );
      return status || 200;
    },
    evaluate,
    press: (key) => session.press(key),
    cookies: () => session.cookies(),
    async close() {
      if (closed) return;
      closed = true;
      server?.injectHead([]);
      await webkit.close();
    },
  });
}

if (!existsSync(join(ROOT, 'dist/net-widgets.js'))) {
  throw new Error('dist/net-widgets.js is missing: run `npm run build` first.');
}
