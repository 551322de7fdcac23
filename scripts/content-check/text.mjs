/**
 * Sentences, words and reading grade. Sentence and word boundaries come from the platform's
 * Unicode segmenter (Intl.Segmenter, ICU); syllables from `syllable` and the grade formula from
 * `flesch-kincaid` (both from the wooorm/words ecosystem), so nothing here is a home-made
 * heuristic beyond gluing them together.
 */
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

const sentenceSegmenters = new Map();
const wordSegmenters = new Map();

function segmenter(cache, locale, granularity) {
  let s = cache.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity });
    cache.set(locale, s);
  }
  return s;
}

/** The sentences of a text, trimmed. A list item or heading without a full stop is one sentence. */
export function sentences(text, locale = 'en-US') {
  return [...segmenter(sentenceSegmenters, locale, 'sentence').segment(text)]
    .map((s) => s.segment.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The words of a text (letters or digits; "short-acting" counts as two, as the segmenter sees it). */
export function words(text, locale = 'en-US') {
  return [...segmenter(wordSegmenters, locale, 'word').segment(text)].filter((w) => w.isWordLike).map((w) => w.segment);
}

/** Sentence, word and syllable counts of English prose (a list of strings). */
export function counts(texts, locale = 'en-US') {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    for (const s of sentences(text, locale)) {
      const ws = words(s, locale);
      if (ws.length === 0) continue;
      sentence += 1;
      word += ws.length;
      for (const w of ws) syllables += Math.max(1, syllable(w));
    }
  }
  return { sentence, word, syllable: syllables };
}

/** Flesch–Kincaid grade of English prose, or NaN when there is nothing to measure. */
export function grade(texts, locale = 'en-US') {
  return fleschKincaid(counts(texts, locale));
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Reader-facing mentions of a percentage, in English or French. */
export const PERCENT_PATTERN = /%|\bper\s?cent(?:age)?s?\b|\bpour\s?cent(?:age)?s?\b|\bpourcentages?\b/iu;
