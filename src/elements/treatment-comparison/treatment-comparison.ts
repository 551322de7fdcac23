import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { buttonStyles } from '../../base/buttons.styles.js';
import { renderDisclaimer, renderOverdueNotice, renderReview, renderSources, sourcesLine } from '../../base/footer.js';
import { heading } from '../../base/heading.js';
import { warnOnce } from '../../log.js';
import { NetElement, contactLabel } from '../../base/net-element.js';
import { printPage } from '../../base/print.js';
import { renderRevealButton } from '../../base/reveal-button.js';
import { SideEffectListLink } from '../../base/side-effect-list-link.js';
import { baseStyles } from '../../base/styles.js';
import { askWhenToCall, urgentHeading, urgentLines } from '../../base/urgent-advice.js';
import { getTherapy } from '../../content/index.js';
import { THERAPY_IDS } from '../../content/therapy-ids.js';
import { aimLabel, deliveryLabel, notInSources, statusLabel } from '../../content/labels.js';
import type { SourceId } from '../../content/sources/index.js';
import type { Review, Therapy } from '../../content/types.js';
import { formatList } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locales.js';
import { MAX_THERAPIES, MIN_THERAPIES, parseTherapies, type ParsedTherapies } from './parse-therapies.js';
import { treatmentComparisonStyles } from './treatment-comparison.styles.js';

/** One row of the grid: its question, how one therapy's cell answers it, and what follows it. */
interface Row {
  question: string;
  cell(therapy: Therapy): unknown;
  /** 'contact': the host's contact line follows this row (it belongs with the urgent advice). */
  after?: 'contact';
}

/**
 * Two to four treatments side by side, Option Grid style: the questions people ask as rows, the
 * treatments as columns, every cell from the same catalogue entries as the cards (no second copy
 * of the prose), printed as a sheet to take to an appointment (two treatments fit one A4 or
 * Letter page). A real data table: a caption, a column header per treatment and a row header per
 * question, so a screen reader announces "PRRT, How is it given". In a narrow space (a phone at
 * 320 px) it reflows to one question at a time, each answer labelled with its treatment, without
 * horizontal scrolling.
 *
 * @summary Two to four NET treatments side by side (an Option Grid); two or three print on one page.
 * @csspart comparison - The widget's outer box.
 * @csspart heading - The top heading.
 * @csspart intro - The sentence that says what the grid is.
 * @csspart problems - What was wrong with the `therapies` attribute.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart column-heading - A treatment's column heading.
 * @csspart row-heading - A question's row heading.
 * @csspart cell - One answer.
 * @csspart side-effects-button - Takes the reader to the <net-side-effect-list> for that treatment, when the page has one.
 * @csspart print-button - The print button.
 * @csspart contact - The host's own contact line (the `contact` slot), in its own row under the urgent row.
 * @csspart overdue - The notice shown once the content is past its next-review date.
 * @csspart sources - The source list.
 * @csspart review - The review dates.
 * @csspart disclaimer - The disclaimer.
 * @csspart notice - The message shown when fewer than two treatments can be shown.
 * @slot contact - Your own contact line, shown under the "When to get help urgently" row, labelled "From your care team". Nothing shows while it is empty.
 */
export class NetTreatmentComparison extends NetElement {
  /** The element's tag: src/net-treatment-comparison.ts defines it (define.ts), the manifest names it. */
  static readonly tagName = 'net-treatment-comparison';

  static override styles = [baseStyles, buttonStyles, treatmentComparisonStyles];

  static override properties: PropertyDeclarations = {
    therapies: { type: String },
  };

  /**
   * Two to four therapy ids, separated by commas or spaces, shown in this order (the README lists
   * them all). Bad input (fewer than two, more than four, repeats, unknown ids, a value that is not
   * a string) gets a short message and one console warning; the valid treatments still show when
   * at least two remain.
   */
  declare therapies: string | null;

  /** `therapies` parsed (willUpdate): what is shown, and what was wrong with it. */
  private parsed: ParsedTherapies = parseTherapies(null);

  // A "full list" button per treatment needs its <net-side-effect-list>, which may come later.
  private readonly lists = new SideEffectListLink(this, () => this.parsed.therapies.map((t) => t.id));

