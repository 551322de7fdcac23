// The plugin's PHP, linted without Composer (so without WordPress Coding Standards): `php -l` on
// every file, Debian's phpcs with wordpress/phpcs.xml.dist (WordPress style from the sniffs it
// ships), and an escaping check standing in for WPCS's EscapeOutput sniff. The block editor script
// is linted by the project's ESLint (`npm run lint`, in `npm test`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PLUGIN = join(ROOT, 'wordpress', 'net-treatment-widgets');
const PHPCS = '/usr/bin/phpcs';

function phpFiles(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? phpFiles(full) : name.endsWith('.php') ? [full] : [];
    })
    .sort();
}
const files = [...phpFiles(PLUGIN), ...phpFiles(join(ROOT, 'test', 'wordpress', 'lib'))];

test('the plugin has its PHP files, generated ones included', () => {
  for (const f of ['net-treatment-widgets.php', 'uninstall.php', 'build/elements.php', 'build/index.asset.php']) {
    assert.ok(existsSync(join(PLUGIN, f)), `${f} (npm run build:wordpress writes the generated ones)`);
  }
});

test('php -l: every PHP file parses', async () => {
  for (const file of files) {
    const { stdout } = await run('php', ['-l', file]);
    assert.match(stdout, /No syntax errors detected/, file);
  }
});

test('phpcs (wordpress/phpcs.xml.dist): WordPress style, no forbidden functions', async () => {
  assert.ok(existsSync(PHPCS), 'phpcs is missing: apt-get install -y php-codesniffer');
  const result = await run(PHPCS, ['--standard=wordpress/phpcs.xml.dist', '--report=emacs', '-q'], {
    cwd: ROOT,
  }).catch((error) => error);
  assert.equal(result.stdout?.trim() ?? '', '', result.stdout);
  assert.equal(result.code ?? 0, 0, result.stderr);
});

test('every echo is escaped (esc_html, esc_attr, esc_url …)', async () => {
  const checker = join(ROOT, 'test', 'wordpress', 'lib', 'check-escaping.php');
  const result = await run('php', [checker, ...phpFiles(PLUGIN)]).catch((error) => error);
  assert.equal(result.stdout.trim(), '');
  assert.equal(result.code ?? 0, 0);
});

test('the escaping check finds unescaped output', async () => {
  const checker = join(ROOT, 'test', 'wordpress', 'lib', 'check-escaping.php');
  const dir = mkdtempSync('/tmp/ntw-escaping-');
  try {
    const bad = join(dir, 'bad.php');
    writeFileSync(bad, "<?php\necho '<p>' . esc_html( $ok ) . '</p>';\necho $title;\nprint get_the_title();\n");
    const result = await run('php', [checker, bad]).catch((error) => error);
    assert.equal(result.code, 1);
    assert.deepEqual(result.stdout.trim().split('\n'), [
      `${bad}:3: output not escaped: $title`,
      `${bad}:4: output not escaped: get_the_title`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
