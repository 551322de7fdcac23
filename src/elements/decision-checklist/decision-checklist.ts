import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { cssProps } from '../../base/css-props.js';
import { NetElement } from '../../base/net-element.js';
import { printPage } from '../../base/print.js';
import type { Locale } from '../../i18n/locales.js';
import { heading } from '../../base/heading.js';
import { renderDisclaimer, renderOverdueNotice, renderReview, renderSources } from '../../base/footer.js';
import { baseStyles } from '../../base/styles.js';
import {
  FACTOR_IDS,
  PRIORITY_IDS,
  checklistSources,
  decisionChecklist,
  decisionFactors,
  priorities,
  type DecisionFactor,
  type Priority,
} from '../../content/decision-factors.js';
import { buttonStyles } from '../../base/buttons.styles.js';
import { checkboxStyles } from './checkbox.styles.js';
import { decisionChecklistStyles } from './decision-checklist.styles.js';
import { printSheetStyles } from './print-sheet.styles.js';
import { renderPrintSheet } from './print-sheet.js';
import { clearState, readState, storageKey, writeState, type ChecklistState } from './storage.js';
import type { ChecklistChangeDetail } from './types.js';

export type { ChecklistChangeDetail };

/**
 * A preparation sheet for a treatment conversation: the factors a care team weighs (from the
 * source documents), each with why it matters and a question to ask, a "we have talked about this"
 * tick, the reader's own priorities, progress, and a one-page printed summary.
 *
 * State lives in memory. With `persist` it is also kept in `localStorage` under
 * `net-widgets:decision-checklist:v1` (plus `:<value>` when `persist` has a value); without it
 * nothing is stored, so a shared computer does not remember what a patient ticked.
 *
 * @summary A printable checklist of the factors behind a NET treatment decision, with questions to ask.
 * @fires net-checklist-change - When the reader ticks, unticks or clears. `detail`: `{ discussed: string[], priorities: string[], total: number, count: number }`. Bubbles and is composed.
 * @csspart checklist - The widget's outer box.
 * @csspart heading - The top heading.
 * @csspart section-heading - The headings of the factors and priorities sections.
 * @csspart progress - The "3 of 9 discussed" text and bar.
 * @csspart factors - The list of factors.
 * @csspart factor - One factor.
 * @csspart factor-heading - The name of one factor.
 * @csspart question - The suggested question for one factor.
 * @csspart questions - Questions to ask about each option.
 * @csspart support - Where to find support (the region's helpline, patient groups).
 * @csspart priorities - The reader's priorities.
 * @csspart actions - The row of buttons.
 * @csspart print-button - The print button.
 * @csspart reset-button - The button that clears every tick.
 * @csspart print-sheet - The printed summary (shown only when printing).
 * @csspart summary - Deprecated: the old name of `print-sheet`, kept until 0.3.0.
 * @csspart sources - The source list.
 * @csspart review - The review dates.
 * @csspart disclaimer - The disclaimer.
 * @csspart overdue - The notice shown once the content is past its next-review date.
 * @csspart contact - The host's own contact line (the `contact` slot) and its label.
 * @slot contact - Your own contact line, shown at the foot of the checklist (on screen and on the printed sheet) under "From your care team". Nothing shows while it is empty.
 * @cssprop --net-color-accent - Ticked boxes, progress bar, buttons.
 * @cssprop --net-color-focus - Focus ring.
 */
export class NetDecisionChecklist extends NetElement {
  /** The element's tag: src/net-decision-checklist.ts defines it (define.ts), the manifest names it. */
  static readonly tagName = 'net-decision-checklist';

  static override styles = [baseStyles, buttonStyles, decisionChecklistStyles, checkboxStyles, printSheetStyles];

  static override properties: PropertyDeclarations = {
    persist: { type: String },
    discussed: { state: true },
    chosen: { state: true },
    announcement: { state: true },
  };

