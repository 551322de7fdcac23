/**
 * British and Canadian spelling from the en-US source text, by rule. Most en-GB and en-CA
 * translations differ from the source only in spelling ("tumour", "diarrhoea", "analogue",
 * "-ise"), so the build drops a translation that these rules reproduce exactly
 * (scripts/strip-identical-targets.mjs) and msg() applies the rules to the source text instead
 * (msg-runtime.ts). Translators still write every target in locales/*.xlf; a target that says more
 * than a spelling change is kept as written. The rules follow the Canadian Cancer Society's and
 * the NHS's usage: en-CA keeps British -our/-re and "analogue" but American e for oe/ae and -ize,
 * and says "healthcare team".
 *
 * Plain data plus one function, free of other imports, so the Node build scripts load it too
 * (scripts/lib/load-ts.mjs).
 */

/** [US, regional] word pairs; each also applies with a capital first letter. */
type Pairs = readonly (readonly [string, string])[];

/** -our, -re, -ll-, "analogue", "grey": British and Canadian alike. */
const OUR_RE: Pairs = [
  ['tumor', 'tumour'],
  ['tumors', 'tumours'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['color', 'colour'],
  ['colors', 'colours'],
  ['behavior', 'behaviour'],
  ['favor', 'favour'],
  ['favorite', 'favourite'],
  ['analog', 'analogue'],
  ['analogs', 'analogues'],
  ['gray', 'grey'],
  ['labeled', 'labelled'],
  ['counseling', 'counselling'],
];

/** oe and ae: British only (Canada writes the American e). */
const OE_AE: Pairs = [
  ['diarrhea', 'diarrhoea'],
  ['esophagus', 'oesophagus'],
  ['esophageal', 'oesophageal'],
  ['steatorrhea', 'steatorrhoea'],
  ['hyperglycemia', 'hyperglycaemia'],
  ['hypoglycemia', 'hypoglycaemia'],
  ['edema', 'oedema'],
  ['anemia', 'anaemia'],
  ['anemic', 'anaemic'],
  ['hemoglobin', 'haemoglobin'],
  ['hematologist', 'haematologist'],
  ['hemorrhage', 'haemorrhage'],
  ['estrogen', 'oestrogen'],
  ['leukemia', 'leukaemia'],
  ['pediatric', 'paediatric'],
];

/** NHS usage is -ise (Canada keeps -ize); only these words change (never "size" or "prize"). */
const IZE_STEMS = [
  'locali',
  'metastasi',
  'recogni',
  'organi',
  'speciali',
  'minimi',
  'emboli',
  'personali',
  'summari',
  'prioriti',
  'stabili',
  'reali',
  'hospitali',
  'randomi',
  'standardi',
  'individuali',
  'authori',
  'characteri',
  'visuali',
  'normali',
  'immuni',
  'categori',
  'critici',
  'emphasi',
  'optimi',
  'utili',
];
const IZE: Pairs = IZE_STEMS.flatMap((stem) =>
  ['e', 'es', 'ed', 'ing', 'ation', 'ations'].map((end) => [`${stem}z${end}`, `${stem}s${end}`] as const),
);

/**
 * The spelling groups, and which locale takes which. This one table drives both the respelling
 * (respell, below) and the check of every written target (scripts/locales/rules.mjs: a locale's
 * text must use none of the US forms of the groups it takes, and none of the regional forms of
 * the groups it does not take).
 */
export const SPELLING_GROUPS: Readonly<Record<string, Pairs>> = { OUR_RE, OE_AE, IZE };
export const LOCALE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'en-GB': ['OUR_RE', 'OE_AE', 'IZE'],
  'en-CA': ['OUR_RE'],
};

/** Wording, not spelling, that a locale also changes by rule (never checked as a misspelling). */
const TERMS: Readonly<Record<string, Pairs>> = {
  'en-CA': [['care team', 'healthcare team']],
};

const SPELLING_RULES: Readonly<Record<string, Pairs>> = Object.fromEntries(
  Object.entries(LOCALE_GROUPS).map(([locale, groups]) => [
    locale,
    [...groups.flatMap((g) => SPELLING_GROUPS[g]), ...(TERMS[locale] ?? [])],
  ]),
);

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const compiled = new Map<string, [RegExp, Map<string, string>]>();

function rulesFor(locale: string): [RegExp, Map<string, string>] | undefined {
  let entry = compiled.get(locale);
  if (entry) return entry;
  const pairs = SPELLING_RULES[locale];
  if (!pairs) return undefined;
  const map = new Map<string, string>();
  for (const [us, regional] of pairs) {
    map.set(us, regional);
    map.set(capital(us), capital(regional));
  }
  // Longest first, so "tumors" wins over "tumor"; whole words only.
  const words = [...map.keys()].sort((a, b) => b.length - a.length);
  entry = [new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'gu'), map];
  compiled.set(locale, entry);
  return entry;
}

/** True when `locale` has spelling rules (en-GB, en-CA). */
export function hasSpellingRules(locale: string): boolean {
  return Object.hasOwn(SPELLING_RULES, locale);
}

/** The en-US `text` in the locale's spelling (unchanged for a locale without rules). */
export function respell(locale: string, text: string): string {
  const rules = rulesFor(locale);
  if (!rules) return text;
  const [pattern, map] = rules;
  return text.replace(pattern, (word) => map.get(word) ?? word);
}
