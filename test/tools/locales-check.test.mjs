// Each rule of `npm run check:locales` fails when it should (and passes good files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLocale, parseXliff } from '../../scripts/locales/rules.mjs';

const xliff = (locale, units) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${locale}" source-language="en-US" original="lit-localize-inputs" datatype="plaintext"><body>
${units.map(([id, source, target]) => `<trans-unit id="${id}"><source>${source}</source>${target === undefined ? '' : `<target>${target}</target>`}</trans-unit>`).join('\n')}
</body></file></xliff>`;

const rules = (locale, units, ids = units.map((u) => u[0])) =>
  checkLocale(locale, parseXliff(xliff(locale, units)), new Set(ids)).map((p) => p.rule);

test('a complete, correct file passes', () => {
  assert.deepEqual(rules('en-GB', [['a', 'The tumor center', 'The tumour centre']]), []);
  assert.deepEqual(rules('en-CA', [['a', 'Diarrhea and tumor', 'Diarrhea and tumour']]), []);
  assert.deepEqual(
    rules('fr-CA', [
      [
        'a',
        'Last reviewed: <x id="0" equiv-text="${d}"/>',
        'Dernière révision médicale\u00a0: <x id="0" equiv-text="${d}"/>',
      ],
    ]),
    [],
  );
});

test('missing targets and ids missing from the file fail', () => {
  assert.deepEqual(rules('en-GB', [['a', 'Hello']]), ['complete']);
  assert.deepEqual(rules('en-GB', [['a', 'Hi', 'Hi']], ['a', 'b']), ['complete']);
  assert.deepEqual(rules('en-GB', [['a', 'Hi', '  ']]), ['complete']);
});

test('ids no longer in the code are reported as stale', () => {
  assert.deepEqual(rules('en-GB', [['old', 'Hi', 'Hi']], []), ['stale']);
});

test('placeholders must survive translation', () => {
  assert.deepEqual(rules('en-GB', [['a', 'Due: <x id="0" equiv-text="${d}"/>', 'Due: soon']]), ['placeholders']);
});

test('malformed XLIFF fails', () => {
  const parsed = parseXliff('<xliff><file target-language="en-GB"><body><trans-unit id="a"><source>x</source>');
  assert.ok(checkLocale('en-GB', parsed, new Set(['a'])).some((p) => p.rule === 'well-formed'));
});

test('each locale rejects the spellings it does not use', () => {
  assert.deepEqual(rules('en-GB', [['a', 'x', 'A tumor']]), ['spelling']);
  assert.deepEqual(rules('en-GB', [['a', 'x', 'Diarrhea']]), ['spelling']);
  assert.deepEqual(rules('en-GB', [['a', 'x', 'Somatostatin analogs']]), ['spelling']);
  assert.deepEqual(rules('en-CA', [['a', 'x', 'Diarrhoea']]), ['spelling']);
  assert.deepEqual(rules('en-CA', [['a', 'x', 'A tumor']]), ['spelling']);
  assert.deepEqual(rules('en-CA', [['a', 'x', 'Organised care']]), ['spelling']);
  assert.deepEqual(rules('en-CA', [['a', 'x', 'The cancer centre']]), []);
});

test('US brand names and regulators are rejected outside the US', () => {
  assert.deepEqual(rules('en-GB', [['a', 'x', 'Lanreotide (Somatuline Depot)']]), ['names']);
  assert.deepEqual(rules('en-GB', [['x.approval', 'x', 'The FDA approved it in 2018.']]), ['approval', 'approval']);
  assert.deepEqual(rules('en-GB', [['x.approval', 'x', 'NICE recommended it in 2018.']]), []);
  assert.deepEqual(rules('en-CA', [['x.approval', 'x', 'Health Canada approved it in 2019.']]), []);
  assert.deepEqual(rules('en-GB', [['x.approval', 'x', 'In the UK, it is licensed for symptoms.']]), []);
  assert.deepEqual(rules('en-GB', [['x.approval', 'x', 'It is licensed for symptoms.']]), ['approval']);
  assert.deepEqual(rules('en-CA', [['x.approval', 'x', 'In Canada, as in the US, the FDA approved it.']]), [
    'approval',
  ]);
});

test('French targets must be French, with OQLF typography', () => {
  assert.deepEqual(rules('fr-CA', [['a', 'Ask your care team', 'Ask your care team']]), ['untranslated']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Talk to your care team about the side effects']]), ['untranslated']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Qui est traité par surveillance active ?']]), ['typography']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Sources : voir']]), ['typography']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Qui est traité par surveillance active?']]), []);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Les effets indésirables']]), ['names']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Lutathera (lutétium (177Lu) oxodotréotide)']]), ['names']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Le lutétium (177Lu)']]), ['names']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Lutétium (177Lu)']]), ['names']);
  assert.deepEqual(rules('fr-CA', [['a', 'x', 'Lutathera (lutécium (177Lu) oxodotréotide)']]), []);
  assert.deepEqual(rules('fr-CA', [['a', 'PRRT', 'PRRT']]), []);
  assert.deepEqual(rules('fr-CA', [['a', 'Injection', 'Injection']]), []);
  assert.deepEqual(rules('fr-CA', [['a', 'Sunitinib (Sutent)', 'Sunitinib (Sutent)']]), []);
  assert.deepEqual(rules('fr-CA', [['a', 'Injection site', 'Injection site']]), ['untranslated']);
});
