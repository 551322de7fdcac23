/**
 * Budgets of the content check. The goals come from docs/content-rules.md (NHS
 * style); the budgets are what the check enforces, set from measured figures (see
 * docs/content-guide.md, "Budgets"). Tighten a budget towards its goal whenever the content allows;
 * never loosen one to make a failing change pass.
 */
import { LOCALES } from '../lib/project.mjs';

export const config = {
  /** Longest sentence allowed, in words, in every locale (docs/content-rules.md §2: "at most about 20"). */
  maxSentenceWords: 25,
  reading: {
    /** Locales whose reading grade is measured: the English ones (Flesch–Kincaid is for English). */
    locales: LOCALES.filter((l) => l.startsWith('en-')),
    /** Goal: median Flesch–Kincaid grade per locale, and the worst single entry. */
    goalMedian: 7,
    goalMaxEntry: 9,
    /**
     * Budget the check fails above. Measured on the full catalogue (2026-11-23): median 5.6 en-US,
     * 5.7 en-GB, 5.8 en-CA; hardest entry 9.3, next 8.2. The median budget keeps about one grade
     * of headroom under the goal; the per-entry budget is the goal itself.
     */
    budgetMedian: 6.5,
    budgetMaxEntry: 9,
    /** How many of the hardest entries to print. */
    worst: 5,
  },
};
