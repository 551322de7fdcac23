// Component tests in real browsers: Debian's Chromium (and Firefox ESR when installed).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, FIREFOX_PATH, requireChromium } from './scripts/browsers.mjs';

const chromePath = requireChromium();

// Firefox ESR (Debian) through puppeteer's WebDriver BiDi; .puppeteerrc.cjs skips puppeteer's
// browser download. CI installs firefox-esr (.ci/run); locally it is skipped, loudly, if missing.
const firefoxPath = FIREFOX_PATH;
const hasFirefox = existsSync(firefoxPath);
if (!hasFirefox) {
  console.warn(
    `\n[wtr] Firefox ESR not found at ${firefoxPath}: component tests run in Chromium ONLY. ` +
      `Install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.\n`,
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      define: { __NET_WIDGETS_VERSION__: '"test"' },
    }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: CHROMIUM_ARGS } }),
    ...(hasFirefox
      ? [
          puppeteerLauncher({
            launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
            // One test file at a time: a second Firefox tab runs in the background, where timers
            // and animation frames are throttled, and slow axe runs past the finish timeout.
            concurrency: 1,
          }),
        ]
      : []),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // Two engines on two shared cores: a whole file (the axe matrix) can take a while.
  testsFinishTimeout: 300000,
};
