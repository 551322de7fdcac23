/**
 * The translated messages (one module per target locale, generated from locales/*.xlf), imported statically so that every locale ships inside the
 * one-file bundle and can be used synchronously on first render (no flash of en-US text).
 *
 * A module holds only the messages whose text differs from the en-US source
 * (scripts/strip-identical-targets.mjs); for any other id `msg()` renders the source text.
 *
 * The single-locale builds (dist/net-widgets.<locale>.js, rollup.config.mjs) replace this module
 * with one that imports no translation and sets `PINNED_LOCALE`: such a build
 * always renders in its locale, whatever the page's language.
 */
import * as enGB from '../generated/locales/en-GB.js';
import * as enCA from '../generated/locales/en-CA.js';
import * as frCA from '../generated/locales/fr-CA.js';
import type { LocaleModule } from '@lit/localize';
import type { Locale, TargetLocale } from './locales.js';

/** One translation per target locale in lit-localize.json: a missing one is a compile error. */
export const translations: Partial<Record<Locale, LocaleModule>> = {
  'en-GB': enGB,
  'en-CA': enCA,
  'fr-CA': frCA,
} satisfies Record<TargetLocale, LocaleModule>;

/** The one locale of a single-locale build; undefined in the all-locale build. */
export const PINNED_LOCALE: Locale | undefined = undefined;
