// The rules `npm run check:locales` enforces on locales/*.xlf, as pure functions so that
// test/tools/locales-check.test.mjs can prove each rule fails when it should.
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { loadTs } from '../lib/load-ts.mjs';

/**
 * Spellings a locale does not use (docs/content-rules.md §3, "Spelling"), whole words,
 * case-insensitive, from the one table that also respells the source text
 * (src/i18n/regional-spelling.ts): the US form of every group a locale takes (en-GB: -our/-re,
 * oe/ae, -ise; en-CA: -our/-re), and the regional form of every group it does not (en-CA: no
 * "diarrhoea", no "organise").
 */
const { SPELLING_GROUPS, LOCALE_GROUPS } = await loadTs(
  fileURLToPath(new URL('../../src/i18n/regional-spelling.ts', import.meta.url)),
);
export const FORBIDDEN_SPELLINGS = Object.fromEntries(
  Object.entries(LOCALE_GROUPS).map(([locale, taken]) => [
    locale,
    Object.entries(SPELLING_GROUPS).flatMap(([group, pairs]) =>
      pairs.map(([us, regional]) => (taken.includes(group) ? us : regional)),
    ),
  ]),
);

/** Brand and drug names that are US-only (docs/content-rules.md §3, "Brand and drug names"). */
export const FORBIDDEN_NAMES = {
  'en-GB': ['Somatuline Depot', 'Sandostatin LAR Depot', 'Lu 177 dotatate'],
  'en-CA': ['Somatuline Depot', 'Sandostatin LAR Depot', 'Lu 177 dotatate'],
  // « lutécium » (with c) is the French element and the Canadian product name (lutathera.ca/fr):
  // « lutétium » is a misspelling (fr-CA review, must-fix).
  'fr-CA': ['Somatuline Depot', 'Sandostatin LAR Depot', 'Lu 177 dotatate', 'RIV', 'effets indésirables', 'thérapie ciblée', 'lutétium', 'Lutétium'],
};

/**
 * What each region's approval text must speak of (approved uses differ by country): its own
 * regulator, or the region itself where the source names no regulator ("In the UK, … is licensed
 * to …"). It must never name another country's regulator.
 */
export const APPROVAL_BODIES = {
  'en-GB': /\b(MHRA|NICE|European Commission|Scottish Medicines Consortium|in the UK|in England)\b/i,
  'en-CA': /\b(Health Canada|in Canada)\b/i,
  'fr-CA': /\b(Santé Canada|au Canada)\b/i,
};
const FOREIGN_REGULATORS = /\b(FDA|Food and Drug Administration)\b/;

/** English words that give away an untranslated French target. */
const ENGLISH_MARKERS = ['the', 'and', 'with', 'your', 'you', 'is', 'are', 'of', 'to', 'it', 'may', 'can', 'this', 'for', 'when', 'or', 'be', 'not', 'have', 'from'];

/**
 * Targets that may legitimately equal the English source in French (names, abbreviations, and
 * the few whole targets that are spelled the same in both languages: the "Given as" label
 * « Injection » and « Sunitinib (Sutent) », both as the fr-CA review asks).
 */
export const FRENCH_SAME_AS_SOURCE_OK = /^[\p{Lu}\d\s().,;:'’/–-]+$|^Sources?$|^Injection$|^Sunitinib \(Sutent\)$/u;

export function parseXliff(text) {
  const errors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(String(message).split('\n')[0]);
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    return { errors: [String(error?.message ?? error).split('\n')[0]], units: [] };
  }
  if (errors.length) return { errors, units: [] };
  const file = doc.getElementsByTagName('file')[0];
  if (!file) return { errors: ['no <file> element'], units: [] };
  const units = [];
  const list = doc.getElementsByTagName('trans-unit');
  for (let i = 0; i < list.length; i++) {
    const unit = list[i];
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    units.push({
      id: unit.getAttribute('id'),
      source: source ? textOf(source) : '',
      target: target ? textOf(target) : undefined,
      sourcePlaceholders: source ? placeholdersOf(source) : [],
      targetPlaceholders: target ? placeholdersOf(target) : [],
    });
  }
  return {
    errors,
    targetLanguage: file.getAttribute('target-language'),
    sourceLanguage: file.getAttribute('source-language'),
    units,
  };
}

