import type { TemplateResult } from 'lit';
import { getTherapy } from '../content/index.js';
import type { Therapy } from '../content/types.js';
import { unknownTherapyMessage } from './fragments.js';
import { NetElement } from './net-element.js';

/**
 * A widget about one therapy (the card, the side-effect list): the `therapy` attribute, and the
 * same message and console warning for a missing or unknown id.
 */
export abstract class TherapyElement extends NetElement {
  static override properties = {
    ...NetElement.properties,
    therapy: { type: String },
  };

  /** The therapy id. Unknown or missing ids show a short message (and one console warning). */
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
