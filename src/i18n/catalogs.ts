/**
 * The translated message catalogues, imported statically so that every locale ships inside the
 * one-file bundle and can be used synchronously on first render (no flash of en-US text).
 * The per-locale builds swap this module for one that imports a single catalogue.
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
