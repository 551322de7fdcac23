// The one static server of the tests and the benchmark: @web/dev-server on the repository root, on
// 127.0.0.1 and a free port (port 0, so it runs beside `npm start` and beside itself), with one
// middleware of ours for what the tests need of it: pages made in memory, extra response headers
// per path (a page's CSP), an optional delay per path (the benchmark's stand-in for a slow
// network), a log of every request, and, for drivers without init scripts (WebKit's WebDriver),
// scripts put at the top of every HTML page (`injectHead`), as external files, so a strict CSP
// (script-src 'self') lets them run.
import { getResponseBody } from '@web/dev-server-core';
import { startDevServer } from '@web/dev-server';
import { ROOT } from './project.mjs';

/** Every running server by origin, so the e2e page API can find the one a page comes from. */
const running = new Map();

/** The server started by serve() in this process for `origin` (e.g. http://127.0.0.1:4321), if any. */
export function serverAt(origin) {
  return running.get(origin);
}

const HEAD_SCRIPTS = '/__e2e/head/';

/** `html` with `tags` placed right after its <head> (or <html>) start tag, or at its start. */
function intoHead(html, tags) {
  for (const start of [/<head(\s[^>]*)?>/i, /<html(\s[^>]*)?>/i, /<!doctype[^>]*>/i]) {
    const m = start.exec(html);
    if (m) return html.slice(0, m.index + m[0].length) + tags + html.slice(m.index + m[0].length);
  }
  return tags + html;
}

/**
 * Start the server.
 * - `root`: the folder served (default: the repository root).
 * - `pages`: path → HTML string, or → `{ body, headers }` (`body` a string or the bytes of a page
 *   in another encoding; `headers` may give another content type, a script's without a charset);
 *   a Map or a plain object, read on every request, so a test may add pages after the server started.
 * - `headers`: path → extra response headers for a file served from `root`.
 * - `delays`: path → milliseconds to wait before answering (a Map; also `server.delays`).
 *
 * Returns `{ origin, pages, delays, requests, log, injectHead, close }`: `requests` lists every
 * path asked for, `log` every request in full (method, path with query, request headers);
 * `injectHead(sources)` makes every HTML page start with those scripts (in order, in every frame)
 * until it is called again (with [] to stop). Requests for the injected scripts are not logged.
 */
export async function serve({ root = ROOT, pages = new Map(), headers = {}, delays = new Map() } = {}) {
  const requests = [];
  const log = [];
  let injected = { sources: [], generation: 0 };
  const pageAt = (path) => {
    const page = pages instanceof Map ? pages.get(path) : Object.hasOwn(pages, path) ? pages[path] : undefined;
    return typeof page === 'string' ? { body: page } : page;
  };
  // Bytes are spliced as latin1 (one character per byte, both ways), so a page in another
  // encoding keeps every byte; the tags are ASCII.
  const withHead = (html) => {
    if (!injected.sources.length) return html;
    const tags = injected.sources
      .map((_, i) => `<script src="${HEAD_SCRIPTS}${i}.js?g=${injected.generation}"></script>`)
      .join('');
    return Buffer.isBuffer(html)
      ? Buffer.from(intoHead(html.toString('latin1'), tags), 'latin1')
      : intoHead(String(html), tags);
  };

  /** Koa middleware in front of the dev server's own file serving. */
  async function testPages(ctx, next) {
    const path = ctx.path;
    if (path.startsWith(HEAD_SCRIPTS)) {
      const source = injected.sources[Number(path.slice(HEAD_SCRIPTS.length).replace(/\.js$/, ''))];
      if (source === undefined) return void (ctx.status = 404);
      ctx.set({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      ctx.body = source;
      return;
    }
    requests.push(path);
    log.push({ method: ctx.method, path: ctx.url, headers: { ...ctx.headers } });
    const delay = delays.get(path);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const page = pageAt(path);
    if (page) {
      // Headers first: Koa then keeps the content type given instead of guessing one.
      ctx.set({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(page.headers ?? {}) });
      ctx.status = 200;
      ctx.body = ctx.response.get('content-type').startsWith('text/html') ? withHead(page.body) : page.body;
      return;
    }
    // Browsers ask for /favicon.ico on a page without an icon link; a 404 there is a console error
    // that has nothing to do with the widgets (the request is still logged above).
    if (path === '/favicon.ico') return void (ctx.status = 204);
    await next();
    if (ctx.status !== 200) return;
    // Every response as sent, never a 304 against the browser's cache: each test page is fresh.
    ctx.set('cache-control', 'no-store');
    ctx.remove('etag');
    ctx.remove('last-modified');
    for (const [name, value] of Object.entries(headers[path] ?? {})) ctx.set(name, value);
    if (injected.sources.length && ctx.response.is('html')) ctx.body = withHead(await getResponseBody(ctx));
  }

  const server = await startDevServer({
    config: { rootDir: root, hostname: '127.0.0.1', port: 0, middleware: [testPages], plugins: [] },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const origin = `http://127.0.0.1:${server.server.address().port}`;
  const handle = {
    origin,
    pages,
    delays,
    requests,
    log,
    injectHead(sources) {
      injected = { sources: [...sources], generation: injected.generation + 1 };
    },
    close: () => {
      running.delete(origin);
      return server.stop();
    },
  };
  running.set(origin, handle);
  return handle;
}
