// The one-file bundles' first and last lines (rollup's `intro` and `outro`, inside the IIFE).

/**
 * The guard runs first: when a copy is already on the page, this one returns before Lit loads (a
 * second `trustedTypes.createPolicy('lit-html')` would throw under Trusted Types). The same
 * version is a silent no-op; another version warns; the first one wins. `__nwHydrate` is the
 * bundle's own hydration hook (lit-rewrites.mjs).
 */
export const intro = (version) => `var __nwHydrate;
var __nw = typeof window !== 'undefined' && window.NetWidgets;
if (__nw) {
  // Guarded like src/log.ts: a host console that throws must not stop the page.
  if (__nw.version !== ${JSON.stringify(version)}) try { console.warn('[net-widgets] version ' + __nw.version + ' is already on this page; this copy (${version}) does nothing.'); } catch (e) {}
  return;
}
try {`;

/**
 * Whatever fails while the bundle starts (for example Trusted Types refusing a second 'lit-html'
 * policy on a page that runs its own Lit without 'allow-duplicates') becomes one warning, never
 * an uncaught exception in the host page (test/e2e/hostile-csp.test.mjs).
 */
export const outro = `} catch (error) {
  try {
    console.warn('[net-widgets] could not start on this page; the widgets stay empty. ' + (error && error.message || error) +
      (typeof trustedTypes !== 'undefined' ? " If this page enforces Trusted Types and also uses Lit, allow a second 'lit-html' policy: trusted-types lit-html 'allow-duplicates'." : ''));
  } catch (_) {}
}`;
