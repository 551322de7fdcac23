// The ASCII check (scripts/check-ascii.mjs) on files made up for the test: it names the first
// byte above 0x7F of each shipped file that has one, passes when every byte is ASCII, and the
// build's escaper (scripts/rollup/ascii-only.mjs) leaves nothing for it to find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { checkAscii, firstHighByte } from '../../scripts/check-ascii.mjs';
import { escapeTemplates } from '../../scripts/rollup/ascii-only.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/check-ascii.mjs', import.meta.url));

function fixture(files) {
  const root = mkdtempSync(join(tmpdir(), 'ascii-check-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), body);
  }
  return root;
}

test('a shipped script with one non-ASCII byte fails, named with its line and column', () => {
  const root = fixture({
    'dist/net-widgets.js': 'var a = 1;\nvar b = "caf\u00e9";\n',
    'dist/esm/index.js': 'export {};\n',
    'dist/static/fr-CA/x.html': '<p>ASCII &#xe9;</p>\n',
    'dist/notes.txt': 'caf\u00e9 (not shipped as a script)\n',
  });
  try {
    const { checked, problems } = checkAscii(root);
    assert.equal(checked, 3);
    assert.deepEqual(problems, [{ file: 'dist/net-widgets.js', at: '2:13 (byte 0xc3)' }]);
    const run = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /dist\/net-widgets\.js: a byte above 0x7F at 2:13/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every byte ASCII passes; an empty dist fails (nothing was checked)', () => {
  const root = fixture({ 'dist/net-widgets.js': 'var b = "caf\\u00e9";\n', 'dist/static/a.html': '&#xe9;' });
  const empty = fixture({ 'dist/.keep': '' });
  try {
    assert.equal(spawnSync(process.execPath, [SCRIPT, root]).status, 0);
    assert.equal(spawnSync(process.execPath, [SCRIPT, empty]).status, 1);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
});

test('firstHighByte counts lines and columns in bytes', () => {
  assert.equal(firstHighByte(Buffer.from('ab\ncd\u00b7')), '2:3 (byte 0xc2)');
  assert.equal(firstHighByte(Buffer.from('plain')), undefined);
});

test('the escaper rewrites tagged templates and comments, and the cooked strings stay the same', () => {
  const source = '/* d\u00e9j\u00e0 */ const out = tag`\u00ab ${1} \u00bb \u2019 \u{1f600}`;';
  const escaped = escapeTemplates(source).toString();
  assert.doesNotMatch(escaped, /[\u0080-\u{10ffff}]/u);
  const cooked = (code) => new Function('tag', `${code}; return out;`)((strings) => strings.join('|'));
  assert.equal(cooked(escaped), cooked(source));
  assert.equal(cooked(escaped), '\u00ab | \u00bb \u2019 \u{1f600}');
  assert.doesNotThrow(() => parse(escaped, { ecmaVersion: 'latest' }));
  assert.equal(escapeTemplates('const plain = `ascii`;'), undefined);
});
