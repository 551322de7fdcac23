/**
 * British and Canadian spelling from the en-US source text, by rule. Most en-GB and en-CA
 * translations differ from the source only in spelling ("tumour", "diarrhoea", "analogue",
 * "-ise"), so the build drops a translation that these rules reproduce exactly
 * (scripts/strip-identical-targets.mjs) and msg() applies the rules to the source text instead
 * (locale.ts). Translators still write every target in locales/*.xlf; a target that says more
 * than a spelling change is kept as written. The rules follow the Canadian Cancer Society's and
 * the NHS's usage: en-CA keeps British -our/-re and "analogue" but American e for oe/ae and -ize,
 * and says "healthcare team".
 *
 * Plain data plus one function, free of other imports, so the Node build scripts load it too
 * (scripts/lib/load-ts.mjs).
 */

/** [US, regional] word pairs; each also applies with a capital first letter. */
type Pairs = readonly (readonly [string, string])[];

const OUR_RE: Pairs = [
  ['tumor', 'tumour'],
  ['tumors', 'tumours'],
  ['center', 'centre'],
  ['centers', 'centres'],
  ['color', 'colour'],
  ['colors', 'colours'],
  ['behavior', 'behaviour'],
  ['favor', 'favour'],
  ['analog', 'analogue'],
  ['analogs', 'analogues'],
];

const OE_AE: Pairs = [
  ['diarrhea', 'diarrhoea'],
  ['esophagus', 'oesophagus'],
  ['esophageal', 'oesophageal'],
  ['steatorrhea', 'steatorrhoea'],
  ['hyperglycemia', 'hyperglycaemia'],
  ['hypoglycemia', 'hypoglycaemia'],
  ['edema', 'oedema'],
  ['anemia', 'anaemia'],
  ['hemoglobin', 'haemoglobin'],
  ['estrogen', 'oestrogen'],
  ['leukemia', 'leukaemia'],
  ['pediatric', 'paediatric'],
];

/** NHS usage is -ise; only these words change (never "size" or "prize"). */
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
];
const IZE: Pairs = IZE_STEMS.flatMap((stem) =>
  ['e', 'es', 'ed', 'ing', 'ation', 'ations'].map((end) => [`${stem}z${end}`, `${stem}s${end}`] as const),
);

export const SPELLING_RULES: Readonly<Record<string, Pairs>> = {
  'en-GB': [...OUR_RE, ...OE_AE, ...IZE],
  'en-CA': [...OUR_RE, ['care team', 'healthcare team']],
};

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
