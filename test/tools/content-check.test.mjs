// Unit tests of the content check's rules (scripts/content-check) on small hand-made fixtures.
// Run: node --test test/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, parseMarked } from '../../scripts/content-check/collect.mjs';
import {
  checkPercentages,
  checkReading,
  checkReviews,
  checkSeedFacts,
  checkSentences,
  checkSources,
  checkTherapyRegistry,
  checkUrgent,
  checkTranslations,
  parseIsoDate,
} from '../../scripts/content-check/rules.mjs';
import { grade, median, sentences, words } from '../../scripts/content-check/text.mjs';
import { report } from '../../scripts/content-check/report.mjs';
import { config } from '../../scripts/content-check/config.mjs';

const MARKS = { MARK_START: '\uE000', MARK_SEP: '\uE001', MARK_END: '\uE002' };
const mark = (id, text) => `${MARKS.MARK_START}${id}${MARKS.MARK_SEP}${text}${MARKS.MARK_END}`;

const TABLE = {
  'seed-a': { publisher: 'Publisher A', title: 'Title A', kind: 'patient-information', seed: '000_a.txt' },
  'seed-b': { publisher: 'Publisher B', title: 'Title B', kind: 'patient-information', seed: '001_b.txt' },
};

/** A model entry with the same text in every locale unless `texts` says otherwise. */
function entry(over = {}) {
  const base = {
    key: 'therapy:x',
    kind: 'therapy',
    label: 'therapy "x"',
    unit: 'therapy:x',
    sources: ['seed-a'],
    sourcesRequired: true,
    displayed: ['seed-a', 'seed-b'],
    review: { lastReviewed: '2026-01-01', nextReview: '2027-01-01' },
    reviewRequired: true,
    texts: {
      'en-US': [{ id: 'x.summary', ids: ['x.summary'], field: 'summary', text: 'It is a short text.', prose: true }],
    },
  };
  return { ...base, ...over };
}

function model(entries, over = {}) {
  return {
    locales: ['en-US', 'en-GB', 'en-CA', 'fr-CA'],
    entries,
    sourcesTable: TABLE,
    messageIds: new Set(
      entries.flatMap((e) =>
        Object.values(e.texts)
          .flat()
          .map((t) => t.id),
      ),
    ),
    problems: [],
    contractTherapyIds: ['x'],
    registeredTherapyIds: ['x'],
    fileTherapies: [{ file: 'x.ts', id: 'x', registered: true }],
    ...over,
  };
}

test('sources: an entry without sources fails; optional-source entries do not', () => {
  const r = checkSources(
    model([
      entry({ sources: ['seed-a', 'seed-b'] }),
      entry({ key: 'k2', label: 'sub-type "y"', sources: [] }),
      entry({ key: 'k3', label: 'priority "p"', sources: undefined, sourcesRequired: false }),
    ]),
  );
  assert.deepEqual(r.errors, ['sub-type "y": names no source']);
});

test('sources: unknown source id, missing citation fields and unused sources fail', () => {
  const table = { ...TABLE, 'ref-c': { publisher: ' ', title: 'T' }, 'ref-d': { publisher: 'P' } };
  const r = checkSources(
    model([entry({ sources: ['seed-a', 'seed-b', 'nope', 'ref-c', 'ref-d'] })], { sourcesTable: table }),
  );
  assert.ok(r.errors.includes('therapy "x": source "nope" is not in src/content/sources.ts'));
  assert.ok(r.errors.includes('source "ref-c": no publisher'));
  assert.ok(r.errors.includes('source "ref-d": no title'));
  const unused = checkSources(model([entry()]));
  assert.deepEqual(unused.errors, ['source "seed-b" is in the sources table but no entry cites it']);
});

