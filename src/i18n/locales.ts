// The locales the widgets ship, from the one list that defines them: `lit-localize.json`, through
// the module lit-localize generates from it (as Lit's own runtime example does). Adding a locale
// is an entry there, its XLIFF file, a negotiation rule (negotiate.ts) and its import in
// translations.ts; nothing here changes.
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
export type TargetLocale = (typeof targetLocales)[number];
export const SOURCE_LOCALE: Locale = sourceLocale;
export const TARGET_LOCALES: readonly TargetLocale[] = targetLocales;
/** Every locale the widgets speak: en-US (the source text) first, then en-GB, en-CA and fr-CA. */
export const SUPPORTED_LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

/** Whether `locale` is a variety of English (its citations, mostly English, then need no `lang`). */
export function isEnglish(locale: Locale): boolean {
  return locale.startsWith('en-');
}
