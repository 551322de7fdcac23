// The project's lists for the Node side (tools, tests, the benchmark), each read from the one place
// it is defined, so adding a therapy, a locale or an element needs no edit here:
// - ROOT: the repository root (with a trailing slash);
// - LOCALES / SOURCE_LOCALE / TARGET_LOCALES: lit-localize.json (what the build and XLIFF use);
// - THERAPY_IDS: src/content/therapy-ids.ts (data only, loaded with load-ts.mjs);
// - TAGS: the element modules, src/net-<tag>.ts (one per element, in the contract's order below).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const localize = JSON.parse(readFileSync(new URL('lit-localize.json', `file://${ROOT}`), 'utf8'));
export const SOURCE_LOCALE = localize.sourceLocale;
export const TARGET_LOCALES = Object.freeze([...localize.targetLocales]);
export const LOCALES = Object.freeze([SOURCE_LOCALE, ...TARGET_LOCALES]);

export const THERAPY_IDS = Object.freeze([
  ...(await loadTs(fileURLToPath(new URL('src/content/therapy-ids.ts', `file://${ROOT}`)))).THERAPY_IDS,
]);

/** The contract's order (README, demo); an element not listed here sorts after these, by name. */
const ORDER = ['net-therapy-card', 'net-side-effect-list', 'net-decision-checklist', 'net-treatment-comparison'];
const rank = (tag) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
export const TAGS = Object.freeze(
  readdirSync(new URL('src/', `file://${ROOT}`))
    .map((f) => f.match(/^(net-[a-z-]+)\.ts$/)?.[1])
    .filter(Boolean)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)),
);
