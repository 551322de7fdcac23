/**
 * Finding an evidence quote in a seed's text. A quote is the source's own words: it must appear in
 * the seed verbatim, after both sides are normalised the same harmless way (runs of white space
 * become one space; curly quotes and apostrophes become straight ones; non-breaking spaces become
 * spaces). An ellipsis ("…" or "...") between two parts joins separate passages: each part must
 * be found on its own. Nothing else is forgiven: a changed word, a fixed typo or a dropped comma
 * fails, because a reviewer must find the sentence with a plain text search.
 *
 * Also a command, for writers: node scripts/content-check/quotes.mjs <seed file> "<quote>"
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function normalise(text) {
  return String(text)
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u00A0\u202F\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parts of a quote that must each be found (split at an ellipsis between passages). */
export function quoteParts(quote) {
  return normalise(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The parts of `quote` that are not in `text` (an empty array means the quote is verbatim). */
export function missingParts(quote, text) {
  const haystack = normalise(text);
  return quoteParts(quote).filter((part) => !haystack.includes(part));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, quote] = process.argv.slice(2);
  if (!file || !quote) {
    console.error('usage: node scripts/content-check/quotes.mjs <seed file> "<quote>"');
    process.exit(2);
  }
  const missing = missingParts(quote, readFileSync(file, 'utf8'));
  if (missing.length === 0) console.log('found, verbatim');
  else {
    console.log('NOT found:');
    for (const m of missing) console.log(`  "${m}"`);
    process.exitCode = 1;
  }
}
