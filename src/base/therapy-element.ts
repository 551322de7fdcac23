import type { PropertyDeclarations, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getTherapy } from '../content/index.js';
import type { Therapy } from '../content/types.js';
import { THERAPY_IDS } from '../content/therapy-ids.js';
import { warnOnce } from './log.js';
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

  constructor() {
    super();
    this.therapy = null;
  }

  /** The widget's content for a known therapy. */
  protected abstract renderTherapy(therapy: Therapy): TemplateResult;

  protected renderContent(): TemplateResult {
    const therapy = getTherapy(this.therapy);
    if (!therapy) return this.renderNotice(unknownTherapyMessage(this.localName, this.therapy));
    return this.renderTherapy(therapy);
  }
}

/**
 * The message for a missing or unknown `therapy` attribute, plus one console warning per value
 * naming the valid ids. The bad value is shown as text only (never markup) and cut short.
 */
function unknownTherapyMessage(tag: string, raw: unknown): string {
  // A host's script can set the property to anything (a number, an object): show it as text.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- "[object Object]" is the honest text for an object
  const value = raw === null || raw === undefined ? '' : String(raw);
  const missing = value.trim() === '';
  warnOnce(
    missing
      ? `<${tag}> needs a therapy attribute. Valid ids: ${THERAPY_IDS.join(', ')}.`
      : `<${tag}> therapy="${value.slice(0, 60)}" is not a known therapy. Valid ids: ${THERAPY_IDS.join(', ')}.`,
  );
  return missing
    ? msg('No treatment was chosen for this box, so there is nothing to show yet.', {
        id: 'common.missingTherapy',
      })
    : msg('We do not have information about this treatment. Please check the treatment name.', {
        id: 'common.unknownTherapy',
      });
}
