/**
 * The checks, as pure functions of the model built by collect.mjs (or a test fixture). Each returns
 * { errors, warnings, figures }: an error fails the check, a warning is printed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { grade, median, sentences, words, PERCENT_PATTERN } from './text.mjs';

const result = () => ({ errors: [], warnings: [], figures: {} });

/** Entries name sources; sources exist with a full citation; no source goes unused. */
export function checkSources(model) {
  const r = result();
  const table = model.sourcesTable;
  const used = new Set();
  for (const e of model.entries) {
    const ids = e.sources ?? [];
    if (e.sourcesRequired && ids.length === 0) r.errors.push(`${e.label}: names no source`);
    for (const id of ids) {
      used.add(id);
      if (!Object.hasOwn(table, id)) r.errors.push(`${e.label}: source "${id}" is not in src/content/sources.ts`);
      else if (e.displayed && !e.displayed.includes(id)) {
        r.warnings.push(`${e.label}: cites "${id}", which the widget's source list for it does not show`);
      }
    }
  }
  for (const [id, s] of Object.entries(table)) {
    if (!s || typeof s.publisher !== 'string' || !s.publisher.trim()) r.errors.push(`source "${id}": no publisher`);
    if (!s || typeof s.title !== 'string' || !s.title.trim()) r.errors.push(`source "${id}": no title`);
    if (!SOURCE_KINDS.includes(s?.kind))
      r.errors.push(`source "${id}": kind must be one of ${SOURCE_KINDS.join(', ')}`);
    if (s?.date !== undefined && !isPartialIsoDate(s.date)) {
      r.errors.push(`source "${id}": date "${s.date}" is not YYYY-MM-DD, YYYY-MM or YYYY`);
    }
    if (s?.url !== undefined && !/^https:\/\/[^\s]+$/.test(s.url))
      r.errors.push(`source "${id}": url must be https://…`);
    if (!used.has(id)) r.errors.push(`source "${id}" is in the sources table but no entry cites it`);
  }
  for (const dup of model.duplicateSourceIds ?? []) r.errors.push(`source "${dup}" is defined in two source files`);
  r.figures.sources = Object.keys(table).length;
  r.figures.sourcesUsed = [...used].filter((id) => Object.hasOwn(table, id)).length;
  return r;
}

export const SOURCE_KINDS = ['patient-information', 'regulatory', 'journal', 'industry-sponsored'];

