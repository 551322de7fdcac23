// The browsers every tool here drives, all from Debian (nothing is downloaded; .ci/run installs
// them with apt-get): Chromium, Firefox ESR and WebKitGTK (Safari's engine). One place for their
// paths, flags, launchers and the message that says how to install a missing one. Used by
// web-test-runner.config.mjs, the end-to-end helpers (test/e2e/lib/helpers.mjs) and the benchmark.
//
// Why three driver libraries: @web/test-runner brings its own launchers for the component tests;
// the end-to-end suites drive Chromium with playwright-core (which can use Debian's Chromium) and
// Firefox ESR with puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox).
// WebKit is driven over classic WebDriver by a small client of our own (scripts/lib/webdriver.mjs).
import { existsSync } from 'node:fs';
import { startDriver } from './webdriver.mjs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** WebKitGTK's WebDriver server (Debian: webkit2gtk-driver) and the browser it starts. */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Chromium as root without a sandbox, and without the background traffic a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How to get each engine, for the message a missing one prints. */
const INSTALL = {
  chromium: { name: 'Chromium', path: () => CHROME_PATH, how: 'apt-get install -y chromium, or set CHROME_PATH' },
  firefox: {
    name: 'Firefox ESR',
    path: () => FIREFOX_PATH,
    how: 'apt-get install -y firefox-esr, or set FIREFOX_PATH',
  },
  webkit: {
    name: 'WebKit (WebKitGTK WebDriver, MiniBrowser, Xvfb)',
    path: () => [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH].find((p) => !existsSync(p)) ?? 'Xvfb',
    how: 'apt-get install -y webkit2gtk-driver xvfb xauth, or set WEBKIT_DRIVER_PATH and MINIBROWSER_PATH',
  },
};

/** Every engine the tests know, in the order they run. */
export const ENGINES = Object.keys(INSTALL);

/** True when the engine's browser is installed (for WebKit: the driver, the browser, and Xvfb or a DISPLAY). */
export function hasEngine(engine) {
  if (engine === 'webkit') {
    return existsSync(WEBKIT_DRIVER_PATH) && existsSync(MINIBROWSER_PATH) && (!!process.env.DISPLAY || onPath('Xvfb'));
  }
  return existsSync(INSTALL[engine].path());
}

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${command}`));
}

/** "Firefox ESR not found at /usr/bin/firefox-esr (apt-get install -y firefox-esr, or set FIREFOX_PATH)". */
export function notInstalled(engine) {
  const { name, path, how } = INSTALL[engine];
  return `${name} not found at ${path()} (${how})`;
}

/** The Chromium binary, or a clear error that says how to get one. */
export function requireChromium() {
  if (!hasEngine('chromium')) throw new Error(`${notInstalled('chromium')}.`);
  return CHROME_PATH;
}

/** Debian's Chromium through playwright-core, headless; `args` are added to CHROMIUM_ARGS. */
export async function launchChromium({ args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: [...CHROMIUM_ARGS, ...args] });
}

/** Debian's Firefox ESR through puppeteer-core (WebDriver BiDi), headless. */
export async function launchFirefox() {
  if (!hasEngine('firefox')) throw new Error(`${notInstalled('firefox')}.`);
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}

/**
 * WebKitGTK's MiniBrowser through its WebDriver server, under Xvfb (started here unless DISPLAY is
 * set). One browser per call: the driver allows one session, and a fresh browser is a fresh
 * profile (automation sessions keep no storage). `env` reaches the browser (LANGUAGE, say).
 * Returns `{ session, close }` (scripts/lib/webdriver.mjs).
 */
export async function launchWebKit({ env = {} } = {}) {
  if (!hasEngine('webkit')) throw new Error(`${notInstalled('webkit')}.`);
  return startDriver(
    WEBKIT_DRIVER_PATH,
    { 'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] } },
    { env },
  );
}

/**
 * The engines a cross-engine suite runs in. By default every engine that is installed (Chromium
 * is required; a missing Firefox or WebKit is said out loud, prefixed by `who`, never skipped
 * silently). ENGINES=webkit (or chromium,firefox, …) picks engines, and then each one named must
 * be installed: .ci/run names all three, so CI fails rather than skip an engine.
 */
export function selectedEngines(who) {
  const named = process.env.ENGINES?.split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const unknown = (named ?? []).filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  if (named) {
    const missing = named.filter((e) => !hasEngine(e));
    if (missing.length) throw new Error(`ENGINES=${named.join(',')}: ${missing.map(notInstalled).join('; ')}.`);
    return named;
  }
  requireChromium();
  const found = ENGINES.filter(hasEngine);
  for (const engine of ENGINES.filter((e) => !found.includes(e))) {
    console.warn(`[${who}] ${notInstalled(engine)}: these tests do NOT run in it.`);
  }
  return found;
}
