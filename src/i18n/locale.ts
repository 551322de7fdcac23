/**
 * The one place that knows which locale the widgets speak.
 *
 * Order (README, "Locale"): a locale set through the programmatic API; then, for each widget, `lang`
 * on the widget or its nearest ancestor below `<html>` (a bilingual page's sections); then the page's
 * own: `data-locale` on the widgets' script tag, `<html lang>`, `navigator.languages`, en-US.
 * `getLocale()` is the page-level answer; `localeFor(widget)` is one widget's.
 *
 * msg() asks for the locale on every call and the translations are already in memory
 * (msg-runtime.ts), so the very first render is in the right locale. (@lit/localize's runtime
 * mode loads a locale asynchronously, which is how other projects get a flash of en-US text.)
 */
import { PINNED_LOCALE } from './translations.js';
import { SOURCE_LOCALE, SUPPORTED_LOCALES, type Locale } from './locales.js';
import { installMsg } from './msg-runtime.js';
import { negotiateFirst, negotiateLocale } from './negotiate.js';
import { warn } from '../log.js';

// A single-locale build (translations.ts, PINNED_LOCALE) speaks its one locale whatever the page says.
let active: Locale = PINNED_LOCALE ?? SOURCE_LOCALE;
let programmatic: Locale | undefined;
let observer: MutationObserver | undefined;
const listeners = new Set<(locale: Locale) => void>();

/** The locale of the widget being rendered (withLocale), else the page's. */
let current: Locale | undefined;

/**
 * The one piece of ambient locale state: what msg() speaks right now (the rendering widget's,
 * else the page's). Everything else is given its locale as a value (NetElement's render rules).
 */
const msgLocale = (): Locale => current ?? active;

/** Run `fn` (a widget's render) in `locale`: every msg() inside it speaks that locale. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

installMsg(msgLocale);

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
  // Tools (the content check, the benchmark) also run this module in Node, where there is no document.
  if (typeof document === 'undefined') return;
  document.dispatchEvent(
    new CustomEvent('net-locale-change', { detail: { locale: next }, bubbles: true, composed: true }),
  );
}

/**
 * Re-run detection (after `<html lang>`, a section's `lang`, `data-locale` or setLocale changed):
 * the page's locale may change (and `net-locale-change` fire), and every widget is told to check
 * its own.
 */
export function refreshLocale(): Locale {
  apply(detect());
  for (const listener of [...listeners]) listener(active);
  return active;
}

/**
 * The page's locale: what every widget renders in unless `lang` on it or on a section around it
 * says otherwise (a bilingual page). Asking starts detection, so the answer is right even on a
 * page where no widget has connected yet. `net-locale-change` announces changes of this answer
 * only, not a section's.
 */
export function getLocale(): Locale {
  startWatching();
  return active;
}

/**
 * The language a widget's section declares: `lang` on the widget or its nearest ancestor below
 * `<html>`, crossing shadow roots up to their hosts (a widget inside another component). An empty
 * `lang` is "not set". `<html lang>` itself is the page's signal, handled by detect().
 */
function sectionLang(el: Element): string | null {
  const html = typeof document !== 'undefined' ? document.documentElement : null;
  let node: Element | null = el;
  while (node && node !== html) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host || null);
  }
  return null;
}

/** The locale one widget renders in (see the order at the top of this file). */
export function localeFor(el: Element): Locale {
  startWatching();
  if (PINNED_LOCALE) return PINNED_LOCALE;
  if (programmatic) return programmatic;
  return negotiateLocale(sectionLang(el)) ?? active;
}

/**
 * Set the widgets' locale from code; it wins over the page's own signals, sections' `lang`
 * included (every widget renders in it). Any language tag is
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
 * Call `listener` whenever a language signal changes (the page's locale, or any `lang` attribute in
 * the document). The first subscription detects the locale and starts watching, so a page without
 * widgets pays nothing.
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
  // `lang` anywhere in the document: `<html lang>` and the sections a bilingual page marks.
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang'] });
  if (ownScript) observer.observe(ownScript, { attributes: true, attributeFilter: ['data-locale'] });
}
