/**
 * The one-tag entry: defines every element and exposes the one namespaced global,
 * `window.NetWidgets`, for the programmatic locale API.
 *
 * The bundle built from this file starts with a guard (rollup.config.mjs, `intro`) that returns
 * before any of this runs when a copy is already on the page.
 */
import { getLocale, setLocale } from './i18n/locale.js';
import { SUPPORTED_LOCALES } from './i18n/locales.js';
import { PINNED_LOCALE } from './i18n/translations.js';
import { THERAPY_IDS, contentInfo, type ContentInfo } from './content/index.js';
import { VERSION } from './version.js';

export { NetTherapyCard } from './net-therapy-card.js';
export { NetSideEffectList } from './net-side-effect-list.js';
export { NetDecisionChecklist, type ChecklistChangeDetail } from './net-decision-checklist.js';
export { NetTreatmentComparison } from './net-treatment-comparison.js';
export { getLocale, setLocale, SUPPORTED_LOCALES, THERAPY_IDS, VERSION, type ContentInfo };

/**
 * The content this copy carries: `version` (bumped with every content change, apart from the
 * code's `VERSION`) and `nextReview`, the earliest next-review date of anything it shows (ISO).
 */
export const CONTENT: ContentInfo = contentInfo();

export interface NetWidgetsApi {
  readonly version: string;
  readonly locales: readonly string[];
  readonly therapies: readonly string[];
  readonly content: ContentInfo;
  getLocale(): string;
  setLocale(tag: string | null): string;
}

declare global {
  interface Window {
    NetWidgets?: NetWidgetsApi;
  }
}

if (typeof window !== 'undefined' && !window.NetWidgets) {
  const api: NetWidgetsApi = Object.freeze({
    version: VERSION,
    // A single-locale build (dist/net-widgets.<locale>.js) offers only its own locale.
    locales: PINNED_LOCALE ? [PINNED_LOCALE] : SUPPORTED_LOCALES,
    therapies: THERAPY_IDS,
    content: CONTENT,
    getLocale,
    setLocale,
  });
  Object.defineProperty(window, 'NetWidgets', { value: api, configurable: true, enumerable: false });
}
