import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { TherapyElement } from '../../base/therapy-element.js';
import { heading } from '../../base/heading.js';
import { renderDisclaimer, renderOverdueNotice, renderReview, renderSources } from '../../base/footer.js';
import type { Experience, SourcedItem, Therapy } from '../../content/types.js';
import {
  aimLabel,
  byFrequency,
  deliveryLabel,
  frequencyHeading,
  notInSources,
  statusLabel,
} from '../../content/labels.js';
import { baseStyles } from '../../base/styles.js';
import { therapyCardStyles } from './therapy-card.styles.js';
import { SideEffectListLink } from '../../base/side-effect-list-link.js';
import { renderRevealButton } from '../../base/reveal-button.js';
import type { Locale } from '../../i18n/locales.js';
import { buttonStyles } from '../../base/buttons.styles.js';

/**
 * One NET treatment in plain words: what it is, how it works, when it is used, how it is given,
 * what it aims to do, examples with the region's brand names, its kinds, a summary of side
 * effects, sources and review dates.
 *
 * @summary A plain-language, sourced card about one treatment for neuroendocrine tumours.
 * @csspart card - The card's outer box.
 * @csspart heading - The card's top heading.
 * @csspart status - The status badge (approved, usual care, being studied).
 * @csspart summary - The one-paragraph summary.
 * @csspart facts - The quick facts (how it is given, what it aims to do).
 * @csspart section-heading - The heading of each section.
 * @csspart section - Each section (how it works, when it is used, side effects, what it is like, …).
 * @csspart side-effects - The possible side effects and risks (a section, never hidden).
 * @csspart experience - What it is like to have it: how often, time in hospital, living with it.
 * @csspart details - Each expandable part (examples, kinds).
 * @csspart side-effects-button - Takes the reader to the <net-side-effect-list> for the same therapy, when the page has one.
 * @csspart sources - The source list.
 * @csspart review - The review dates.
 * @csspart disclaimer - The disclaimer.
 * @csspart notice - The message shown for a missing or unknown therapy.
 * @csspart overdue - The notice shown once the content is past its next-review date.
 * @csspart contact - The host's own contact line (the `contact` slot) and its label.
 * @slot contact - Your own contact line, shown at the foot of the card under "From your care team": `<p slot="contact">Call the NET nurse line on …</p>`. Nothing shows while it is empty.
 */
export class NetTherapyCard extends TherapyElement {
  /** The element's tag: src/net-therapy-card.ts defines it (define.ts), the manifest names it. */
  static readonly tagName = 'net-therapy-card';

  static override styles = [baseStyles, therapyCardStyles, buttonStyles];

  // The "full list" button needs the <net-side-effect-list> for this therapy, which may come later.
  private readonly lists = new SideEffectListLink(this, () => (this.entry ? [this.entry.id] : []));

  protected renderTherapy(therapy: Therapy, locale: Locale): TemplateResult {
    const t = therapy.text();
    const sub = this.level + 1;
    return html`<article class="card surface" part="card" lang=${locale}>
      ${renderOverdueNotice(therapy.review, locale)}
      <header class="card-header">
        ${heading(this.level, t.name, { part: 'heading' })}
        <p class="status status-${therapy.status}" part="status">
          <span class="visually-hidden">${msg('Status:', { id: 'card.statusPrefix' })} </span
          >${statusLabel(therapy.status)}
        </p>
      </header>
      <p class="summary" part="summary">${t.summary}</p>

      <dl class="facts" part="facts">
        <div>
          <dt>${msg('Given as', { id: 'card.facts.given' })}</dt>
          <dd>${this.renderValues(therapy.delivery.map(deliveryLabel))}</dd>
        </div>
        <div>
          <dt>${msg('What it aims to do', { id: 'card.facts.aims' })}</dt>
          <dd>${this.renderValues(therapy.aims.map(aimLabel))}</dd>
        </div>
      </dl>

      <section part="section">
        ${heading(sub, msg('How it works', { id: 'card.howItWorks' }), { part: 'section-heading', className: 'subheading' })}
        <p>${t.howItWorks}</p>
      </section>
      <section part="section">
        ${heading(sub, msg('When it is used', { id: 'card.whenUsed' }), { part: 'section-heading', className: 'subheading' })}
        <ul>
          ${t.whenUsed.map((line) => html`<li>${line}</li>`)}
        </ul>
      </section>
      <section part="section">
        ${heading(sub, msg('How it is given', { id: 'card.howGiven' }), { part: 'section-heading', className: 'subheading' })}
        <p>${t.howGiven}</p>
      </section>
      ${this.renderExperience(t.experience, sub)} ${this.renderSideEffects(therapy, sub)}
      ${
        t.examples.length || t.approval
          ? this.renderDetails(
              msg('Examples', { id: 'card.examples' }),
              html`${this.renderItems(t.examples)} ${t.approval ? html`<p class="approval">${t.approval}</p>` : nothing}`,
            )
          : nothing
      }
      ${
        t.subtypes.length
          ? this.renderDetails(
              t.subtypesTitle ?? msg('Kinds of this treatment', { id: 'card.subtypes' }),
              this.renderItems(t.subtypes),
            )
          : nothing
      }
      <section part="section">
        ${heading(sub, msg('A question to ask', { id: 'card.question' }), { part: 'section-heading', className: 'subheading' })}
        <p class="question">${t.question}</p>
      </section>
      ${this.renderContact()} ${renderSources(therapy.sources, sub, locale)} ${renderReview(therapy.review, locale)}
      ${renderDisclaimer()}
    </article>`;
  }

