import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { TherapyElement } from '../../base/therapy-element.js';
import { heading } from '../../base/heading.js';
import { renderDisclaimer, renderOverdueNotice, renderReview, renderSources } from '../../base/footer.js';
import { baseStyles } from '../../base/styles.js';
import { renderUrgentAdvice } from '../../base/urgent-advice.js';
import { SideEffectListPresence } from '../../base/side-effect-list-link.js';
import type { Locale } from '../../i18n/locales.js';
import type { SourceId } from '../../content/sources/index.js';
import { byFrequency, frequencyHeading } from '../../content/labels.js';
import type { SideEffectText, Therapy } from '../../content/types.js';
import { sideEffectListStyles } from './side-effect-list.styles.js';

/** "Loose or fatty stools (steatorrhea)" → plain part and medical term, to set the term apart. */
function splitName(name: string): { plain: string; term?: string } {
  const match = /^(.+?)\s*(\([^()]+\))\s*$/.exec(name);
  return match ? { plain: match[1], term: match[2] } : { plain: name };
}

/**
 * The side effects of one NET treatment in plain words: each one with what it is and what helps
 * (common ones first, when the source says how often), then when to get help at three levels
 * (call 911 / 999 now; contact the care team right away, day or night; tell them at the next
 * visit), sources and review dates.
 *
 * @summary A plain-language, sourced list of one treatment's side effects, with urgent advice.
 * @csspart list - The widget's outer box.
 * @csspart heading - The top heading.
 * @csspart intro - The introduction.
 * @csspart items - The list of side effects.
 * @csspart item - One side effect.
 * @csspart item-heading - The name of one side effect.
 * @csspart group-heading - "Common side effects" / "Less common side effects", when the source says how often.
 * @csspart helps - "What helps" for one side effect.
 * @csspart urgent - The urgent advice: its three boxes.
 * @csspart urgent-emergency - "Call 911 now if:" (999 in the UK).
 * @csspart urgent-now - "Contact your care team right away, day or night, if:" (or the "ask your care team" box).
 * @csspart urgent-next-visit - "Tell your care team at your next visit if:".
 * @csspart urgent-heading - The heading of each urgent box.
 * @csspart sources - The source list.
 * @csspart review - The review dates.
 * @csspart disclaimer - The disclaimer.
 * @csspart notice - The message shown for a missing or unknown therapy.
 * @csspart overdue - The notice shown once the content is past its next-review date.
 * @csspart contact - The host's own contact line (the `contact` slot) and its label.
 * @slot contact - Your own contact line, shown in the urgent advice under "From your care team": `<p slot="contact">Call the NET nurse line on …</p>`. Nothing shows while it is empty.
 * @cssprop --net-color-urgent - Border and heading colour of the urgent-advice box.
 * @cssprop --net-color-urgent-surface - Background of the urgent-advice box.
 * @cssprop --net-color-accent - Colour of the side-effect markers.
 */
export class NetSideEffectList extends TherapyElement {
  /** The element's tag: src/net-side-effect-list.ts defines it (define.ts), the manifest names it. */
  static readonly tagName = 'net-side-effect-list';

  static override styles = [baseStyles, sideEffectListStyles];

  constructor() {
    super();
    // Cards and comparisons for the same therapy offer a button to this list: it tells them when
    // it comes, goes or changes therapy, whatever order the page has them in.
    new SideEffectListPresence(this);
  }

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

  protected renderTherapy(therapy: Therapy, locale: Locale): TemplateResult {
    const name = therapy.text().name;
    const se = therapy.sideEffects.text();
    const sub = this.level + 1;
    // The section's sources first, then any that only an item cites, so every citation is listed.
    const sources = new Set<SourceId>(therapy.sideEffects.sources);
    for (const item of se.items) for (const id of item.sources) sources.add(id);

    // tabindex="-1": reveal() can move focus here without adding a stop to the tab order.
    return html`<section class="list surface" part="list" lang=${locale} tabindex="-1" aria-labelledby="se-heading">
      ${renderOverdueNotice(therapy.sideEffects.review, locale)}
      ${heading(this.level, se.title ?? msg(str`${name}: possible side effects`, { id: 'sideEffectList.heading' }), {
        part: 'heading',
        id: 'se-heading',
      })}
      <p class="intro" part="intro">${se.intro}</p>
      ${this.renderGroups(se.items, sub)} ${renderUrgentAdvice(se.urgent, sub, this.renderContact())}
      ${renderSources([...sources], sub, locale)} ${renderReview(therapy.sideEffects.review, locale)}
      ${renderDisclaimer()}
    </section>`;
  }

  /** Common, then less common, then the rest ("Other side effects"): headings only when the source grades them. */
  private renderGroups(all: readonly SideEffectText[], level: number): TemplateResult[] {
    const groups = byFrequency(all);
    if (groups.length === 1 && groups[0].frequency === undefined) return [this.renderItems(all, level)];
    return groups.map(
      ({ frequency, items }) =>
        html`${heading(level, frequencyHeading(frequency), { part: 'group-heading', className: 'group-heading' })}
        ${this.renderItems(items, level + 1)}`,
    );
  }

  private renderItems(items: readonly SideEffectText[], level: number): TemplateResult {
    return html`<ul class="items" part="items">
      ${items.map((item) => this.renderItem(item, level))}
    </ul>`;
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
}

declare global {
  interface HTMLElementTagNameMap {
    'net-side-effect-list': NetSideEffectList;
  }
}