test('sources: citing a source the widget does not display is a warning', () => {
  const r = checkSources(model([entry({ sources: ['seed-a', 'seed-b'], displayed: ['seed-a'] })]));
  assert.equal(r.errors.length, 0);
  assert.match(r.warnings[0], /cites "seed-b", which the widget's source list for it does not show/);
});

test('review dates: ISO and real, next after last; overdue is a warning, not an error', () => {
  assert.ok(parseIsoDate('2026-02-28'));
  assert.equal(parseIsoDate('2026-02-30'), undefined);
  assert.equal(parseIsoDate('23/11/2026'), undefined);
  const r = checkReviews(
    model([
      entry({ label: 'a', review: { lastReviewed: '2026-01-01', nextReview: '2027-01-01' } }),
      entry({ label: 'b', review: { lastReviewed: '2026-01-01', nextReview: '2025-12-31' } }),
      entry({ label: 'c', review: { lastReviewed: '2026-1-1', nextReview: '2027-01-01' } }),
      entry({ label: 'd', review: undefined }),
      entry({ label: 'e', review: { lastReviewed: '2024-01-01', nextReview: '2025-01-01' } }),
      entry({ label: 'f', review: undefined, reviewRequired: false }),
      entry({ label: 'g', review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' } }),
      entry({ label: 'h', review: { lastReviewed: '2026-05-01', nextReview: '2026-05-01' } }),
    ]),
    '2026-11-23',
  );
  assert.deepEqual(r.errors, [
    'b: nextReview 2025-12-31 is not after lastReviewed 2026-01-01',
    'c: lastReviewed "2026-1-1" is not an ISO date (YYYY-MM-DD)',
    'd: no review dates (review.lastReviewed, review.nextReview)',
    'g: lastReviewed 2026-12-01 is in the future',
    'h: nextReview 2026-05-01 is not after lastReviewed 2026-05-01',
  ]);
  assert.equal(r.figures.overdue, 3); // b (2025-12-31), e and h
  assert.ok(r.warnings.some((w) => w.startsWith('e: review was due on 2025-01-01')));
});

test('text: sentences and words come from the segmenter', () => {
  assert.deepEqual(sentences('One two. Three four! Five?'), ['One two.', 'Three four!', 'Five?']);
  assert.deepEqual(sentences('A heading without a stop'), ['A heading without a stop']);
  assert.deepEqual(words('Short-acting, 3 times.'), ['Short', 'acting', '3', 'times']);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.ok(grade(['The cat sat on the mat.']) < 2);
  assert.ok(grade(['Somatostatin analogues counteract hypersecretion of vasoactive intestinal polypeptide.']) > 12);
});

test('reading: easy prose passes; one hard entry fails the per-entry budget; median over budget fails', () => {
  const easy = (key) =>
    entry({
      key,
      unit: key,
      label: key,
      texts: {
        'en-US': [{ id: `${key}.s`, field: 's', text: 'You may feel sick. It can pass in a day or two.', prose: true }],
      },
    });
  const hard = entry({
    key: 'hard',
    unit: 'hard',
    label: 'hard',
    texts: {
      'en-US': [
        {
          id: 'hard.s',
          field: 's',
          text: 'Cytoreductive intervention necessitates comprehensive multidisciplinary evaluation.',
          prose: true,
        },
      ],
    },
  });
  const reading = { ...config.reading, locales: ['en-US'], budgetMedian: 7, budgetMaxEntry: 9 };
  const ok = checkReading(model([easy('a'), easy('b'), easy('c')]), reading);
  assert.deepEqual(ok.errors, []);
  const one = checkReading(model([easy('a'), easy('b'), hard]), reading);
  assert.equal(one.errors.length, 1);
  assert.match(one.errors[0], /^en-US: hard reads at grade \d+\.\d, above the per-entry budget of 9$/);
  assert.equal(one.figures.reading['en-US'].worst[0].label, 'hard');
  const many = checkReading(model([easy('a'), hard, { ...hard, key: 'h2', unit: 'h2' }]), reading);
  assert.ok(many.errors.some((e) => /median reading grade .* above the budget of 7/.test(e)));
});

test('reading: names and headings are not graded; children count with their unit', () => {
  const parent = entry({
    texts: { 'en-US': [{ id: 'x.name', field: 'name', text: 'Peptide receptor radionuclide therapy', prose: false }] },
  });
  const child = entry({
    key: 'therapy:x/subtypes[0]',
    unit: 'therapy:x',
    label: 'sub-type',
    texts: { 'en-US': [{ id: 'x.sub.desc', field: 'description', text: 'It is given as a drip.', prose: true }] },
  });
  const r = checkReading(model([parent, child]), { ...config.reading, locales: ['en-US'] });
  assert.equal(r.figures.reading['en-US'].units, 1);
  assert.equal(r.figures.reading['en-US'].worst[0].label, 'therapy "x"');
});

test('sentences: over the limit fails in any locale, at the limit passes', () => {
  const w = (n) => Array.from({ length: n }, (_, i) => `Mot${i}`).join(' ') + '.';
  const r = checkSentences(
    model([
      entry({
        texts: {
          'en-US': [{ id: 'a', field: 'summary', text: `${w(25)} ${w(3)}`, prose: true }],
          'fr-CA': [{ id: 'a', field: 'summary', text: `Court. ${w(26)}`, prose: true }],
        },
      }),
    ]),
    25,
  );
  assert.equal(r.figures.sentencesFlagged, 1);
  assert.match(r.errors[0], /^fr-CA a: sentence of 26 words \(max 25\)/);
});

test('percentages: "%", "percent", "per cent" and "pour cent" fail in every locale; "1 in 5" passes', () => {
  const t = (locale, text) => ({ [locale]: [{ id: `${locale}.id`, field: 'f', text, prose: true }] });
  const r = checkPercentages(
    model([
      entry({ texts: t('en-US', 'About 14% of people.') }),
      entry({ texts: t('en-GB', 'About 14 per cent of people.') }),
      entry({ texts: t('en-CA', 'About 14 percent of people.') }),
      entry({ texts: t('fr-CA', 'Environ 14 pour cent des gens.') }),
      entry({ texts: t('fr-CA', 'Environ 14 % des gens.') }),
      entry({ texts: t('en-US', 'About 1 in 5 people.') }),
    ]),
  );
  assert.equal(r.errors.length, 5);
});

test('urgent: six bullets in one level fail, in the locale that has them; five pass', () => {
  const bullets = (n) =>
    Array.from({ length: n }, (_, i) => ({ id: `u${i}`, field: `urgent.now.${i}`, text: 'A fever.', prose: true }));
  const r = checkUrgent(
    model([
      entry({
        kind: 'side-effects',
        label: 'side effects of "x"',
        texts: { 'en-US': bullets(5), 'en-GB': bullets(6) },
      }),
    ]),
  );
  assert.deepEqual(r.errors, ['en-GB side effects of "x": 6 "now" bullets (at most 5)']);
});

test('registry: a contract therapy missing, or a therapy file not registered, fails', () => {
  const r = checkTherapyRegistry(
    model([entry()], {
      contractTherapyIds: ['x', 'y'],
      fileTherapies: [
        { file: 'x.ts', id: 'x', registered: true },
        { file: 'z.ts', id: 'z', registered: false },
      ],
    }),
  );
  assert.deepEqual(r.errors, [
    'therapy "y" (a contract id, src/content/therapy-ids.ts) is not in the catalogue',
    'src/content/therapies/z.ts defines "z", but src/content/index.ts does not register it',
  ]);
  assert.equal(r.figures.therapies, '1/2');
});

test('seed facts: a missing entry id fails; a fact not carried needs a reason; files are checked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  writeFileSync(join(dir, '000_a.txt'), 'seed');
  writeFileSync(join(dir, '002_extra.txt'), 'seed');
  const seeds = { '000': { file: '000_a.txt', source: 'seed-a' }, '001': { file: '001_b.txt', source: 'seed-b' } };
  const m = model([entry()]);
  const r = checkSeedFacts(
    {
      seeds,
      facts: [
        { seed: '000', fact: 'It is short', entry: 'x.summary', match: 'short' },
        { seed: '000', fact: 'Gone', entry: 'x.removed' },
        { seed: '001', fact: 'Not here', entry: null, why: 'contradicts seed 000' },
        { seed: '001', fact: 'No reason', entry: null },
        { seed: '009', fact: 'Unknown seed', entry: 'x.summary', match: 'short' },
        { seed: '000', fact: 'It is short', entry: 'x.summary', match: 'short' },
      ],
    },
    m,
    dir,
  );
  assert.ok(r.errors.some((e) => /"Gone"\): entry "x.removed" is not a message id/.test(e)));
  assert.ok(r.errors.some((e) => /"No reason"\): not carried \(entry null\) but no "why"/.test(e)));
  assert.ok(r.errors.some((e) => /unknown seed "009"/.test(e)));
  assert.ok(r.errors.some((e) => /listed twice/.test(e)));
  assert.ok(r.errors.includes(`seed 001: 001_b.txt is not in ${dir}`));
  assert.ok(r.errors.includes(`seed file 002_extra.txt is in ${dir} but not in the seed-facts list`));
  // seed-b's fact "It is short" is not cited by the entry carrying it: only seed-a is.
  assert.deepEqual(r.figures.seedFacts, { listed: 6, covered: 3, notCarried: 2 });
  const cites = checkSeedFacts(
    { seeds, facts: [{ seed: '001', fact: 'B says so', entry: 'x.summary', match: 'short' }] },
    m,
    undefined,
  );
  assert.deepEqual(cites.errors, []);
  assert.match(cites.warnings[0], /carried by x.summary, but therapy "x" does not cite seed-b/);
  assert.match(
    checkSeedFacts({ seeds: { '000': { file: '000_zz.txt', source: 'seed-a' } }, facts: [] }, m).errors.join('\n'),
    /the list is empty[\s\S]*sources table says "seed-a" is 000_a.txt, the list says 000_zz.txt/,
  );
});