  /**
   * Remember ticks in this browser (localStorage). A value names the checklist, so two checklists
   * on one site keep separate state. Absent (null): nothing is stored.
   */
  declare persist: string | null;

  declare private discussed: ReadonlySet<string>;
  declare private chosen: ReadonlySet<string>;
  /**
   * What the polite live region says: nothing until the reader changes something. Kept as what
   * happened, not as text, so that the words are made in render(), in the widget's locale.
   */
  declare private announcement: 'none' | 'progress' | 'cleared';

  constructor() {
    super();
    this.persist = null;
    this.discussed = new Set();
    this.chosen = new Set();
    this.announcement = 'none';
  }

  /** The current state, as in the `net-checklist-change` event's detail. */
  get value(): ChecklistChangeDetail {
    const discussed = FACTOR_IDS.filter((id) => this.discussed.has(id));
    return {
      discussed,
      priorities: PRIORITY_IDS.filter((id) => this.chosen.has(id)),
      total: FACTOR_IDS.length,
      count: discussed.length,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('persist') && this.persist !== null) {
      // Server-rendered (src/ssr/): hydration needs the first render to be the server's, with
      // nothing ticked; the stored ticks follow in the next update, before the next frame. (On the
      // server itself there is no render root yet, and no storage.)
      if (!this.hasUpdated && this.renderRoot?.hasChildNodes()) {
        void this.updateComplete.then(() => this.requestUpdate('persist', null));
        return;
      }
      const key = storageKey(this.persist);
      const stored = readState(key, FACTOR_IDS, PRIORITY_IDS);
      if (stored) {
        this.discussed = new Set(stored.discussed);
        this.chosen = new Set(stored.priorities);
      } else if (this.discussed.size || this.chosen.size) {
        // persist was switched on after the reader started: keep what they did.
        writeState(key, this.state());
      }
    }
  }

  private state(): ChecklistState {
    const { discussed, priorities } = this.value;
    return { discussed, priorities };
  }

  private announcementText(count: number, total: number): string {
    switch (this.announcement) {
      case 'none':
        return '';
      case 'progress':
        return this.progressText(count, total);
      case 'cleared':
        return msg(str`All checkmarks cleared. ${this.progressText(count, total)}.`, { id: 'checklist.cleared' });
    }
  }

  private progressText(count: number, total: number): string {
    return msg(str`${count} of ${total} discussed`, { id: 'checklist.progress' });
  }

