// Component tests in real browsers: Debian's Chromium (and Firefox ESR when installed).
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, FIREFOX_PATH, hasEngine, notInstalled, requireChromium } from './scripts/lib/browsers.mjs';
import { TAGS } from './scripts/lib/project.mjs';

const chromePath = requireChromium();

// Firefox ESR (Debian) through puppeteer's WebDriver BiDi; .puppeteerrc.cjs skips puppeteer's
// browser download. CI installs firefox-esr (.ci/run); locally it is skipped, loudly, if missing.
const hasFirefox = hasEngine('firefox');
if (!hasFirefox) console.warn(`\n[wtr] ${notInstalled('firefox')}: component tests run in Chromium ONLY.\n`);

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
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: CHROMIUM_ARGS } }),
    ...(hasFirefox
      ? [
          puppeteerLauncher({
            launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
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
