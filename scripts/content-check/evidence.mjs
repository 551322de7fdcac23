/**
 * Evidence: every content message keeps the quoted sentence(s) it rests on, so a reviewer can check
 * it in a minute. The quotes live beside the entries, one JSON file per content file
 * (src/content/therapies/<id>.evidence.json, src/content/decision-factors.evidence.json):
 *
 *   { "<message id>": [ { "source": "<source id>", "quote": "<the source's exact words>",
 *                         "locales"?: ["en-GB"], "note"?: "how the message follows" } ],
 *     "<prefix>@status": [ … ] }          // the entry's data fields: @status, @aims, @delivery
 *
 * A message that makes no claim (an instruction or a values prompt of the checklist) may instead
 * carry [{ "exempt": "why" }]; only ids matching EXEMPTABLE may.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { missingParts } from './quotes.mjs';
import { parseIsoDate } from './rules.mjs';

/** Ids that may be exempt: the checklist's own words and the priorities (prompts, not claims). */
export const EXEMPTABLE = /^(checklist\.|priority\.)/;

/** Data fields of a therapy that need evidence, besides its messages. */
export const DATA_FIELDS = ['status', 'aims', 'delivery'];

/** Read every evidence file under src/content: { file → parsed JSON } (parse errors are reported). */
export function readEvidenceFiles(root) {
  const files = {};
  const errors = [];
  const dirs = [join(root, 'src/content'), join(root, 'src/content/therapies')];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.evidence.json'))) {
      const path = join(dir, f);
      const rel = relative(root, path);
      try {
        files[rel] = JSON.parse(readFileSync(path, 'utf8'));
      } catch (err) {
        errors.push(`${rel}: not valid JSON (${err.message})`);
      }
    }
  }
  return { files, errors };
}

/** The seed texts by seed file name (from the seeds directory). */
export function readSeeds(seedsDir) {
  const seeds = {};
  if (!seedsDir || !existsSync(seedsDir)) return seeds;
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt'))) {
    seeds[f] = readFileSync(join(seedsDir, f), 'utf8');
  }
  return seeds;
}

/**
 * The ids that need evidence: every message a content entry renders, plus each therapy's data
 * fields as `<prefix>@field`, where the prefix is that of the therapy's name message ("prrt.name").
 */
export function requiredEvidenceIds(model) {
  const ids = new Set(model.messageIds);
  for (const e of model.entries.filter((x) => x.kind === 'therapy')) {
    const name = (e.texts['en-US'] ?? []).find((t) => t.field === 'name');
    const prefix = name?.id?.replace(/\.name$/, '');
    if (prefix) for (const f of DATA_FIELDS) ids.add(`${prefix}@${f}`);
  }
  return ids;
}

/**
 * Check the evidence against the catalogue, the sources table and the seed texts.
 * `evidence` is { file → { id → items } }; `seeds` is { seed file name → text }.
 */
export function checkEvidence(model, evidence, seeds, { locales = model.locales } = {}) {
  const r = { errors: [], warnings: [], figures: {} };
  const table = model.sourcesTable;
  const required = requiredEvidenceIds(model);
  const where = new Map(); // id → file
  const seedVerified = new Set();
  const exempt = new Set();
  const externalUsed = new Set();
  for (const [file, map] of Object.entries(evidence)) {
    if (!map || typeof map !== 'object' || Array.isArray(map)) {
      r.errors.push(`${file}: must be an object of message id → evidence list`);
      continue;
    }
    for (const [id, items] of Object.entries(map)) {
      if (id.startsWith('$')) continue; // "$comment"
      if (where.has(id)) r.errors.push(`${file}: evidence for "${id}" is also in ${where.get(id)}`);
      where.set(id, file);
      if (!required.has(id)) {
        r.errors.push(`${file}: "${id}" is not a message (or data field) in the catalogue: remove stale evidence`);
      }
      if (!Array.isArray(items) || items.length === 0) {
        r.errors.push(`${file}: "${id}" has no evidence (an empty list)`);
        continue;
      }
      let seedOk = false;
      for (const [i, item] of items.entries()) {
        const at = `${file}: "${id}" [${i}]`;
        if (item && typeof item.exempt === 'string') {
          if (!EXEMPTABLE.test(id)) r.errors.push(`${at}: only the checklist's own words and priorities may be exempt`);
          else if (!item.exempt.trim()) r.errors.push(`${at}: an exemption needs its reason`);
          else exempt.add(id);
          continue;
        }
        if (!item || typeof item.source !== 'string' || typeof item.quote !== 'string' || !item.quote.trim()) {
          r.errors.push(`${at}: needs "source" and a non-empty "quote"`);
          continue;
        }
        for (const l of item.locales ?? []) {
          if (!locales.includes(l)) r.errors.push(`${at}: unknown locale "${l}"`);
        }
        const src = table[item.source];
        if (!src) {
          r.errors.push(`${at}: source "${item.source}" is not in src/content/sources/`);
          continue;
        }
        if (src.seed) {
          const text = seeds[src.seed];
          if (text === undefined) {
            r.errors.push(`${at}: seed file ${src.seed} is not in evidence/seeds/`);
            continue;
          }
          const missing = missingParts(item.quote, text);
          if (missing.length) {
            r.errors.push(`${at}: not found verbatim in ${src.seed}: "${missing[0].slice(0, 90)}"`);
          } else seedOk = true;
        } else {
          externalUsed.add(item.source);
        }
      }
      if (seedOk) seedVerified.add(id);
    }
  }
  const missing = [...required].filter((id) => !where.has(id)).sort();
  for (const id of missing) r.errors.push(`"${id}" has no evidence (add it to the entry's .evidence.json)`);
  for (const id of externalUsed) {
    const s = table[id];
    if (!s.url) r.errors.push(`source "${id}": not a seed, so it needs its public "url"`);
    if (!parseIsoDate(s.accessed))
      r.errors.push(`source "${id}": not a seed, so it needs "accessed" (YYYY-MM-DD, the day it was read)`);
  }
  const messages = model.messageIds.size;
  r.figures.evidence = {
    messages,
    withEvidence: [...model.messageIds].filter((id) => where.has(id)).length,
    seedVerified: [...model.messageIds].filter((id) => seedVerified.has(id)).length,
    exempt: exempt.size,
    externalSources: Object.values(table).filter((s) => !s.seed && s.url).length,
  };
  return r;
}