/** Text with placeholders shown as {equiv-text}, so rules never match inside a placeholder. */
function textOf(node) {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) out += child.nodeValue;
    else if (child.nodeType === 1 && child.nodeName === 'x') out += `{${child.getAttribute('equiv-text')}}`;
    else if (child.nodeType === 1) out += textOf(child);
  }
  return out;
}

function placeholdersOf(node) {
  const out = [];
  const xs = node.getElementsByTagName('x');
  for (let i = 0; i < xs.length; i++) out.push(xs[i].getAttribute('equiv-text'));
  return out.sort();
}

function words(text) {
  return text.toLowerCase().replace(/\{[^}]*\}/g, ' ').match(/[\p{L}’'-]+/gu) ?? [];
}

/**
 * Check one locale's units against the ids the source code uses. Returns a list of problems,
 * each `{ id, rule, message }`.
 */
export function checkLocale(locale, parsed, sourceIds) {
  const problems = [];
  const add = (id, rule, message) => problems.push({ id, rule, message });
  for (const e of parsed.errors) add('-', 'well-formed', e);
  if (parsed.errors.length) return problems;
  if (parsed.targetLanguage !== locale) {
    add('-', 'language', `target-language is "${parsed.targetLanguage}", expected "${locale}"`);
  }
  const byId = new Map(parsed.units.map((u) => [u.id, u]));
  for (const id of sourceIds) {
    if (!byId.has(id)) add(id, 'complete', 'message is not in the XLIFF file (run npm run localize:extract)');
  }
  const forbiddenWords = new Set(FORBIDDEN_SPELLINGS[locale] ?? []);
  for (const unit of parsed.units) {
    const { id, target } = unit;
    if (!sourceIds.has(id)) add(id, 'stale', 'no longer used in the source code (run npm run localize:extract)');
    if (target === undefined || target.trim() === '') {
      add(id, 'complete', 'no translation (<target>) — the widget would fall back to en-US');
      continue;
    }
    if (unit.sourcePlaceholders.join('|') !== unit.targetPlaceholders.join('|')) {
      add(id, 'placeholders', `placeholders ${unit.sourcePlaceholders.join(', ')} became ${unit.targetPlaceholders.join(', ') || 'nothing'}`);
    }
    for (const w of words(target)) {
      if (forbiddenWords.has(w)) add(id, 'spelling', `"${w}" is not ${locale} spelling`);
    }
    for (const name of FORBIDDEN_NAMES[locale] ?? []) {
      const re = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
      if (re.test(target)) add(id, 'names', `"${name}" is not the ${locale} name`);
    }
    if (/\.approval$/.test(id) && APPROVAL_BODIES[locale]) {
      if (!APPROVAL_BODIES[locale].test(target)) {
        add(id, 'approval', `approval text should speak of ${locale}'s regulator or region (${APPROVAL_BODIES[locale].source})`);
      }
      if (FOREIGN_REGULATORS.test(target)) add(id, 'approval', `approval text in ${locale} names the US regulator`);
    }
    if (locale === 'fr-CA') {
      const english = words(target).filter((w) => ENGLISH_MARKERS.includes(w));
      if (english.length >= 2) add(id, 'untranslated', `English words in French: ${english.join(', ')}`);
      if (target === unit.source && /\p{Ll}{3,}/u.test(target) && !FRENCH_SAME_AS_SOURCE_OK.test(target)) {
        add(id, 'untranslated', 'target is identical to the English source');
      }
      // OQLF typography: non-breaking space before « : » and « % » and inside « »; none before ; ! ?
      const plain = target.replace(/\{[^}]*\}/g, 'X');
      if (/[^\u00a0\u202f]:(\s|$)/u.test(plain)) add(id, 'typography', 'a colon needs a non-breaking space (U+00A0) before it');
      if (/\s%/.test(plain.replace(/\u00a0%/g, ''))) add(id, 'typography', 'use a non-breaking space before %');
      if (/[\s\u00a0][;!?]/.test(plain)) add(id, 'typography', 'no space before ; ! ? in Canadian French');
      if (/«(?!\u00a0)|(?<!\u00a0)»/.test(plain)) add(id, 'typography', 'non-breaking spaces inside « »');
    }
  }
  return problems;
}
