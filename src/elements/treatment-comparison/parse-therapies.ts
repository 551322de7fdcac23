/**
 * The `therapies` attribute of <net-treatment-comparison>: two to four therapy ids, separated by
 * commas or spaces, shown in the reader's order. A pure function, so every kind of bad input is
 * tested as a table (test/components/treatment-comparison.test.ts).
 */
import { getTherapy } from '../../content/index.js';
import type { Therapy } from '../../content/types.js';
import { MAX_THERAPIES } from './limits.js';

export { MAX_THERAPIES, MIN_THERAPIES } from './limits.js';

export interface ParsedTherapies {
  /** What is shown, in the reader's order (valid, each once, at most four). */
  therapies: Therapy[];
  /** Ids that are not therapies, as given (shown as text only, cut short). */
  unknown: string[];
  /** Valid ids given more than once (shown once). */
  duplicates: string[];
  /** Valid ids past the fourth (not shown). */
  extra: string[];
}

export function parseTherapies(raw: unknown): ParsedTherapies {
  // A host's script can set the property to anything: only a string lists ids.
  const tokens = typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : [];
  const out: ParsedTherapies = { therapies: [], unknown: [], duplicates: [], extra: [] };
  const seen = new Set<string>();
  for (const token of tokens) {
    const therapy = getTherapy(token);
    if (!therapy) {
      // Compared as shown (cut short), so a long unknown value given twice is named once.
      const shown = token.slice(0, 60);
      if (!out.unknown.includes(shown)) out.unknown.push(shown);
    } else if (seen.has(therapy.id)) {
      // "Shown once" would not be true of an id past the fourth: that one is only "not shown".
      if (!out.duplicates.includes(therapy.id) && !out.extra.includes(therapy.id)) out.duplicates.push(therapy.id);
    } else {
      seen.add(therapy.id);
      if (out.therapies.length < MAX_THERAPIES) out.therapies.push(therapy);
      else out.extra.push(therapy.id);
    }
  }
  return out;
}
