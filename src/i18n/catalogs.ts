/**
 * The translated message catalogues, imported statically so that every locale ships inside the
 * one-file bundle and can be used synchronously on first render (no flash of en-US text).
 *
 * A catalogue holds only the messages whose text differs from the en-US source
 * (scripts/strip-identical-targets.mjs); for any other id `msg()` renders the source text.
 *
 * The single-locale builds (dist/net-widgets.<locale>.js, rollup.config.mjs) replace this module
 * with one that imports that locale's catalogue only and sets `PINNED_LOCALE`: such a build
 * always renders in its locale, whatever the page's language.
 */
import * as enGB from '../generated/locales/en-GB.js';
import * as enCA from '../generated/locales/en-CA.js';
import * as frCA from '../generated/locales/fr-CA.js';
import type { LocaleModule } from '@lit/localize';
import type { Locale } from './negotiate.js';

export const catalogs: Partial<Record<Locale, LocaleModule>> = {
  'en-GB': enGB,
  'en-CA': enCA,
  'fr-CA': frCA,
};

/** The one locale of a single-locale build; undefined in the all-locale build. */
export const PINNED_LOCALE: Locale | undefined = undefined;