  /**
   * The downsides, with the weight of the benefits (IPDAS "equal detail"): a section like the others,
   * never hidden. Where no source lists side effects, the list's intro says so. When a
   * <net-side-effect-list> for this therapy is on the page, a button takes the reader to the full
   * list and its urgent advice.
   */
  private renderSideEffects(therapy: Therapy, level: number): TemplateResult {
    const se = therapy.sideEffects.text();
    return html`<section part="section side-effects">
      ${heading(level, se.title ?? msg('Possible side effects', { id: 'card.sideEffects' }), {
        part: 'section-heading',
        className: 'subheading',
      })}
      ${
        se.items.length
          ? byFrequency(se.items).map(
              ({ frequency, items }, _, groups) =>
                html`${
                    groups.length > 1 || frequency
                      ? html`<p class="group-label">${frequencyHeading(frequency)}</p>`
                      : nothing
                  }
                  <ul class="names">
                    ${items.map((item) => html`<li>${item.name}</li>`)}
                  </ul>`,
            )
          : html`<p>${se.intro}</p>`
      }
      <p>${msg('Ask your care team what to expect, and when to contact them.', { id: 'card.sideEffects.ask' })}</p>
      ${
        this.lists.find(therapy.id)
          ? renderRevealButton(
              msg('See the full list of side effects and when to get help', { id: 'card.sideEffects.reveal' }),
              () => this.lists.reveal(therapy.id),
            )
          : nothing
      }
    </section>`;
  }

  /** What it is like to have it: the same three questions for every treatment, answered or not. */
  private renderExperience(experience: Experience, level: number): TemplateResult {
    const rows: [string, string | undefined][] = [
      [msg('How often, and for how long', { id: 'card.experience.howOften' }), experience.howOften],
      [msg('Time in hospital and recovery', { id: 'card.experience.hospital' }), experience.hospital],
      [msg('Living with it', { id: 'card.experience.dailyLife' }), experience.dailyLife],
    ];
    return html`<section part="section experience">
      ${heading(level, msg('What it is like', { id: 'card.experience' }), { part: 'section-heading', className: 'subheading' })}
      <dl class="experience">
        ${rows.map(
          ([label, text]) =>
            html`<div>
              <dt>${label}</dt>
              <dd class=${text ? '' : 'unknown'}>${text ?? notInSources()}</dd>
            </div>`,
        )}
      </dl>
    </section>`;
  }

  /** One value as text; several as a list (labels are capitalized, so they are not joined in a sentence). */
  private renderValues(values: readonly string[]): unknown {
    if (values.length === 1) return values[0];
    return html`<ul class="values">
      ${values.map((v) => html`<li>${v}</li>`)}
    </ul>`;
  }

  private renderDetails(summary: string, body: unknown): TemplateResult {
    return html`<details part="details">
      <summary>${summary}</summary>
      <div class="details-body">${body}</div>
    </details>`;
  }

  private renderItems(items: readonly SourcedItem[]): TemplateResult {
    return html`<ul class="items">
      ${items.map(
        (item) =>
          html`<li>
            <strong class="item-name">${item.name}</strong>
            ${item.description ? html`<span class="item-desc">${item.description}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'net-therapy-card': NetTherapyCard;
  }
}
