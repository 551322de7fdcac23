// The size budget (scripts/size-check.mjs) on bundles made up for the test: it passes within
// budget, fails over it, and fails when a bundle is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { BUDGET_ALL, BUDGET_ONE_LOCALE, budgets, check, sizes, table } from '../../scripts/size-check.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/size-check.mjs', import.meta.url));

/** A project root with lit-localize.json and the given dist files (name → Buffer). */
function fixture(files) {
  const root = mkdtempSync(join(tmpdir(), 'size-check-'));
  writeFileSync(
    join(root, 'lit-localize.json'),
    JSON.stringify({ sourceLocale: 'en-US', targetLocales: ['en-GB', 'fr-CA'] }),
  );
  mkdirSync(join(root, 'dist'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, 'dist', name), body);
  return root;
}

const small = Buffer.from('console.log("hello");\n'.repeat(200));
// random bytes do not compress: gzip is about as large as the input
const incompressible = (n) => randomBytes(n);

test('budgets come from lit-localize.json: one all-locale file and one file per locale', () => {
  const root = fixture({});
  try {
    assert.deepEqual(
      budgets(root).map((b) => [b.file, b.budget]),
      [
        ['dist/net-widgets.js', BUDGET_ALL],
        ['dist/net-widgets.en-US.js', BUDGET_ONE_LOCALE],
        ['dist/net-widgets.en-GB.js', BUDGET_ONE_LOCALE],
        ['dist/net-widgets.fr-CA.js', BUDGET_ONE_LOCALE],
      ],
    );
    assert.equal(BUDGET_ALL, 85_000);
    assert.equal(BUDGET_ONE_LOCALE, 53_000);
  } finally {
    rmSync(root, { recursive: true });
  }
});

test('sizes: gzip and brotli of repetitive text are far below raw', () => {
  const s = sizes(small);
  assert.equal(s.raw, small.length);
  assert.ok(s.gzip < s.raw / 10, `gzip ${s.gzip}`);
  assert.ok(s.brotli < s.raw / 10, `brotli ${s.brotli}`);
});

test('within budget passes; over budget and missing fail, and the CLI exits 1', () => {
  const ok = {
    'net-widgets.js': small,
    'net-widgets.en-US.js': small,
    'net-widgets.en-GB.js': small,
    'net-widgets.fr-CA.js': small,
  };
  const good = fixture(ok);
  const over = fixture({ ...ok, 'net-widgets.fr-CA.js': incompressible(BUDGET_ONE_LOCALE + 2000) });
  const { 'net-widgets.en-GB.js': _, ...withoutGb } = ok;
  const missing = fixture(withoutGb);
  try {
    assert.ok(check(good).every((r) => r.ok));

    const rows = check(over);
    assert.deepEqual(
      rows.filter((r) => !r.ok).map((r) => r.file),
      ['dist/net-widgets.fr-CA.js'],
    );
    assert.match(table(rows), /dist\/net-widgets\.fr-CA\.js.*OVER by/);

    const m = check(missing);
    assert.deepEqual(
      m.filter((r) => !r.ok).map((r) => r.file),
      ['dist/net-widgets.en-GB.js'],
    );
    assert.match(table(m), /MISSING/);

    const run = (cwd) =>
      spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, SIZE_CHECK_ROOT: cwd }, encoding: 'utf8' });
    assert.equal(run(good).status, 0);
    assert.equal(run(over).status, 1);
    assert.equal(run(missing).status, 1);
  } finally {
    for (const root of [good, over, missing]) rmSync(root, { recursive: true });
  }
});
