/**
 * The checklist's printed summary: a one-page preparation sheet (ticked and unticked factors with
 * their questions, the reader's priorities, lines for notes, sources and review dates).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderDisclaimer, renderReview, sourcesLine } from '../../base/footer.js';
import { checklistSources, decisionChecklist, decisionFactors, priorities } from '../../content/decision-factors.js';
import type { Locale } from '../../i18n/locales.js';

export interface PrintSheetState {
  discussed: ReadonlySet<string>;
  chosen: ReadonlySet<string>;
  /** The progress line as the screen shows it ("3 of 9 discussed"). */
  progress: string;
}

/**
 * The printed sheet: hidden on screen (and so from assistive technology), the only part shown
 * when printing. Ticks are the characters ☑ and ☐, so they print without colour or backgrounds.
 */
export function renderPrintSheet({ discussed, chosen, progress }: PrintSheetState, locale: Locale): TemplateResult {
  const t = decisionChecklist.text();
  const box = (on: boolean) => html`<span class="box">${on ? '☑' : '☐'}</span>`;
  // `summary` stays as a second name until 0.3.0 (the part was renamed; CHANGELOG, Unreleased).
  return html`<div class="sheet" part="print-sheet summary">
    <p class="sheet-title">${t.title}</p>
    <p class="sheet-progress">${progress}</p>
    <table class="sheet-factors">
      <thead>
        <tr>
          <th scope="col" class="col-box">${msg('Discussed', { id: 'checklist.sheet.discussed' })}</th>
          <th scope="col">${t.factorsTitle}</th>
          <th scope="col">${msg('Question to ask', { id: 'checklist.sheet.question' })}</th>
        </tr>
      </thead>
      <tbody>
        ${decisionFactors.map((f) => {
          const t = f.text();
          return html`<tr>
            <td class="col-box">${box(discussed.has(f.id))}</td>
            <td class="sheet-name">${t.name}</td>
            <td>${t.question}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <p class="sheet-heading">${msg('What matters most to me', { id: 'checklist.sheet.priorities' })}</p>
    <ul class="sheet-priorities">
      ${priorities.map((p) => html`<li>${box(chosen.has(p.id))} ${p.text()}</li>`)}
    </ul>
    <p class="sheet-heading">${t.questionsTitle}</p>
    <ul class="sheet-questions">
      ${t.questions.map((q) => html`<li>${q}</li>`)}
    </ul>
    <p class="sheet-heading">${msg('My other questions and notes', { id: 'checklist.sheet.notes' })}</p>
    <div class="sheet-lines"><span></span><span></span><span></span></div>
    <p class="sheet-support">${t.support.join(' ')}</p>
    <p class="sheet-sources">${sourcesLine(checklistSources(), locale)}</p>
    ${renderReview(decisionChecklist.review, locale)} ${renderDisclaimer()}
  </div>`;
}
