// A @web/test-runner browser launcher for WebKit (WebKitGTK's MiniBrowser over WebDriver), so the
// component tests run in Safari's engine beside Chromium and Firefox. One browser, one test file at
// a time (the driver allows one session). Its type is 'webdriver', so @web/test-runner-commands'
// sendKeys reaches sendKeys() below ("press" and "type"; a chord such as 'Shift+Tab' is one
// press); print and colour-scheme emulation (emulateMedia) and setViewport have no WebDriver
// command, and say so.
import { launchWebKit } from './browsers.mjs';

export function webkitLauncher() {
  let webkit; // { session, close }
  let starting;
  const urls = new Map(); // test session id → the URL it runs at

  const ready = () => (starting ??= launchWebKit().then((w) => (webkit = w)));

  return {
    name: 'WebKit',
    type: 'webdriver',
    concurrency: 1,

    async initialize() {
      await ready();
      this.name = `WebKit ${webkit.session.capabilities.browserVersion ?? ''}`.trim();
    },

    async stop() {
      await webkit?.close();
      webkit = undefined;
      starting = undefined;
    },

    async startSession(id, url) {
      await ready();
      urls.set(id, url);
      await webkit.session.navigate(url);
    },

    isActive(id) {
      return urls.has(id);
    },

    getBrowserUrl(id) {
      return urls.get(id);
    },

    async stopSession(id) {
      // Leave the test page, so nothing it left running touches the next file.
      await webkit.session.navigate('about:blank');
      urls.delete(id);
      return {};
    },

    async startDebugSession() {
      throw new Error('WebKit: no debug session (MiniBrowser runs under Xvfb); run the test in Chromium to debug.');
    },

    /** Called by @web/test-runner-commands' sendKeys for a 'webdriver' browser: one press per entry. */
    async sendKeys(_id, keys) {
      await webkit.session.press(...keys);
    },
  };
}
