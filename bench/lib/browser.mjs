// A tiny static server on 127.0.0.1 (the repository root plus pages made in memory, with an
// optional delay per path to stand in for the network) and Debian's Chromium via playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/browsers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serve `root`; `pages` maps a path to HTML; `delays` maps a path to milliseconds. */
export async function serve(root, { pages = new Map(), delays = new Map() } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const delay = delays.get(url.pathname);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const page = pages.get(url.pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(page);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    delays,
    close: () => new Promise((r) => server.close(r)),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
