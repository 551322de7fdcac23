/**
 * The one place that knows which locale the widgets speak.
 *
 * Order (README, "Locale"): a locale set through the programmatic API, then `data-locale` on the widgets'
 * script tag, then `<html lang>`, then `navigator.languages`, then en-US.
 *
 * msg() asks for the locale on every call and the translations are already in memory
 * (msg-runtime.ts), so the very first render is in the right locale. (@lit/localize's runtime
 * mode loads a locale asynchronously, which is how other projects get a flash of en-US text.)
 */
import { PINNED_LOCALE } from './translations.js';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, type Locale } from './locales.js';
import { installMsg } from './msg-runtime.js';
import { negotiateFirst, negotiateLocale } from './negotiate.js';
import { warn } from '../base/log.js';

// A single-locale build (translations.ts, PINNED_LOCALE) speaks its one locale whatever the page says.
let active: Locale = PINNED_LOCALE ?? SOURCE_LOCALE;
let programmatic: Locale | undefined;
let observer: MutationObserver | undefined;
const listeners = new Set<(locale: Locale) => void>();

installMsg(() => active);

/**
 * The script tag that loaded the widgets, captured while the classic script runs (afterwards
 * `document.currentScript` is null). As a module, or when bundled by a host, fall back to a
 * script whose src names the bundle.
 */
const ownScript: Element | null = (typeof document !== 'undefined' && document.currentScript) || null;

function scriptLocale(): string | null {
  if (typeof document === 'undefined') return null;
  const script = ownScript ?? document.querySelector('script[data-locale][src*="net-widgets"]');
  return script?.getAttribute('data-locale') ?? null;
}

function detect(): Locale {
  if (PINNED_LOCALE) return PINNED_LOCALE;
  if (programmatic) return programmatic;
  const nav = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  const htmlLang = typeof document !== 'undefined' ? document.documentElement.getAttribute('lang') : null;
  return negotiateFirst([scriptLocale(), htmlLang, ...nav]);
}

function apply(next: Locale): void {
  if (next === active) return;
  active = next;
  for (const listener of [...listeners]) listener(next);
  // Tools (the content check, the benchmark) also run this module in Node, where there is no document.
  if (typeof document === 'undefined') return;
  document.dispatchEvent(
    new CustomEvent('net-locale-change', { detail: { locale: next }, bubbles: true, composed: true }),
  );
}

/** Re-run detection (for example after `<html lang>` or `data-locale` changed). */
export function refreshLocale(): Locale {
  apply(detect());
  return active;
}

/**
 * The locale the widgets currently render in. Asking starts detection, so the answer is right
 * even on a page where no widget has connected yet.
 */
export function getLocale(): Locale {
  startWatching();
  return active;
}

/**
 * Set the widgets' locale from code; it wins over the page's own signals. Any language tag is
 * negotiated the same way as `<html lang>` (`fr-FR` → fr-CA, `en-AU` → en-GB). Pass `null` to
 * return to automatic detection. Returns the locale now in use; a malformed tag changes nothing
 * and warns.
 */
export function setLocale(tag: string | null): Locale {
  if (tag === null) {
    programmatic = undefined;
  } else {
    const locale = negotiateLocale(String(tag));
    if (!locale) {
      warn(
        `setLocale: "${String(tag).slice(0, 40)}" is not a language tag; use one of ${SUPPORTED_LOCALES.join(', ')}.`,
      );
      return active;
    }
    programmatic = locale;
    if (PINNED_LOCALE && locale !== PINNED_LOCALE) {
      warn(`setLocale: this build speaks ${PINNED_LOCALE} only; use net-widgets.js for every locale.`);
    }
  }
  return refreshLocale();
}

/**
 * Call `listener` whenever the locale changes. The first subscription detects the locale and
 * starts watching `<html lang>` and the script's `data-locale`, so a page without widgets pays
 * nothing.
 */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  startWatching();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function startWatching(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  active = detect();
  observer = new MutationObserver(() => refreshLocale());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  if (ownScript) observer.observe(ownScript, { attributes: true, attributeFilter: ['data-locale'] });
}
