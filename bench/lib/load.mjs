// Loading a benchmark page: a fresh browser context each time (empty cache, no code cache: a
// first visit), then the page's own "done" marker (window.__done, see lib/pages.mjs).

/**
 * `load(path, { viewport, after })` for this browser and server: opens `path`, waits for
 * window.__done and returns `{ done, extra }`, where `extra` is what `after(page, context)`
 * returned. An uncaught error on the page fails the load.
 */
export function makeLoader(browser, server) {
  return async function load(path, { viewport = { width: 1280, height: 800 }, after } = {}) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(server.origin + path, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => window.__done !== undefined, null, { timeout: 120_000 });
      const done = await page.evaluate(() => window.__done);
      const extra = after ? await after(page, context) : undefined;
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      return { done, extra };
    } finally {
      await context.close();
    }
  };
}
