// The en-GB / en-CA spelling rules (src/i18n/regional-spelling.ts) and the build step that relies
// on them (scripts/strip-identical-targets.mjs): a translation is dropped only when the rules
// reproduce it exactly, so what msg() renders is always the translator's target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXliff } from '../../scripts/locales/rules.mjs';
import { ROOT } from '../../scripts/lib/project.mjs';
import { readTemplates, respellCode, spellingRules, stripModule } from '../../scripts/strip-identical-targets.mjs';

const { respell, hasSpellingRules } = await spellingRules();

test('en-GB: British spelling, NHS -ise, whole words only, capitals kept', () => {
  assert.equal(
    respell('en-GB', 'Tumors and tumor centers; localized diarrhea; somatostatin analogs; tumor-free.'),
    'Tumours and tumour centres; localised diarrhoea; somatostatin analogues; tumour-free.',
  );
  assert.equal(respell('en-GB', 'size, prize, seize, analogy, tumorous'), 'size, prize, seize, analogy, tumorous');
  assert.equal(respell('en-GB', 'It metastasized to the esophagus.'), 'It metastasised to the oesophagus.');
});

test('en-CA: -our/-re and analogue, American e and -ize, "healthcare team"', () => {
  assert.equal(
    respell('en-CA', 'Your care team checks the tumor; analogs; diarrhea; organize.'),
    'Your healthcare team checks the tumour; analogues; diarrhea; organize.',
  );
  assert.equal(respell('en-CA', 'your healthcare team'), 'your healthcare team', 'never "healthhealthcare"');
});

test('other locales are left alone', () => {
  assert.equal(hasSpellingRules('fr-CA'), false);
  assert.equal(respell('fr-CA', 'tumor'), 'tumor');
  assert.equal(respell('en-US', 'tumor'), 'tumor');
});

test('respellCode never touches a ${…} placeholder', () => {
  assert.equal(respellCode(respell, 'en-GB', '`${tumor} tumor ${0}`'), '`${tumor} tumour ${0}`');
});

test('the build drops a translation only when the rules reproduce it', () => {
  const code = `export const templates = {\n  'a': \`Tumours\`,\n  'b': \`Tummy pain\`,\n  'c': \`Tumors\`\n};\n`;
  const canonical = new Map([
    ['a', { value: '`Tumors`' }],
    ['b', { value: '`Belly pain`' }],
    ['c', { value: '`Tumors`' }],
  ]);
  const out = stripModule(code, canonical, (v) => respellCode(respell, 'en-GB', v));
  assert.equal(out.dropped, 1, 'a (respelled) dropped; b (reworded) and c (US spelling on purpose) kept');
  assert.match(out.code, /'b': `Tummy pain`/);
  assert.match(out.code, /'c': `Tumors`/);
  assert.doesNotMatch(out.code, /'a':/);
});

test("what msg() renders in en-GB and en-CA is the translator's target, for every plain message", () => {
  // Needs the build's stripped modules (npm run build, which npm test runs first).
  for (const locale of ['en-GB', 'en-CA']) {
    const { units } = parseXliff(readFileSync(join(ROOT, 'locales', `${locale}.xlf`), 'utf8'));
    const { entries } = readTemplates(readFileSync(join(ROOT, 'src/generated/locales', `${locale}.ts`), 'utf8'));
    let checked = 0;
    let byRule = 0;
    for (const u of units.filter((x) => x.target && !x.sourcePlaceholders?.length && !/\$\{/.test(x.source))) {
      const entry = entries.get(u.id);
      const rendered = entry ? new Function(`return ${entry.value}`)() : respell(locale, u.source);
      if (!entry) byRule += 1;
      assert.equal(rendered, u.target, `${locale} ${u.id}`);
      checked += 1;
    }
    assert.ok(checked > 200 && byRule > 50, `${locale}: ${checked} messages checked, ${byRule} by rule`);
  }
});

test('one table: every word respelled for a locale is a forbidden spelling there, and nothing else drifts', async () => {
  const { FORBIDDEN_SPELLINGS } = await import('../../scripts/locales/rules.mjs');
  const gb = new Set(FORBIDDEN_SPELLINGS['en-GB']);
  const ca = new Set(FORBIDDEN_SPELLINGS['en-CA']);
  for (const word of [
    'tumor',
    'diarrhea',
    'hematologist',
    'hemorrhage',
    'anemic',
    'gray',
    'labeled',
    'counseling',
    'favorite',
    'organize',
    'pediatric',
  ]) {
    assert.ok(gb.has(word), `en-GB forbids ${word}`);
    assert.notEqual(respell('en-GB', word), word, `en-GB respells ${word}`);
  }
  // Canada: British -our/-re, American e for oe/ae and -ize (CONTENT.md §3).
  for (const word of ['tumor', 'gray', 'diarrhoea', 'paediatric', 'organise'])
    assert.ok(ca.has(word), `en-CA forbids ${word}`);
  for (const word of ['diarrhea', 'pediatric', 'organize', 'hypoglycemia']) {
    assert.ok(!ca.has(word), `en-CA allows ${word}`);
    assert.equal(respell('en-CA', word), word);
  }
});
