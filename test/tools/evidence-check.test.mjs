// The evidence rules of the content check (scripts/content-check/evidence.mjs, quotes.mjs) and
// the structured-source and seed-fact-by-text rules (rules.mjs): each rule is shown to pass on a
// good fixture and to fail on a broken one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEvidence, requiredEvidenceIds } from '../../scripts/content-check/evidence.mjs';
import { missingParts, normalise } from '../../scripts/content-check/quotes.mjs';
import { checkSeedFacts, checkSources, isPartialIsoDate, toPattern } from '../../scripts/content-check/rules.mjs';

const SEED_TEXT =
  'Surgery is usually used.  Most people with NETs benefit from surgery when it can be done.\nIt’s “fine”.';
const SEEDS = { '004_x.txt': SEED_TEXT };
const TABLE = {
  'seed-x': { publisher: 'Canadian Cancer Society', title: 'T', kind: 'patient-information', seed: '004_x.txt' },
  'web-y': {
    publisher: 'Cancer Research UK',
    title: 'Page',
    kind: 'patient-information',
    url: 'https://www.cancerresearchuk.org/page',
    accessed: '2026-12-01',
  },
};

/** A one-therapy model: a name and a summary, in en-US. */
function model(over = {}) {
  const texts = {
    'en-US': [
      { id: 'x.name', ids: ['x.name'], field: 'name', text: 'Surgery' },
      { id: 'x.summary', ids: ['x.summary'], field: 'summary', text: 'Most people with NETs benefit from surgery.' },
    ],
  };
  return {
    locales: ['en-US', 'en-GB'],
    entries: [{ key: 'therapy:x', kind: 'therapy', label: 'therapy "x"', sources: ['seed-x'], texts }],
    messageIds: new Set(['x.name', 'x.summary']),
    sourcesTable: TABLE,
    ...over,
  };
}

const quote = (q, source = 'seed-x') => [{ source, quote: q }];
const GOOD = {
  'x.name': quote('Surgery is usually used.'),
  'x.summary': quote('Most people with NETs benefit from surgery when it can be done.'),
  'x@status': quote('Surgery is usually used.'),
  'x@aims': quote('Most people with NETs benefit from surgery'),
  'x@delivery': quote('Page text', 'web-y'),
};

test('quotes: white space and curly quotes are forgiven, nothing else; an ellipsis joins passages', () => {
  assert.equal(normalise('It’s  “fine”.\n'), 'It\'s "fine".');
  assert.deepEqual(missingParts('Surgery is usually used. Most people with NETs', SEED_TEXT), []);
  assert.deepEqual(missingParts('It\'s "fine".', SEED_TEXT), []);
  assert.deepEqual(missingParts('Surgery is usually used. … when it can be done.', SEED_TEXT), []);
  assert.deepEqual(missingParts('Surgery is often used.', SEED_TEXT), ['Surgery is often used.']);
  assert.deepEqual(missingParts('Most people with NET benefit', SEED_TEXT), ['Most people with NET benefit']);
});

test('evidence: a complete, verbatim set passes and is counted', () => {
  const r = checkEvidence(model(), { 'x.evidence.json': GOOD }, SEEDS);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.figures.evidence, {
    messages: 2,
    withEvidence: 2,
    seedVerified: 2,
    exempt: 0,
    externalSources: 1,
  });
  assert.deepEqual([...requiredEvidenceIds(model())].sort(), [
    'x.name',
    'x.summary',
    'x@aims',
    'x@delivery',
    'x@status',
  ]);
});

test('evidence: fails on a message without evidence, and on a data field without it', () => {
  const { 'x.summary': _s, 'x@aims': _a, ...rest } = GOOD;
  const r = checkEvidence(model(), { 'x.evidence.json': rest }, SEEDS);
  assert.ok(r.errors.includes('"x.summary" has no evidence (add it to the entry\'s .evidence.json)'));
  assert.ok(r.errors.includes('"x@aims" has no evidence (add it to the entry\'s .evidence.json)'));
});

test('evidence: fails on a seed quote that is not word for word in the seed', () => {
  const r = checkEvidence(
    model(),
    { 'x.evidence.json': { ...GOOD, 'x.summary': quote('Most people benefit from surgery.') } },
    SEEDS,
  );
  assert.match(r.errors.join('\n'), /"x\.summary" \[0\]: not found verbatim in 004_x\.txt/);
});

