import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getTherapy } from '../content/index.js';
import type { Therapy } from '../content/types.js';
import { THERAPY_IDS } from '../content/therapy-ids.js';
import { warnOnce } from '../log.js';
import type { Locale } from '../i18n/locales.js';
import { NetElement } from './net-element.js';

/**
 * A widget about one therapy (the card, the side-effect list): the `therapy` attribute, and the
 * same message and console warning for a missing or unknown id.
 */
export abstract class TherapyElement extends NetElement {
  // Lit merges these with the base class's own (heading-level).
  static override properties: PropertyDeclarations = {
    therapy: { type: String },
  };

  /** The therapy id, e.g. `prrt` (the README lists them all). A missing or unknown id shows a short message and one console warning. */
  declare therapy: string | null;

  /** The catalogue entry `therapy` names (willUpdate), or undefined for a missing or unknown id. */
  protected entry?: Therapy;

  constructor() {
    super();
    this.therapy = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has('therapy')) return;
    this.entry = getTherapy(this.therapy);
    if (!this.entry) warnUnknownTherapy(this.localName, this.therapy);
  }

  /** The widget's content for a known therapy. */
  protected abstract renderTherapy(therapy: Therapy, locale: Locale): TemplateResult;

  protected renderContent(locale: Locale): TemplateResult {
    if (!this.entry) return this.renderNotice(unknownTherapyMessage(this.therapy), locale);
    return this.renderTherapy(this.entry, locale);
  }
}

/** A host's script can set the property to anything (a number, an object): shown as text. */
function asText(raw: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- "[object Object]" is the honest text for an object
  return raw === null || raw === undefined ? '' : String(raw);
}

/** One console warning per bad value, naming the valid ids (the value cut short). */
function warnUnknownTherapy(tag: string, raw: unknown): void {
  const value = asText(raw);
  warnOnce(
    value.trim() === ''
      ? `<${tag}> needs a therapy attribute. Valid ids: ${THERAPY_IDS.join(', ')}.`
      : `<${tag}> therapy="${value.slice(0, 60)}" is not a known therapy. Valid ids: ${THERAPY_IDS.join(', ')}.`,
  );
}

/** The reader's message for a missing or unknown `therapy` (the bad value is never shown as markup). */
function unknownTherapyMessage(raw: unknown): string {
  return asText(raw).trim() === ''
    ? msg('No treatment was chosen for this box, so there is nothing to show yet.', {
        id: 'common.missingTherapy',
      })
    : msg('We do not have information about this treatment. Please check the treatment name.', {
        id: 'common.unknownTherapy',
      });
}