test('translations: message ids without a <target> are counted per locale', () => {
  const xlf = `<trans-unit id="x.summary"><source>a</source><target>b</target></trans-unit>
  <trans-unit id="y"><source>a</source></trans-unit>`;
  const m = model([entry()], { messageIds: new Set(['x.summary', 'y', 'z']) });
  const r = checkTranslations(m, { 'fr-CA': xlf });
  assert.equal(r.figures.untranslated['fr-CA'], 2);
  assert.equal(r.errors.length, 0);
});

test('collect: reads ids from the recording msg(), finds children, flags strings outside msg()', () => {
  assert.deepEqual(parseMarked(`${mark('a', 'Take ')}${mark('b', 'it')}`, MARKS), {
    plain: 'Take it',
    ids: ['a', 'b'],
    unmarked: false,
  });
  assert.equal(parseMarked(`Hard-coded ${mark('a', 'x')}`, MARKS).unmarked, true);

  let locale = 'en-US';
  const say = (id, en, fr) => mark(id, locale === 'fr-CA' ? fr : en);
  const review = { lastReviewed: '2026-01-01', nextReview: '2027-01-01' };
  const therapy = {
    id: 'x',
    sources: ['seed-a'],
    review,
    text: () => ({
      name: say('x.name', 'Ex', 'Ex'),
      summary: say('x.summary', 'A summary.', 'Un résumé.'),
      whenUsed: [say('x.when', 'Sometimes.', 'Parfois.'), 'Not translatable.'],
      examples: [{ name: say('x.example.e', 'Drug (Brand)', 'Drug (Brand)'), sources: ['seed-b'] }],
      subtypes: [],
    }),
    sideEffects: {
      sources: ['seed-b'],
      review,
      text: () => ({
        intro: say('x.se.intro', 'Intro.', 'Intro.'),
        items: [{ name: say('x.se.a', 'A', 'A'), description: say('', 'No id.', 'Pas d’id.'), sources: ['seed-b'] }],
        urgent: [],
      }),
    },
  };
  const bundle = {
    ...MARKS,
    content: {
      allTherapies: () => [therapy],
      getTherapy: (id) => (id === 'x' ? therapy : undefined),
      THERAPY_IDS: ['x'],
    },
    types: { THERAPY_IDS: ['x', 'y'] },
    sourcesModule: { sources: TABLE },
    locale: {
      setLocale: (l) => {
        locale = l ?? 'en-US';
      },
    },
    decisionFactors: {
      decisionChecklist: { sources: ['seed-a'], review, text: () => ({ title: say('c.title', 'Checklist', 'Liste') }) },
      decisionFactors: [
        {
          id: 'f',
          sources: ['seed-a'],
          text: () => ({ name: say('f.name', 'F', 'F'), why: say('f.why', 'Why.', 'Pourquoi.') }),
        },
      ],
      priorities: [{ id: 'p', text: () => say('p', 'P', 'P') }],
      checklistSources: () => ['seed-a'],
    },
    therapyFiles: { 'x.ts': { x: therapy }, 'z.ts': { z: { ...therapy, id: 'z' } } },
  };
  const m = collect(bundle);
  const kinds = m.entries.map((e) => e.kind).sort();
  assert.deepEqual(kinds, [
    'checklist',
    'decision-factor',
    'example',
    'priority',
    'side-effect',
    'side-effects',
    'therapy',
  ]);
  const example = m.entries.find((e) => e.kind === 'example');
  assert.equal(example.label, 'example "x.example.e"');
  assert.deepEqual(example.sources, ['seed-b']);
  assert.equal(example.unit, 'therapy:x');
  const factor = m.entries.find((e) => e.kind === 'decision-factor');
  assert.equal(factor.reviewRequired, false);
  assert.deepEqual(factor.review, review);
  assert.equal(m.entries.find((e) => e.kind === 'therapy').texts['fr-CA'][1].text, 'Un résumé.');
  assert.ok(m.messageIds.has('x.se.a') && m.messageIds.has('p'));
  assert.ok(m.problems.some((p) => /whenUsed\.1: text does not come from msg\(\)/.test(p)));
  assert.ok(m.problems.some((p) => /msg\(\) without a stable id \("No id\."\)/.test(p)));
  assert.deepEqual(m.fileTherapies, [
    { file: 'x.ts', id: 'x', registered: true },
    { file: 'z.ts', id: 'z', registered: false },
  ]);
  assert.deepEqual(m.contractTherapyIds, ['x', 'y']);
  assert.equal(locale, 'en-US'); // locale restored to automatic detection
});

test('report: prints the figures and returns true only when a check failed', () => {
  const lines = [];
  const out = (l) => lines.push(l);
  const m = model([entry({ sources: ['seed-a', 'seed-b'] })]);
  const results = { sources: checkSources(m), reading: checkReading(m, { ...config.reading, locales: ['en-US'] }) };
  assert.equal(report(m, results, config, {}, out), false);
  assert.ok(lines.some((l) => /reading grade en-US +median/.test(l)));
  assert.ok(lines.at(-1).startsWith('\nOK'));
  const failing = { sources: checkSources(model([entry({ sources: [] })])) };
  lines.length = 0;
  assert.equal(report(m, failing, config, {}, out), true);
  assert.ok(lines.some((l) => l.includes('names no source')));
});
