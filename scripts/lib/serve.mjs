// The one static file server of the tests and the benchmark: the repository root on 127.0.0.1, on
// a free port (listen(0), so it runs beside `npm start` and beside itself), plus pages made in
// memory, extra response headers per path (a page's CSP), an optional delay per path (the
// benchmark's stand-in for a slow network) and a log of every request. For drivers without init
// scripts (WebKit's WebDriver), it can put scripts at the top of every HTML page it serves
// (`injectHead`), as external files, so a strict CSP (script-src 'self') lets them run.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './project.mjs';

/** Content types by file extension; anything else is served as application/octet-stream. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

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
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname.startsWith(HEAD_SCRIPTS)) {
      const source = injected.sources[Number(url.pathname.slice(HEAD_SCRIPTS.length).replace(/\.js$/, ''))];
      if (source === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'no-store' }).end(source);
      return;
    }
    requests.push(url.pathname);
    log.push({ method: req.method, path: url.pathname + url.search, headers: { ...req.headers } });
    const delay = delays.get(url.pathname);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const page = pageAt(url.pathname);
    if (page) {
      const head = { 'content-type': MIME['.html'], 'cache-control': 'no-store', ...(page.headers ?? {}) };
      res.writeHead(200, head);
      res.end(head['content-type'].startsWith('text/html') ? withHead(page.body) : page.body);
      return;
    }
    // Browsers ask for /favicon.ico on a page without an icon link; a 404 there is a console error
    // that has nothing to do with the widgets (the request is still logged above).
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const html = extname(path) === '.html';
      res.writeHead(200, {
        'content-type': MIME[extname(path)] ?? 'application/octet-stream',
        ...(html && injected.sources.length ? { 'cache-control': 'no-store' } : {}),
        ...(headers[url.pathname] ?? {}),
      });
      res.end(html ? withHead(body) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
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
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
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
      return new Promise((r) => server.close(r));
    },
  };
  running.set(origin, handle);
  return handle;
}
