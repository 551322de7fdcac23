// Component tests in real browsers: Debian's Chromium (and Firefox ESR when installed).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  throw new Error(
    `No Chromium found at ${chromePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`,
  );
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
    chromeLauncher({ launchOptions: { executablePath: chromePath, headless: true, args: chromiumArgs } }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
};
