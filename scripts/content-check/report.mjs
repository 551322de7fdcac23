/** Prints the figures as a compact table, then warnings and errors. Returns true when it failed. */

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');

export function report(model, results, config, { verbose = false, seedsDir, ms } = {}, out = console.log) {
  const count = (kind) => model.entries.filter((e) => e.kind === kind).length;
  const all = Object.values(results);
  const errors = all.flatMap((r) => r.errors);
  const warnings = all.flatMap((r) => r.warnings);
  const f = Object.assign({}, ...all.map((r) => r.figures));
  const reading = f.reading ?? {};
  const seeds = f.seedFacts ?? { listed: 0, covered: 0, notCarried: 0 };

  const rows = [
    ['therapies (contract ids)', f.therapies],
    [
      'entries',
      `${model.entries.length} (therapies ${count('therapy')}, examples ${count('example')}, sub-types ${count('sub-type')}, ` +
        `side-effect lists ${count('side-effects')}, side effects ${count('side-effect')}, decision factors ${count('decision-factor')}, ` +
        `checklist ${count('checklist')}, priorities ${count('priority')})`,
    ],
    ['content version', f.contentVersion ?? '–'],
    ['messages', model.messageIds.size],
    [
      'evidence',
      f.evidence
        ? `${f.evidence.withEvidence}/${f.evidence.messages} messages quoted, ${f.evidence.seedVerified} with a seed quote ` +
          `verified word for word, ${f.evidence.exempt} exempt (prompts); ${f.evidence.externalSources} external sources with URLs`
        : '–',
    ],
    ['sources', `${f.sources} in table, ${f.sourcesUsed} cited`],
    ['review dates', `${f.reviewed} entries dated, ${f.overdue} overdue`],
    ...Object.entries(reading).map(([l, r]) => [
      `reading grade ${l}`,
      `median ${fmt(r.median)} over ${r.units} entries (goal ≤ ${config.reading.goalMedian}, budget ≤ ${config.reading.budgetMedian}; ` +
        `max ${fmt(r.worst[0]?.grade)}, budget ≤ ${config.reading.budgetMaxEntry})`,
    ]),
    [`sentences > ${config.maxSentenceWords} words`, `${f.sentencesFlagged} (all locales)`],
    ['percentages', f.percentages],
    [
      'seed facts',
      `${seeds.covered} covered / ${seeds.listed} listed` +
        (seeds.notCarried ? ` (${seeds.notCarried} not carried, with reasons)` : '') +
        (seedsDir ? '' : ' — seed files not checked (no seeds directory)'),
    ],
    [
      'untranslated (XLIFF)',
      Object.entries(f.untranslated ?? {})
        .map(([l, n]) => `${l} ${n}`)
        .join(', ') + ' (locales:check enforces)',
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  out('content check' + (ms ? ` (${(ms / 1000).toFixed(1)} s)` : ''));
  for (const [k, v] of rows) out(`  ${k.padEnd(width)}  ${v}`);

  const en = reading[config.reading.locales[0]];
  if (en?.worst?.length) {
    out(`  hardest entries (${config.reading.locales[0]} grade):`);
    for (const u of en.worst) out(`    ${fmt(u.grade).padStart(5)}  ${u.label || u.unit}`);
  }

  const limit = verbose ? Infinity : 40;
  if (warnings.length) {
    out(`\nWARNINGS (${warnings.length}):`);
    for (const w of warnings.slice(0, limit)) out(`  ! ${w}`);
    if (warnings.length > limit) out(`  … ${warnings.length - limit} more (--verbose)`);
  }
  if (errors.length) {
    out(`\nFAILED: ${errors.length} problem(s):`);
    for (const e of errors.slice(0, limit)) out(`  ✗ ${e}`);
    if (errors.length > limit) out(`  … ${errors.length - limit} more (--verbose)`);
  } else {
    out('\nOK: the content passes every check.');
  }
  return errors.length > 0;
}
