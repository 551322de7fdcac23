// Component tests in real browsers, all from Debian: Chromium, Firefox ESR and WebKit (WebKitGTK's
// MiniBrowser under Xvfb). CI installs all three (.ci/run); locally a missing Firefox or WebKit is
// skipped, loudly. ENGINES=webkit (or chromium,firefox, …) runs a subset.
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, FIREFOX_PATH, CHROME_PATH, selectedEngines } from './scripts/lib/browsers.mjs';
import { webkitLauncher } from './scripts/lib/wtr-webkit.mjs';
import { TAGS } from './scripts/lib/project.mjs';

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS } }),
  // Firefox ESR through puppeteer's WebDriver BiDi; .puppeteerrc.cjs skips puppeteer's browser download.
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
      // One test file at a time: a second Firefox tab runs in the background, where timers
      // and animation frames are throttled, and slow axe runs past the finish timeout.
      concurrency: 1,
    }),
  // WebKit over WebDriver (scripts/lib/wtr-webkit.mjs): one browser window, one file at a time.
  webkit: () => webkitLauncher(),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2021',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      // __NET_TAGS__: every element (src/net-*.ts, scripts/lib/project.mjs), for test/components/helpers.ts.
      define: { __NET_WIDGETS_VERSION__: '"test"', __NET_TAGS__: JSON.stringify(TAGS) },
    }),
  ],
  browsers: selectedEngines('wtr').map((engine) => launchers[engine]()),
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  // Three engines on two shared cores: a whole file (the axe matrix) can take a while.
  testsFinishTimeout: 300000,
};