  constructor() {
    super();
    this.therapies = null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!changed.has('therapies')) return;
    this.parsed = parseTherapies(this.therapies);
    warnAboutTherapies(this.localName, this.therapies, this.parsed);
  }

  protected renderContent(locale: Locale): TemplateResult {
    const parsed = this.parsed;
    const problems = problemTexts(parsed, locale);
    if (parsed.therapies.length < MIN_THERAPIES) {
      return this.renderNotice([...problems, chooseMessage()].join(' '), locale);
    }
    const shown = parsed.therapies;
    const sub = this.level + 1;
    const names = shown.map((t) => t.text().name);
    const sources = new Set<SourceId>();
    for (const t of shown) for (const id of [...t.sources, ...t.sideEffects.sources]) sources.add(id);
    const review = earliestReview(shown.flatMap((t) => [t.review, t.sideEffects.review]));
    return html`<section class="comparison surface" part="comparison" lang=${locale}>
      ${renderOverdueNotice(review, locale)}
      ${heading(this.level, msg('Compare treatments', { id: 'comparison.heading' }), { part: 'heading' })}
      <p class="intro" part="intro">
        ${msg(
          'The same questions for each treatment, answered from the same sources as the treatment cards. It does not say which is best for you.',
          { id: 'comparison.intro' },
        )}
      </p>
      ${
        problems.length
          ? html`<div class="notice problems" part="problems" role="status"><p>${problems.join(' ')}</p></div>`
          : nothing
      }
      <div class="grid">
        <table role="table" part="table" class="cols-${shown.length}">
          <caption part="caption">
            ${msg(str`Treatment options side by side: ${formatList(names, locale)}`, { id: 'comparison.caption' })}
          </caption>
          <thead>
            <tr role="row">
              <td role="cell" class="corner"></td>
              ${names.map((name) => html`<th scope="col" role="columnheader" part="column-heading">${name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.rows().map((row) =>
              this.renderRow(
                row,
                shown,
                names,
                row.after === 'contact' ? this.renderContactRow(shown.length) : nothing,
              ),
            )}
          </tbody>
        </table>
      </div>
      <p class="actions no-print">
        <button type="button" class="button secondary" part="print-button" @click=${printPage}>
          ${msg('Print this comparison', { id: 'comparison.print' })}
        </button>
      </p>
      ${renderSources([...sources], sub, locale)}
      <p class="print-sources print-only">${sourcesLine([...sources], locale)}</p>
      ${renderReview(review, locale)} ${renderDisclaimer()}
    </section>`;
  }

  private renderRow(row: Row, shown: Therapy[], names: string[], after: unknown): TemplateResult {
    return html`<tr role="row">
        <th scope="row" role="rowheader" part="row-heading">${row.question}</th>
        ${shown.map(
          (t, i) =>
            html`<td role="cell" part="cell">
              <span class="cell-label" aria-hidden="true">${names[i]}</span>
              <div class="cell-body">${row.cell(t)}</div>
            </td>`,
        )}
      </tr>
      ${after}`;
  }

  /**
   * The host's contact line, as a row of its own under the urgent row (hidden while empty). Its row
   * header is the label, so a screen reader announces the line as "From your care team" like any
   * other answer, and the one cell spans every treatment's column: it is the same for all of them.
   */
  private renderContactRow(columns: number): TemplateResult {
    return html`<tr role="row" class="contact-row" ?hidden=${!this.hasContact}>
      <th scope="row" role="rowheader" part="row-heading" class="contact-label">${contactLabel()}</th>
      <td role="cell" part="cell" colspan=${columns}>
        <div class="contact" part="contact">${this.renderContactSlot()}</div>
      </td>
    </tr>`;
  }

  /** The questions, in the Option Grid order. Each cell says so when the sources say nothing. */
  private rows(): Row[] {
    return [
      {
        question: msg('What is it?', { id: 'comparison.row.what' }),
        cell: (t) => t.text().compare.what,
      },
      {
        question: msg('What does it aim to do?', { id: 'comparison.row.aims' }),
        cell: (t) => valueList(t.aims.map(aimLabel), 'run-in'),
      },
      {
        question: msg('How is it given, and how often?', { id: 'comparison.row.given' }),
        // Labels are capitalized ("Injection", "Radiation treatment"): a list, never joined in a sentence.
        cell: (t) =>
          html`${
              t.delivery.length === 1
                ? html`<p class="label-line">${deliveryLabel(t.delivery[0])}</p>`
                : html`<ul class="values label-line">
                    ${t.delivery.map((d) => html`<li>${deliveryLabel(d)}</li>`)}
                  </ul>`
            }
            <p>${t.text().compare.given}</p>`,
      },
      {
        question: msg('Time in hospital and recovery', { id: 'comparison.row.hospital' }),
        cell: (t) => orNotInSources(t.text().compare.hospital),
      },
      {
        question: msg('Common side effects', { id: 'comparison.row.sideEffects' }),
        cell: (t) => this.renderSideEffects(t),
      },
      {
        question: msg('When to get help urgently', { id: 'comparison.row.urgent' }),
        cell: (t) => renderUrgentCell(t),
        after: 'contact',
      },
      {
        question: msg('Approved, or being studied?', { id: 'comparison.row.status' }),
        cell: (t) => {
          const approval = t.text().approval;
          return html`<p class="label-line">${statusLabel(t.status)}</p>
            ${approval ? html`<p class="approval">${approval}</p>` : nothing}`;
        },
      },
      {
        question: msg('A question to ask', { id: 'comparison.row.question' }),
        cell: (t) => t.text().question,
      },
    ];
  }

  /** The common ones when the source says how often; otherwise every one it names. */
  private renderSideEffects(t: Therapy): TemplateResult {
    const items = t.sideEffects.text().items;
    const graded = items.some((i) => i.frequency);
    const shown = graded ? items.filter((i) => i.frequency === 'common') : items;
    return html`${
      shown.length
        ? valueList(
            shown.map((i) => i.name),
            'run-in',
          )
        : html`<p>${notInSources()}</p>`
    }
    ${
      this.lists.find(t.id)
        ? renderRevealButton(
            msg('See the full list and when to get help', { id: 'comparison.sideEffects.reveal' }),
            () => this.lists.reveal(t.id),
          )
        : nothing
    }`;
  }
}

/** What was wrong with the attribute, in the reader's words (empty when nothing was). */
function problemTexts(p: ParsedTherapies, locale: Locale): string[] {
  const out: string[] = [];
  if (p.unknown.length) {
    out.push(
      msg(str`We do not have information about: ${p.unknown.join(', ')}.`, { id: 'comparison.problem.unknown' }),
    );
  }
  if (p.duplicates.length) {
    out.push(
      msg(str`Listed more than once, so shown once: ${formatList(p.duplicates.map(therapyName), locale)}.`, {
        id: 'comparison.problem.duplicates',
      }),
    );
  }
  if (p.extra.length) {
    out.push(
      msg(
        str`Only ${MAX_THERAPIES} treatments fit side by side. Not shown: ${formatList(p.extra.map(therapyName), locale)}.`,
        { id: 'comparison.problem.extra' },
      ),
    );
  }
  return out;
}

/**
 * One console warning per bad value (willUpdate). A property set to something else than a string
 * (a host script's array, a number) is named by its type, so it gets a warning of its own rather
 * than the missing attribute's.
 */
function warnAboutTherapies(tag: string, raw: unknown, p: ParsedTherapies): void {
  const tooFew = p.therapies.length < MIN_THERAPIES;
  if (!tooFew && !p.unknown.length && !p.duplicates.length && !p.extra.length) return;
  const given =
    typeof raw === 'string'
      ? `therapies="${raw.trim().slice(0, 80)}"`
      : raw === null || raw === undefined
        ? 'has no therapies attribute'
        : `therapies is ${Array.isArray(raw) ? 'an array' : `a ${typeof raw}`}, not a string of ids`;
  const what = [
    tooFew ? `needs ${MIN_THERAPIES} to ${MAX_THERAPIES} known ids` : '',
    p.unknown.length ? `unknown ${p.unknown.join(', ')}` : '',
    p.duplicates.length ? `repeated ${p.duplicates.join(', ')}` : '',
    p.extra.length ? `more than ${MAX_THERAPIES} (dropped ${p.extra.join(', ')})` : '',
  ].filter(Boolean);
  warnOnce(`<${tag}> ${given}: ${what.join('; ')}. Valid ids: ${THERAPY_IDS.join(', ')}.`);
}

/** A therapy's name in the reader's words (the id itself if it is not one). */
function therapyName(id: string): string {
  return getTherapy(id)?.text().name ?? id;
}

function chooseMessage(): string {
  return msg(str`Choose ${MIN_THERAPIES} to ${MAX_THERAPIES} treatments to compare.`, { id: 'comparison.choose' });
}

function orNotInSources(text: string | undefined): TemplateResult {
  return html`<p class=${text ? '' : 'unknown'}>${text ?? notInSources()}</p>`;
}

/**
 * A list of short values. On paper, names and labels run on as one line ("Pain · Infection")
 * (`run-in`), and sentences (urgent advice) run on one after the other (`sentences`): the grid's
 * answers fit one page.
 */
function valueList(values: readonly string[], style: 'run-in' | 'sentences'): TemplateResult {
  return html`<ul class="values ${style === 'run-in' ? 'run-in' : 'print-run-on'}">
    ${values.map((v) => html`<li>${v}</li>`)}
  </ul>`;
}

/** The emergency and right-away advice, short: the rest is in the full side-effect list. */
function renderUrgentCell(t: Therapy): TemplateResult {
  const advice = t.sideEffects.text().urgent;
  const levels = (['emergency', 'now'] as const).filter((l) => advice[l].length);
  if (!levels.length) return html`<p>${askWhenToCall()}</p>`;
  return html`${levels.map(
    (l) =>
      html`<p class="label-line">${urgentHeading(l)}</p>
        ${valueList(urgentLines(advice, l), 'sentences')}`,
  )}`;
}

/** One review line for several entries: the earliest next review (and its own last review). */
function earliestReview(reviews: readonly Review[]): Review {
  return [...reviews].sort((a, b) => a.nextReview.localeCompare(b.nextReview))[0];
}

declare global {
  interface HTMLElementTagNameMap {
    'net-treatment-comparison': NetTreatmentComparison;
  }
}