/** YYYY-MM-DD (a real day), YYYY-MM or YYYY: as precise as the source's own date. */
export function isPartialIsoDate(value) {
  if (typeof value !== 'string') return false;
  if (/^\d{4}$/.test(value)) return true;
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return +m[2] >= 1 && +m[2] <= 12;
  return !!parseIsoDate(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD, or undefined. */
export function parseIsoDate(value) {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : undefined;
}

/** Review dates: present, ISO, next after last; a passed next-review date is a warning. */
export function checkReviews(model, today = new Date().toISOString().slice(0, 10)) {
  const r = result();
  const now = parseIsoDate(today);
  const overdue = [];
  for (const e of model.entries.filter((x) => x.reviewRequired)) {
    const rev = e.review;
    if (!rev) {
      r.errors.push(`${e.label}: no review dates (review.lastReviewed, review.nextReview)`);
      continue;
    }
    const last = parseIsoDate(rev.lastReviewed);
    const next = parseIsoDate(rev.nextReview);
    if (!last) r.errors.push(`${e.label}: lastReviewed "${rev.lastReviewed}" is not an ISO date (YYYY-MM-DD)`);
    if (!next) r.errors.push(`${e.label}: nextReview "${rev.nextReview}" is not an ISO date (YYYY-MM-DD)`);
    if (!last || !next) continue;
    if (next <= last)
      r.errors.push(`${e.label}: nextReview ${rev.nextReview} is not after lastReviewed ${rev.lastReviewed}`);
    if (last > now) r.errors.push(`${e.label}: lastReviewed ${rev.lastReviewed} is in the future`);
    if (next < now) {
      overdue.push(e.label);
      r.warnings.push(`${e.label}: review was due on ${rev.nextReview} — the page is out of date`);
    }
  }
  r.figures.reviewed = model.entries.filter((x) => x.reviewRequired).length;
  r.figures.overdue = overdue.length;
  return r;
}

/** Units of reading: a top-level entry with its children's prose. */
function readingUnits(model, locale) {
  const units = new Map();
  for (const e of model.entries) {
    const texts = (e.texts[locale] ?? []).filter((t) => t.prose).map((t) => t.text);
    if (!units.has(e.unit)) units.set(e.unit, { unit: e.unit, label: '', texts: [] });
    const u = units.get(e.unit);
    if (e.key === e.unit) u.label = e.label;
    u.texts.push(...texts);
  }
  return [...units.values()].filter((u) => u.texts.length > 0);
}

/** Flesch–Kincaid grade per entry in each English locale, median and worst; fails over budget. */
export function checkReading(model, reading) {
  const r = result();
  r.figures.reading = {};
  for (const locale of reading.locales) {
    const graded = readingUnits(model, locale)
      .map((u) => ({ ...u, grade: grade(u.texts, 'en') }))
      .filter((u) => Number.isFinite(u.grade))
      .sort((a, b) => b.grade - a.grade);
    const med = median(graded.map((u) => u.grade));
    r.figures.reading[locale] = { median: med, units: graded.length, worst: graded.slice(0, reading.worst) };
    if (med > reading.budgetMedian) {
      r.errors.push(`${locale}: median reading grade ${med.toFixed(1)} is above the budget of ${reading.budgetMedian}`);
    }
    for (const u of graded.filter((x) => x.grade > reading.budgetMaxEntry)) {
      r.errors.push(
        `${locale}: ${u.label || u.unit} reads at grade ${u.grade.toFixed(1)}, above the per-entry budget of ${reading.budgetMaxEntry}`,
      );
    }
  }
  return r;
}

/** Sentences longer than `max` words, in every locale. */
export function checkSentences(model, max) {
  const r = result();
  const flagged = [];
  for (const e of model.entries) {
    for (const [locale, texts] of Object.entries(e.texts)) {
      for (const t of texts) {
        for (const s of sentences(t.text, locale)) {
          const n = words(s, locale).length;
          if (n > max) {
            flagged.push({ entry: e.label, id: t.id, locale, words: n, sentence: s });
            r.errors.push(`${locale} ${t.id || e.label}: sentence of ${n} words (max ${max}): "${s}"`);
          }
        }
      }
    }
  }
  r.figures.sentencesFlagged = flagged.length;
  r.figures.flagged = flagged;
  return r;
}

/** No percentages in reader-facing text, in any locale (docs/content-rules.md §2: "1 in 7", not "14%"). */
export function checkPercentages(model) {
  const r = result();
  for (const e of model.entries) {
    for (const [locale, texts] of Object.entries(e.texts)) {
      for (const t of texts) {
        const m = PERCENT_PATTERN.exec(t.text);
        if (m) r.errors.push(`${locale} ${t.id || e.label}: percentage ("${m[0]}") in "${t.text.slice(0, 80)}"`);
      }
    }
  }
  r.figures.percentages = r.errors.length;
  return r;
}

/** Every therapy of the contract is in the catalogue; every therapy file is registered. */
export function checkTherapyRegistry(model) {
  const r = result();
  const registered = new Set(model.registeredTherapyIds);
  for (const id of model.contractTherapyIds) {
    if (!registered.has(id))
      r.errors.push(`therapy "${id}" (a contract id, src/content/therapy-ids.ts) is not in the catalogue`);
  }
  for (const f of model.fileTherapies ?? []) {
    if (!f.registered)
      r.errors.push(`src/content/therapies/${f.file} defines "${f.id}", but src/content/index.ts does not register it`);
  }
  r.figures.therapies = `${model.contractTherapyIds.filter((id) => registered.has(id)).length}/${model.contractTherapyIds.length}`;
  return r;
}

/** At most this many bullets in one urgent level (NHS content style; base/urgent-advice.ts shows no more). */
export const MAX_URGENT_BULLETS = 5;

/** Urgent advice: at most five bullets a level, in every locale. */
export function checkUrgent(model) {
  const r = result();
  for (const e of model.entries.filter((x) => x.kind === 'side-effects')) {
    for (const [locale, texts] of Object.entries(e.texts)) {
      const counts = new Map();
      for (const t of texts) {
        const level = /^urgent\.(\w+)\.\d+$/.exec(t.field)?.[1];
        if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
      }
      for (const [level, n] of counts) {
        if (n > MAX_URGENT_BULLETS)
          r.errors.push(`${locale} ${e.label}: ${n} "${level}" bullets (at most ${MAX_URGENT_BULLETS})`);
      }
    }
  }
  return r;
}

/**
 * Seed coverage: each listed fact names a seed and the message id that carries it; the id must
 * exist. A fact deliberately not carried has `entry: null` and says why.
 */
export function checkSeedFacts(list, model, seedsDir) {
  const r = result();
  const seeds = list?.seeds ?? {};
  const facts = Array.isArray(list?.facts) ? list.facts : [];
  if (facts.length === 0) r.errors.push('seed facts: the list is empty');
  for (const [key, s] of Object.entries(seeds)) {
    if (!s.file) r.errors.push(`seed ${key}: no file name`);
    const src = model.sourcesTable[s.source];
    if (!src) r.errors.push(`seed ${key}: source "${s.source}" is not in the sources table`);
    else if (src.seed !== s.file)
      r.errors.push(
        `seed ${key}: sources table says "${s.source}" is ${src.seed ?? 'no seed'}, the list says ${s.file}`,
      );
    if (seedsDir && !existsSync(`${seedsDir}/${s.file}`)) r.errors.push(`seed ${key}: ${s.file} is not in ${seedsDir}`);
  }
  if (seedsDir) {
    const listed = new Set(Object.values(seeds).map((s) => s.file));
    for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt'))) {
      if (!listed.has(f)) r.errors.push(`seed file ${f} is in ${seedsDir} but not in the seed-facts list`);
    }
  }
  // Where each message id lives, to check that the carrying entry cites the seed.
  const owner = new Map();
  for (const e of model.entries) {
    for (const t of e.texts['en-US'] ?? [])
      for (const id of t.ids ?? [t.id]) if (id && !owner.has(id)) owner.set(id, e);
  }
  const byKey = new Map(model.entries.map((e) => [e.key, e]));
  // The en-US text of each message id, alone (a text may hold several ids: take those whose id leads).
  const enText = new Map();
  for (const e of model.entries) {
    for (const t of e.texts['en-US'] ?? []) if (t.id && !enText.has(t.id)) enText.set(t.id, t.text);
  }
  const seen = new Set();
  let covered = 0;
  let notCarried = 0;
  for (const [i, f] of facts.entries()) {
    const where = `seed fact #${i + 1} (${f.seed}: "${String(f.fact ?? '').slice(0, 60)}")`;
    if (!Object.hasOwn(seeds, f.seed)) r.errors.push(`${where}: unknown seed "${f.seed}"`);
    if (typeof f.fact !== 'string' || !f.fact.trim()) r.errors.push(`${where}: no fact text`);
    const dup = `${f.seed}|${f.fact}`;
    if (seen.has(dup)) r.errors.push(`${where}: listed twice`);
    seen.add(dup);
    if (f.entry === null) {
      if (typeof f.why !== 'string' || !f.why.trim()) r.errors.push(`${where}: not carried (entry null) but no "why"`);
      notCarried += 1;
      continue;
    }
    if (typeof f.entry !== 'string' || !model.messageIds.has(f.entry)) {
      r.errors.push(`${where}: entry "${f.entry}" is not a message id in the catalogue`);
      continue;
    }
    // Carried means said: the fact's `match` (words, or /a pattern/) is in the message's en-US text.
    const text = enText.get(f.entry) ?? '';
    const pattern = toPattern(f.match);
    if (!pattern) {
      r.errors.push(`${where}: no "match" (the words, or /a pattern/, that show ${f.entry} says it)`);
      continue;
    }
    if (!pattern.test(text)) {
      r.errors.push(`${where}: ${f.entry} does not say it (no match for ${pattern} in "${text.slice(0, 80)}")`);
      continue;
    }
    covered += 1;
    const e = owner.get(f.entry);
    const source = seeds[f.seed]?.source;
    if (e && source) {
      const cites = new Set([...(e.sources ?? []), ...(byKey.get(e.unit)?.sources ?? [])]);
      if (!cites.has(source))
        r.warnings.push(`${where}: carried by ${f.entry}, but ${e.label} does not cite ${source}`);
    }
  }
  r.figures.seedFacts = { listed: facts.length, covered, notCarried };
  return r;
}

/** A fact's `match`: "/pattern/flags" is a regular expression, anything else literal words (case-insensitive). */
export function toPattern(match) {
  if (typeof match !== 'string' || !match.trim()) return undefined;
  const re = /^\/(.+)\/([a-z]*)$/.exec(match);
  if (re) return new RegExp(re[1], re[2]);
  return new RegExp(match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** How many catalogue message ids have no translation in locales/<locale>.xlf (a figure). */
export function checkTranslations(model, xliff) {
  const r = result();
  r.figures.untranslated = {};
  for (const [locale, text] of Object.entries(xliff)) {
    const translated = new Set();
    const re = /<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
    for (let m; (m = re.exec(text));) if (/<target\b/.test(m[2])) translated.add(m[1]);
    const missing = [...model.messageIds].filter((id) => !translated.has(id));
    // A figure only: `npm run check:locales` owns translation completeness and fails on it.
    r.figures.untranslated[locale] = missing.length;
  }
  return r;
}
