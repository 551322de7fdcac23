import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { TherapyElement } from '../../base/therapy-element.js';
import { heading } from '../../base/heading.js';
import { renderDisclaimer, renderReview, renderSources } from '../../base/footer.js';
import { baseStyles } from '../../base/styles.js';
import { warnOnce } from '../../base/log.js';
import type { SourceId } from '../../content/sources/index.js';
import type { SideEffectText, Therapy } from '../../content/types.js';
import { sideEffectListStyles } from './side-effect-list.styles.js';

/** CONTENT.md §2: urgent advice has at most five bullets. */
const MAX_URGENT = 5;

/** "Loose or fatty stools (steatorrhea)" → plain part and medical term, to set the term apart. */
function splitName(name: string): { plain: string; term?: string } {
  const match = /^(.+?)\s*(\([^()]+\))\s*$/.exec(name);
  return match ? { plain: match[1], term: match[2] } : { plain: name };
}

/**
 * The side effects of one NET treatment in plain words: each one with what it is and what helps,
 * then when to contact the care team right away, sources and review dates.
 *
 * @summary A plain-language, sourced list of one treatment's side effects, with urgent advice.
 * @attr therapy - The therapy id, e.g. `somatostatin-analogues` (see the README for the ten ids).
 * @attr heading-level - Level (1–6) of the list's heading; inner headings are one level below. Default 2.
 * @csspart list - The widget's outer box.
 * @csspart heading - The top heading.
 * @csspart intro - The introduction.
 * @csspart items - The list of side effects.
 * @csspart item - One side effect.
 * @csspart item-heading - The name of one side effect.
 * @csspart helps - "What helps" for one side effect.
 * @csspart urgent - The box that says when to contact the care team right away.
 * @csspart urgent-heading - The urgent box's heading ("Contact your care team right away if:").
 * @csspart sources - The source list.
 * @csspart review - The review dates.
 * @csspart disclaimer - The disclaimer.
 * @csspart notice - The message shown for a missing or unknown therapy.
 * @cssprop --net-color-urgent - Border and heading colour of the urgent-advice box.
 * @cssprop --net-color-urgent-surface - Background of the urgent-advice box.
 * @cssprop --net-color-accent - Colour of the side-effect markers.
 */
export class NetSideEffectList extends TherapyElement {
  static override styles = [baseStyles, sideEffectListStyles];

  /**
   * Scroll the list into view and move focus to its heading, so that a keyboard or screen-reader
   * user lands where a sighted user looks (used by the therapy card's "See all side effects").
   */
  reveal(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('.list');
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    target?.focus({ preventScroll: true });
  }

  protected renderTherapy(therapy: Therapy): TemplateResult {
    const name = therapy.text().name;
    const se = therapy.sideEffects.text();
    const sub = this.level + 1;
    // The section's sources first, then any that only an item cites, so every citation is listed.
    const sources = new Set<SourceId>(therapy.sideEffects.sources);
    for (const item of se.items) for (const id of item.sources) sources.add(id);

    // tabindex="-1": reveal() can move focus here without adding a stop to the tab order.
    return html`<section
      class="list surface"
      part="list"
      lang=${this.locale}
      tabindex="-1"
      aria-labelledby="se-heading"
    >
      ${heading(this.level, se.title ?? msg(str`${name}: possible side effects`, { id: 'sideEffectList.heading' }), {
        part: 'heading',
        id: 'se-heading',
      })}
      <p class="intro" part="intro">${se.intro}</p>
      ${
        se.items.length
          ? html`<ul class="items" part="items">
              ${se.items.map((item) => this.renderItem(item, sub))}
            </ul>`
          : nothing /* the intro (required by the schema) says why there is no list */
      }
      ${this.renderUrgent(se.urgent, sub, therapy.id)} ${renderSources([...sources], sub)}
      ${renderReview(therapy.sideEffects.review)} ${renderDisclaimer()}
    </section>`;
  }

  private renderItem(item: SideEffectText, level: number): TemplateResult {
    const { plain, term } = splitName(item.name);
    return html`<li class="item" part="item">
      ${heading(level, html`${plain}${term ? html` <span class="term">${term}</span>` : nothing}`, {
        part: 'item-heading',
        className: 'item-heading',
      })}
      <p class="description">${item.description}</p>
      ${
        item.helps
          ? html`<p class="helps" part="helps">
              <strong class="helps-label">${msg('What helps:', { id: 'sideEffectList.helps' })}</strong>
              ${item.helps}
            </p>`
          : nothing
      }
    </li>`;
  }

  private renderUrgent(lines: readonly string[], level: number, id: string): TemplateResult | typeof nothing {
    if (!lines.length) return nothing;
    if (lines.length > MAX_URGENT) {
      warnOnce(`The urgent advice for "${id}" has ${lines.length} bullets; only the first ${MAX_URGENT} are shown.`);
    }
    return html`<div class="urgent" part="urgent">
      ${heading(
        level,
        html`<span class="visually-hidden">${msg('Urgent advice:', { id: 'sideEffectList.urgentPrefix' })} </span>${msg(
            'Contact your care team right away if:',
            { id: 'sideEffectList.urgentHeading' },
          )}`,
        { part: 'urgent-heading', className: 'urgent-heading' },
      )}
      <ul>
        ${lines.slice(0, MAX_URGENT).map((line) => html`<li>${line}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'net-side-effect-list': NetSideEffectList;
  }
}