test('evidence: fails on a non-seed source without url or without the date it was read', () => {
  const table = { ...TABLE, 'web-y': { ...TABLE['web-y'], url: undefined, accessed: undefined } };
  const r = checkEvidence(model({ sourcesTable: table }), { 'x.evidence.json': GOOD }, SEEDS);
  assert.ok(r.errors.includes('source "web-y": not a seed, so it needs its public "url"'));
  assert.ok(r.errors.some((e) => e.startsWith('source "web-y": not a seed, so it needs "accessed"')));
});

test('evidence: fails on an unknown source, an empty quote, stale ids, duplicates and bad locales', () => {
  const r = checkEvidence(
    model(),
    {
      'a.evidence.json': {
        ...GOOD,
        'x.name': [{ source: 'nowhere', quote: 'x' }],
        'x.summary': [{ source: 'seed-x', quote: ' ' }],
        'x.gone': quote('Surgery is usually used.'),
        'x@status': [{ ...quote('Surgery is usually used.')[0], locales: ['de-DE'] }],
      },
      'b.evidence.json': { 'x@delivery': quote('Page', 'web-y') },
    },
    SEEDS,
  );
  const all = r.errors.join('\n');
  assert.match(all, /source "nowhere" is not in src\/content\/sources\//);
  assert.match(all, /"x\.summary" \[0\]: needs "source" and a non-empty "quote"/);
  assert.match(all, /"x\.gone" is not a message \(or data field\) in the catalogue/);
  assert.match(all, /evidence for "x@delivery" is also in a\.evidence\.json/);
  assert.match(all, /unknown locale "de-DE"/);
});

test("evidence: only the checklist's own words and priorities may be exempt, with a reason", () => {
  const m = model({ messageIds: new Set(['x.name', 'x.summary', 'checklist.intro']) });
  const ok = checkEvidence(m, { e: { ...GOOD, 'checklist.intro': [{ exempt: 'an instruction' }] } }, SEEDS);
  assert.deepEqual(ok.errors, []);
  assert.equal(ok.figures.evidence.exempt, 1);
  const bad = checkEvidence(
    m,
    { e: { ...GOOD, 'x.name': [{ exempt: 'just because' }], 'checklist.intro': [{ exempt: '' }] } },
    SEEDS,
  );
  assert.match(bad.errors.join('\n'), /"x\.name" \[0\]: only the checklist's own words and priorities may be exempt/);
  assert.match(bad.errors.join('\n'), /"checklist\.intro" \[0\]: an exemption needs its reason/);
});

test('sources: kind, date precision, https url and ids unique across files are enforced', () => {
  assert.ok(isPartialIsoDate('2024') && isPartialIsoDate('2018-09') && isPartialIsoDate('2022-06-06'));
  assert.ok(!isPartialIsoDate('June 2022') && !isPartialIsoDate('2022-13') && !isPartialIsoDate('2022-02-30'));
  const m = model({
    sourcesTable: {
      a: { publisher: 'P', title: 'T', kind: 'blog', date: 'June 2022', url: 'http://x' },
    },
    entries: [{ key: 'e', kind: 'therapy', label: 'therapy "e"', sources: ['a'], sourcesRequired: true, texts: {} }],
    duplicateSourceIds: ['a'],
  });
  const all = checkSources(m).errors.join('\n');
  assert.match(all, /source "a": kind must be one of/);
  assert.match(all, /source "a": date "June 2022" is not YYYY-MM-DD, YYYY-MM or YYYY/);
  assert.match(all, /source "a": url must be https:/);
  assert.match(all, /source "a" is defined in two source files/);
});

test('seed facts are checked by text: the carrying message must say it', () => {
  assert.equal(toPattern('/won.t shrink/i').test("It won't shrink"), true);
  assert.equal(toPattern('benefit from surgery').test('Most people BENEFIT from surgery'), true);
  const list = (fact) => ({ seeds: { '004': { file: '004_x.txt', source: 'seed-x' } }, facts: [fact] });
  const said = checkSeedFacts(
    list({ seed: '004', fact: 'most benefit', entry: 'x.summary', match: 'benefit from surgery' }),
    model(),
  );
  assert.deepEqual(said.errors, []);
  assert.equal(said.figures.seedFacts.covered, 1);
  const notSaid = checkSeedFacts(
    list({ seed: '004', fact: 'most benefit', entry: 'x.name', match: 'benefit from surgery' }),
    model(),
  );
  assert.match(notSaid.errors.join('\n'), /x\.name does not say it/);
  const noMatch = checkSeedFacts(list({ seed: '004', fact: 'most benefit', entry: 'x.summary' }), model());
  assert.match(noMatch.errors.join('\n'), /no "match"/);
});
