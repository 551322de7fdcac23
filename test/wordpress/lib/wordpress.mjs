// A real WordPress for the plugin's tests, set up and torn down by the test itself: Debian's
// `wordpress` package (copied into a temp folder with a wp-config.php of its own), a MariaDB server
// on a temp datadir reached only through a Unix socket (no port), and PHP's built-in server on a
// free port. Nothing is left running and nothing outside the temp folder is written.
//
// Needs (apt-get install, as .ci/run does): wordpress php8.2-cli php-mysql mariadb-server
// wordpress-theme-twentytwentyone wordpress-theme-twentytwentythree.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WORDPRESS_CORE = process.env.WORDPRESS_CORE || '/usr/share/wordpress';
export const THEMES = ['twentytwentyone', 'twentytwentythree'];
const MARIADB_INSTALL_DB = '/usr/bin/mariadb-install-db';
const MARIADBD = '/usr/sbin/mariadbd';
const MARIADB = '/usr/bin/mariadb';
const PHP = '/usr/bin/php';

/** What is missing for these tests, as apt packages to install (empty when all is there). */
export function missingPackages() {
  const need = [];
  if (!existsSync(join(WORDPRESS_CORE, 'wp-settings.php'))) need.push('wordpress');
  if (!existsSync(PHP)) need.push('php8.2-cli');
  if (!existsSync(MARIADBD) || !existsSync(MARIADB_INSTALL_DB)) need.push('mariadb-server');
  for (const theme of THEMES) {
    if (!existsSync(join(WORDPRESS_CORE, 'wp-content', 'themes', theme))) need.push(`wordpress-theme-${theme}`);
  }
  return need;
}

/** A free TCP port on 127.0.0.1 (the OS picks it; closed again before PHP listens on it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Wait until `check()` resolves truthy, or throw after `ms`. */
async function until(check, ms, what) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