  /** Store (when persisting), announce politely, and tell the host page. */
  private changed(announce: boolean): void {
    if (this.persist !== null) {
      const key = storageKey(this.persist);
      if (this.discussed.size || this.chosen.size) writeState(key, this.state());
      else clearState(key);
    }
    const detail = this.value;
    if (announce) this.announcement = 'progress';
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('net-checklist-change', {
        detail,
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Tick or untick a factor (progress is announced) or a priority (it is not). */
  private toggle(which: 'discussed' | 'chosen', id: string, checked: boolean): void {
    const next = new Set(this[which]);
    if (checked) next.add(id);
    else next.delete(id);
    this[which] = next;
    this.changed(which === 'discussed');
  }

  // Arrow fields: the buttons' listeners are these functions themselves (`@click=${this.reset}`).
  private reset = (): void => {
    this.discussed = new Set();
    this.chosen = new Set();
    this.changed(false);
    this.announcement = 'cleared';
  };

  protected renderContent(locale: Locale): TemplateResult {
    const t = decisionChecklist.text();
    const sub = this.level + 1;
    const { count, total } = this.value;
    return html`<section class="checklist surface" part="checklist" lang=${locale}>
      <div class="screen">
        ${renderOverdueNotice(decisionChecklist.review, locale)} ${heading(this.level, t.title, { part: 'heading' })}
        <p class="intro">${t.intro}</p>
        <p class="role">${t.role}</p>

        <section class="block">
          ${heading(sub, t.factorsTitle, { part: 'section-heading', className: 'subheading', id: 'factors-heading' })}
          <p>${t.factorsIntro}</p>
          ${this.renderProgress(count, total)}
          <ol class="factors" part="factors">
            ${decisionFactors.map((f, i) => this.renderFactor(f, i, sub + 1))}
          </ol>
        </section>

        <section class="block">
          ${heading(sub, t.prioritiesTitle, { part: 'section-heading', className: 'subheading', id: 'priorities-heading' })}
          <p>${t.prioritiesIntro}</p>
          <div role="group" aria-labelledby="priorities-heading">
            <ul class="priorities" part="priorities">
              ${priorities.map((p) => this.renderPriority(p))}
            </ul>
          </div>
        </section>

        <section class="block">
          ${heading(sub, t.questionsTitle, { part: 'section-heading', className: 'subheading' })}
          <ul class="questions" part="questions">
            ${t.questions.map((q) => html`<li>${q}</li>`)}
          </ul>
        </section>

        <section class="block">
          ${heading(sub, t.supportTitle, { part: 'section-heading', className: 'subheading' })}
          ${t.support.map((line) => html`<p class="support" part="support">${line}</p>`)}
        </section>

        <div class="actions" part="actions">
          <button type="button" class="button primary" part="print-button" @click=${printPage}>
            ${msg('Print this checklist', { id: 'checklist.print' })}
          </button>
          <button type="button" class="button secondary" part="reset-button" @click=${this.reset}>
            ${msg('Clear all checkmarks', { id: 'checklist.reset' })}
          </button>
        </div>
        <p class="visually-hidden" role="status">${this.announcementText(count, total)}</p>

        ${renderSources(checklistSources(), sub, locale)} ${renderReview(decisionChecklist.review, locale)}
        ${renderDisclaimer()}
      </div>
      ${renderPrintSheet(
        { discussed: this.discussed, chosen: this.chosen, progress: this.progressText(count, total) },
        locale,
      )}
      ${this.renderContact()}
    </section>`;
  }

  private renderProgress(count: number, total: number): TemplateResult {
    return html`<div class="progress" part="progress">
      <p class="progress-text">${this.progressText(count, total)}</p>
      <div class="bar" aria-hidden="true">
        <div class="bar-fill" style=${cssProps({ '--_progress': String(total ? count / total : 0) })}></div>
      </div>
    </div>`;
  }

  private renderFactor(factor: DecisionFactor, index: number, level: number): TemplateResult {
    const t = factor.text();
    const id = `factor-${factor.id}`;
    const checked = this.discussed.has(factor.id);
    return html`<li class="factor ${checked ? 'is-checked' : ''}" part="factor">
      <span class="factor-number" aria-hidden="true">${index + 1}</span>
      <div class="factor-body">
        ${heading(level, t.name, { part: 'factor-heading', className: 'factor-heading' })}
        <p class="why"><strong class="label">${msg('Why it matters:', { id: 'checklist.why' })}</strong> ${t.why}</p>
        <p class="question" part="question">
          <strong class="label">${msg('You could ask:', { id: 'checklist.ask' })}</strong> ${t.question}
        </p>
        <div class="check check-factor">
          <input
            type="checkbox"
            id=${id}
            .checked=${checked}
            @change=${(e: Event) => this.toggle('discussed', factor.id, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}
            >${msg('We have talked about this', { id: 'checklist.discussed' })}<span class="visually-hidden">
              – ${t.name}</span
            ></label
          >
        </div>
      </div>
    </li>`;
  }

  private renderPriority(priority: Priority): TemplateResult {
    const id = `priority-${priority.id}`;
    const checked = this.chosen.has(priority.id);
    return html`<li class="priority ${checked ? 'is-checked' : ''}">
      <div class="check check-priority">
        <input
          type="checkbox"
          id=${id}
          .checked=${checked}
          @change=${(e: Event) => this.toggle('chosen', priority.id, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${priority.text()}</label>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'net-decision-checklist': NetDecisionChecklist;
  }
  interface HTMLElementEventMap {
    'net-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
