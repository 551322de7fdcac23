#!/usr/bin/env node
// `npm run check:locales`: every message the source code uses has a real translation in every
// target locale (lit-localize would otherwise fall back to en-US silently), placeholders are
// preserved, the XLIFF is well-formed, and each locale keeps its own spelling, names and
// typography (docs/content-rules.md §3). Exits 1 with a list of problems.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkLocale, parseXliff } from './rules.mjs';
import { ROOT as root } from '../lib/project.mjs';
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const work = join(root, '.tmp/locales-check');

// 1. What the code says today: extract into a scratch folder (never into locales/).
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const scratch = {
  ...config,
  tsConfig: join(root, config.tsConfig),
  interchange: { format: 'xliff', xliffDir: work },
  output: { ...config.output, outputDir: join(work, 'out') },
};
delete scratch.output.localeCodesModule;
writeFileSync(join(work, 'config.json'), JSON.stringify(scratch));
execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', `--config=${join(work, 'config.json')}`], {
  cwd: root,
  stdio: 'pipe',
});
const fresh = parseXliff(readFileSync(join(work, readdirSync(work).find((f) => f.endsWith('.xlf'))), 'utf8'));
const sourceText = new Map(fresh.units.map((u) => [u.id, u.source]));
const sourceIds = new Set(sourceText.keys());

// 2. Each translator's file.
let failed = 0;
const rows = [];
for (const locale of config.targetLocales) {
  const file = join(root, config.interchange.xliffDir, `${locale}.xlf`);
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`✗ ${locale}: ${file} is missing`);
    failed++;
    continue;
  }
  const parsed = parseXliff(text);
  const problems = checkLocale(locale, parsed, sourceIds);
  // A source sentence changed after it was translated: the translation needs a look.
  for (const u of parsed.units) {
    if (sourceText.has(u.id) && sourceText.get(u.id) !== u.source) {
      problems.push({ id: u.id, rule: 'stale', message: 'the English source changed since extraction (run npm run localize:extract, then review the target)' });
    }
  }
  const translated = parsed.units.filter((u) => u.target && u.target.trim()).length;
  rows.push({ locale, messages: sourceIds.size, translated, problems: problems.length });
  for (const p of problems.slice(0, 40)) console.error(`✗ ${locale} ${p.id} [${p.rule}] ${p.message}`);
  if (problems.length > 40) console.error(`  … and ${problems.length - 40} more in ${locale}`);
  failed += problems.length;
}

console.log('\nlocale   messages  translated  problems');
for (const r of rows) {
  console.log(`${r.locale.padEnd(8)} ${String(r.messages).padStart(8)}  ${String(r.translated).padStart(10)}  ${String(r.problems).padStart(8)}`);
}
if (failed) {
  console.error(`\nlocales:check failed: ${failed} problem(s).`);
  process.exit(1);
}
console.log('\nlocales:check passed: every message translated in every locale.');