/** A PHP string literal. */
export const phpString = (s) => `'${String(s).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/**
 * Start MariaDB, install WordPress in a temp folder and serve it. Returns the site and its helpers;
 * call `stop()` (in `after`) to end both servers and delete the folder.
 */
export async function startWordPress() {
  const missing = missingPackages();
  if (missing.length) {
    throw new Error(`The WordPress tests need Debian packages: apt-get install -y ${missing.join(' ')}`);
  }
  // Short: the MariaDB socket path must fit in 108 bytes.
  const dir = mkdtempSync('/tmp/ntw-wp-');
  const children = [];
  const isRoot = process.getuid?.() === 0;
  const site = { dir, root: join(dir, 'wp'), log: join(dir, 'debug.log'), children };

  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        await Promise.race([exited, sleep(10_000, undefined, { ref: false })]);
        if (child.exitCode === null && child.signalCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            child.kill('SIGKILL');
          }
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  site.stop = stop;

  try {
    // MariaDB: a datadir of its own, a socket, no TCP at all.
    const datadir = join(dir, 'db');
    const socket = join(dir, 'db.sock');
    await run(MARIADB_INSTALL_DB, [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
      '--skip-name-resolve',
      ...(isRoot ? ['--user=root'] : []),
    ]);
    const db = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'db.pid')}`,
        `--log-error=${join(dir, 'db.err')}`,
        '--skip-networking',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--performance-schema=OFF',
        '--innodb-buffer-pool-size=64M',
        '--innodb-flush-log-at-trx-commit=0',
        ...(isRoot ? ['--user=root'] : []),
      ],
      { detached: true, stdio: 'ignore' },
    );
    children.push(db);
    // Socket authentication: the OS user running the test is the database's administrator.
    const dbUser = isRoot ? 'root' : userInfo().username;
    const sql = (statement) => run(MARIADB, ['--no-defaults', `--socket=${socket}`, '-u', dbUser, '-e', statement]);
    await until(async () => (await sql('SELECT 1'), true), 60_000, 'MariaDB');
    const password = randomBytes(12).toString('hex');
    await sql(
      `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${password}'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';`,
    );
    site.sql = async (statement) =>
      (
        await run(MARIADB, [
          '--no-defaults',
          `--socket=${socket}`,
          '-u',
          dbUser,
          '-N',
          '-B',
          'wordpress',
          '-e',
          statement,
        ])
      ).stdout;

    // WordPress: Debian's core copied (its own wp-config.php reads /etc/wordpress), with ours. Its
    // relative symlinks (underscore, backbone, getID3 from other Debian packages) become absolute.
    cpSync(WORDPRESS_CORE, site.root, { recursive: true, verbatimSymlinks: false });
    rmSync(join(site.root, 'wp-config.php'));
    const port = await freePort();
    site.url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(32).toString('base64');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT']
      .concat(['LOGGED_IN_SALT', 'NONCE_SALT'])
      .map((k) => `define( '${k}', ${phpString(salt())} );`)
      .join('\n');
    writeFileSync(
      join(site.root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', ${phpString(password)} );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys}
$table_prefix = 'wp_';
define( 'WP_HOME', ${phpString(site.url)} );
define( 'WP_SITEURL', ${phpString(site.url)} );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', ${phpString(site.log)} );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // No mail leaves a test site.
    mkdirSync(join(site.root, 'wp-content', 'mu-plugins'), { recursive: true });
    cpSync(new URL('./mu-plugin.php', import.meta.url), join(site.root, 'wp-content', 'mu-plugins', 'test-site.php'));

    /** Run PHP with WordPress loaded (as `user`, if given); returns what the code echoes, parsed as JSON. */
    site.php = async (code, { user, install = false } = {}) => {
      const file = join(dir, `run-${randomBytes(6).toString('hex')}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = ${phpString(`127.0.0.1:${port}`)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
${install ? "define( 'WP_INSTALLING', true );\nfunction wp_new_blog_notification() {}" : ''}
require ${phpString(join(site.root, 'wp-load.php'))};
${user ? `wp_set_current_user( get_user_by( 'login', ${phpString(user)} )->ID );` : ''}
$result = ( function () {
${code}
} )();
echo wp_json_encode( $result );
`,
      );
      try {
        const { stdout, stderr } = await run(PHP, ['-d', 'display_errors=stderr', file], {
          cwd: site.root,
          maxBuffer: 64 * 1024 * 1024,
        });
        if (stderr.trim()) throw new Error(`PHP wrote to stderr:\n${stderr}`);
        try {
          return JSON.parse(stdout);
        } catch {
          throw new Error(`PHP printed more than its result:\n${stdout}`);
        }
      } finally {
        rmSync(file, { force: true });
      }
    };

    await site.php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
      $r = wp_install( 'NET widgets test site', 'admin', 'admin@example.invalid', false, '', ${phpString(password)} );
      return $r['user_id'];`,
      { install: true },
    );
    site.adminPassword = password;

    // PHP's built-in server (a few workers: the block editor asks for many files at once).
    const server = spawn(PHP, ['-S', `127.0.0.1:${port}`, '-t', site.root], {
      cwd: site.root,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    site.serverErrors = [];
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (chunk) => {
      for (const line of chunk.split('\n')) {
        // The built-in server logs every request on stderr; keep only what PHP itself reports.
        if (/PHP (Warning|Notice|Deprecated|Fatal|Parse|Error)|Failed to listen/i.test(line))
          site.serverErrors.push(line);
      }
    });
    await until(
      async () => {
        if (server.exitCode !== null) throw new Error(`php -S exited: ${site.serverErrors.join('\n')}`);
        const res = await fetch(`${site.url}/wp-login.php`);
        return res.status === 200;
      },
      30_000,
      'the PHP server',
    );
    site.readLog = () => (existsSync(site.log) ? readFileSync(site.log, 'utf8') : '');
    return site;
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A gettext .mo file with only its header entry: what a WordPress language pack puts in
 * wp-content/languages, minus the translations (WordPress 6.1 cannot read a file with no entry).
 */
export function headerOnlyMo(locale) {
  const translation = Buffer.from(`Language: ${locale}\nContent-Type: text/plain; charset=UTF-8\n`, 'utf8');
  const header = Buffer.alloc(44);
  header.writeUInt32LE(0x950412de, 0); // magic
  header.writeUInt32LE(0, 4); // revision
  header.writeUInt32LE(1, 8); // one entry
  header.writeUInt32LE(28, 12); // originals table
  header.writeUInt32LE(36, 16); // translations table
  header.writeUInt32LE(0, 20); // no hash table
  header.writeUInt32LE(44, 24); // (its address: the strings start here)
  header.writeUInt32LE(0, 28); // original "" (the header entry)
  header.writeUInt32LE(44, 32);
  header.writeUInt32LE(translation.length, 36);
  header.writeUInt32LE(45, 40);
  return Buffer.concat([header, Buffer.from([0]), translation, Buffer.from([0])]);
}
