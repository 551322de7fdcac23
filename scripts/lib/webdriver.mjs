// A minimal W3C WebDriver client (the dozen commands the tests use, over fetch), and the processes
// WebKit needs: an X display (MiniBrowser has no headless mode; Xvfb is started unless DISPLAY is
// set, e.g. under `xvfb-run -a`) and WebKitGTK's WebDriver server on a free port. Used by the
// component-test launcher (scripts/lib/wtr-webkit.mjs) and the e2e page API (test/e2e/lib/).
//
// Why not webdriverio: @web/test-runner-webdriver 0.9 (the last release for Node 20) brings
// webdriverio 9 and its tree (archiver, cheerio, jszip, browser and driver downloaders) for what
// is here about 200 lines.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A port nobody listens on right now (the driver has no "pick one for me" option). */
async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Stop a child process: SIGTERM, then SIGKILL if it is still there after `ms`. */
async function stop(child, ms = 2000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited;
  clearTimeout(timer);
}

let display; // { name, users, close } shared by every WebKit in this process

/**
 * An X display for MiniBrowser: $DISPLAY when set, otherwise an Xvfb of our own (it picks a free
 * display number itself, -displayfd). Shared; `release()` stops our Xvfb with its last user.
 */
export async function acquireDisplay() {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, release: async () => {} };
  if (!display) {
    display = (async () => {
      const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      xvfb.stderr.on('data', (d) => (stderr += d));
      const number = await new Promise((resolve, reject) => {
        let out = '';
        xvfb.stdio[3].on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(out.trim());
        });
        xvfb.on('error', (e) => reject(new Error(`cannot start Xvfb (apt-get install -y xvfb xauth): ${e.message}`)));
        xvfb.on('exit', (code) =>
          reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.slice(-500)}`)),
        );
      });
      return { name: `:${number}`, users: 0, close: () => stop(xvfb) };
    })();
  }
  const shared = await display;
  shared.users++;
  return {
    name: shared.name,
    release: async () => {
      if (--shared.users === 0 && display) {
        display = undefined;
        await shared.close();
      }
    },
  };
}

/** W3C WebDriver key values for the key names the tests use (Playwright's names). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Backspace: '\uE003',
  Meta: '\uE03D',
};

/**
 * The key actions for a Playwright-style key name: 'Tab', ' ', 'a', or a chord 'Shift+Tab'
 * (modifiers held while the last key is pressed).
 */
export function keyActions(name) {
  const parts = name.length > 1 && name.includes('+') ? name.split('+') : [name];
  const codes = parts.map((p) => KEYS[p] ?? (p.length === 1 ? p : undefined));
  const unknown = parts.filter((_, i) => codes[i] === undefined);
  if (unknown.length) throw new Error(`unknown key ${unknown.join(', ')} (in "${name}")`);
  const key = codes.pop();
  return [
    ...codes.map((value) => ({ type: 'keyDown', value })),
    { type: 'keyDown', value: key },
    { type: 'keyUp', value: key },
    ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

/** One WebDriver session: the commands the tests need. */
export class WebDriverSession {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  static async create(base, capabilities) {
    const { sessionId, capabilities: granted } = await request(base, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new WebDriverSession(base, sessionId, granted);
  }

  command(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Navigate and wait for the load event (pageLoadStrategy "normal"). */
  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  url() {
    return this.command('GET', '/url');
  }

  /** Run `script` (a function body) in the page; `args` are JSON. */
  execute(script, args = []) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  /** Run `script` with a callback as its last argument; resolves with what it is called with. */
  executeAsync(script, args = []) {
    return this.command('POST', '/execute/async', { script, args });
  }

  /** Press keys (Playwright-style names, see keyActions) one after the other, in the focused element. */
  async press(...names) {
    const actions = names.flatMap(keyActions);
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  setWindowRect(rect) {
    return this.command('POST', '/window/rect', rect);
  }

  cookies() {
    return this.command('GET', '/cookie');
  }

  delete() {
    return this.command('DELETE', '');
  }
}

async function request(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || json.value?.error) {
    const { error = response.status, message = text.slice(0, 300) } = json.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`);
  }
  return json.value;
}

/**
 * Start a WebDriver server (`binary`, e.g. /usr/bin/WebKitWebDriver) on a free port with a display,
 * and open one session with `capabilities`. `env` is added to the driver's (and so the browser's)
 * environment. Returns `{ session, close }`; close() ends the session and stops the processes.
 */
export async function startDriver(binary, capabilities, { env = {}, timeout = 20_000 } = {}) {
  const screen = await acquireDisplay();
  const port = await freePort();
  const driver = spawn(binary, [`--port=${port}`], {
    env: { ...process.env, ...env, DISPLAY: screen.name },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  driver.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const base = `http://127.0.0.1:${port}`;
  const close = async () => {
    await stop(driver);
    await screen.release();
  };
  try {
    const end = Date.now() + timeout;
    for (;;) {
      if (driver.exitCode !== null) throw new Error(`${binary} exited (${driver.exitCode}): ${stderr}`);
      try {
        await request(base, 'GET', '/status');
        break;
      } catch (error) {
        if (Date.now() > end) throw new Error(`${binary} did not answer on ${base}`, { cause: error });
        await sleep(50);
      }
    }
    const session = await WebDriverSession.create(base, capabilities);
    return {
      session,
      close: async () => {
        await session.delete().catch(() => {});
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
