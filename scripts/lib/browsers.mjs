// The browsers every tool here drives, all from Debian (nothing is downloaded; .ci/run installs
// them with apt-get): Chromium, Firefox ESR and WebKitGTK (Safari's engine). One place for their
// paths, flags, launchers and the message that says how to install a missing one. Used by
// web-test-runner.config.mjs, the end-to-end helpers (test/e2e/lib/helpers.mjs) and the benchmark.
//
// Why three driver libraries: @web/test-runner brings its own launchers for the component tests;
// the end-to-end suites drive Chromium with playwright-core (which can use Debian's Chromium) and
// Firefox ESR with puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox).
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

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
};

/** True when the engine's browser is installed. */
export function hasEngine(engine) {
  return existsSync(INSTALL[engine].path());
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
