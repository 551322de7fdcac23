/**
 * Locale negotiation, as the public contract defines it (README, "Locale"): any language tag to
 * one of the shipped locales. Pure and synchronous so it can be tested as a table.
 */
import { SOURCE_LOCALE, type Locale } from './locales.js';

/**
 * English-speaking regions whose usage follows British English (Commonwealth and Ireland).
 * en-CA is handled before this list: Canadian English is its own locale.
 */
const BRITISH_ENGLISH_REGIONS = new Set([
  'GB',
  'UK',
  'IE',
  'AU',
  'NZ',
  'ZA',
  'IN',
  'PK',
  'SG',
  'MY',
  'HK',
  'NG',
  'KE',
  'GH',
  'UG',
  'TZ',
  'ZW',
  'ZM',
  'BW',
  'MW',
  'MT',
  'CY',
  'JM',
  'TT',
  'BB',
  'BS',
  'BZ',
  'GY',
  'FJ',
  'PG',
  'LK',
  'BD',
  'MU',
  'NA',
  'SL',
  'GM',
  'RW',
  'CM',
  'SZ',
  'LS',
  'GI',
  'IM',
  'JE',
  'GG',
]);

/**
 * Parse a BCP 47 tag into its language and region. Returns undefined for anything malformed,
 * so that a broken `<html lang>` falls through to en-US instead of throwing.
 */
function parseTag(tag: string): { language: string; region?: string } | undefined {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? '';
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  try {
    const parsed = new Intl.Locale(canonical);
    return { language: parsed.language.toLowerCase(), region: parsed.region?.toUpperCase() };
  } catch {
    return undefined;
  }
}

/**
 * Map one language tag to a supported locale, or undefined when the tag is malformed or empty.
 * en-CA → en-CA; English in a Commonwealth region → en-GB; other English → en-US;
 * any French → fr-CA; anything else → en-US.
 */
export function negotiateLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  const parsed = parseTag(tag);
  if (!parsed) return undefined;
  const { language, region } = parsed;
  if (language === 'fr') return 'fr-CA';
  if (language !== 'en') return 'en-US';
  if (region === 'CA') return 'en-CA';
  if (region && BRITISH_ENGLISH_REGIONS.has(region)) return 'en-GB';
  return 'en-US';
}

/** The first of the candidate tags that negotiates to a locale; en-US when none does. */
export function negotiateFirst(candidates: ReadonlyArray<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const locale = negotiateLocale(candidate);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}
