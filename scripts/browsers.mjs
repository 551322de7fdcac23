// The browsers every tool here drives: Debian's Chromium and Firefox ESR. Nothing is downloaded;
// CI installs both with apt-get (.ci/run). Shared by web-test-runner.config.mjs, the e2e helpers
// and the benchmark.
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

/** The Chromium binary, or a clear error that says how to get one. */
export function requireChromium() {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: apt-get install -y chromium, or set CHROME_PATH.`);
  }
  return CHROME_PATH;
}
