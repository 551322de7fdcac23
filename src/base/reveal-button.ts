/**
 * The button that takes the reader to the page's <net-side-effect-list> for a therapy (the card's
 * "See the full list…", the comparison's "See the full list…" in each column). Never printed.
 */
import { html, type TemplateResult } from 'lit';

export function renderRevealButton(label: string, reveal: () => void): TemplateResult {
  return html`<p class="no-print">
    <button type="button" class="reveal-button" part="side-effects-button" @click=${reveal}>${label}</button>
  </p>`;
}
