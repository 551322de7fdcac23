/**
 * Dates and lists through `Intl`, in the locale they are given (the widget's, passed down from its
 * render). Formatters are built once per locale.
 */
import type { Locale } from './locales.js';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const listFormats = new Map<Locale, Intl.ListFormat>();
const formattedDates = new Map<string, string>();

/**
 * Format an ISO calendar date (`2025-03-18`) as a long date: "March 18, 2025", "18 March 2025",
 * "18 mars 2025". Canadian French writes the first of the month as "1er" (Bureau de la traduction).
 */
export function formatDate(iso: string, locale: Locale): string {
  // Every card and list shows the same few review dates: format each one once per locale
  // (the benchmark's CPU profile had formatDate as the top script function, bench/run.mjs).
  const key = `${locale}|${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = formatDateUncached(iso, locale);
    formattedDates.set(key, text);
  }
  return text;
}

function formatDateUncached(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  if (locale !== 'fr-CA') return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A source's date as precise as it is given: "2024", "September 2018" / "septembre 2018", or the
 * long date for YYYY-MM-DD.
 */
export function formatPartialDate(iso: string, locale: Locale): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (!month) return formatDate(iso, locale);
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
}

/** "a, b and c" / "a, b et c", in `locale`. */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}
