/**
 * The foot every content widget shows the same way: sources, review dates and the disclaimer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getSource, type Source, type SourceId } from '../content/sources/index.js';
import type { Review } from '../content/types.js';
import { formatDate, formatList, formatPartialDate } from '../i18n/format.js';
import { isEnglish, type Locale } from '../i18n/locales.js';
import { heading } from './heading.js';

/**
 * The source list, numbered, with full citations. The title (and the publisher's name) stay as
 * published, in their own language; everything the widget says about a source — what kind it is,
 * "Updated …", the date — is in the reader's locale. A source with a public address is a plain
 * link (the widget itself never requests it). Outside English, an English title and publisher
 * carry `lang="en"`, so a screen reader reads them as English.
 */
export function renderSources(ids: readonly SourceId[], level: number, locale: Locale): TemplateResult {
  const nonEnglish = !isEnglish(locale);
  // Not a named region: a page with several widgets would get several identical "Sources"
  // landmarks (axe landmark-unique). The heading already gives screen readers the structure.
  return html`<section class="sources" part="sources">
    ${heading(level, msg('Sources', { id: 'common.sources' }), { part: 'sources-heading', className: 'subheading' })}
    <ol>
      ${ids.map((id) => renderCitation(getSource(id), nonEnglish, locale))}
    </ol>
  </section>`;
}

function renderCitation(s: Source, nonEnglish: boolean, locale: Locale): TemplateResult {
  const titleLang = s.lang ?? (nonEnglish ? 'en' : nothing);
  const title = html`<cite lang=${titleLang}>${s.title}</cite>`;
  const date = sourceDate(s, locale);
  return html`<li>
    <span class="source-publisher" lang=${nonEnglish ? 'en' : nothing}>${s.publisher}.</span>
    ${s.url ? html`<a href=${s.url} rel="noreferrer">${title}</a>` : title}.
    <span class="source-kind${s.kind === 'industry-sponsored' ? ' industry' : ''}">${kindLabel(s.kind)}.</span>
    ${date ? html`<span class="muted">${date}.</span>` : nothing}
  </li>`;
}

/**
 * The sources in one line, for a printed sheet that must fit a page (the checklist's, the
 * comparison's): each publisher once, in the order first cited, an asterisk on a publisher any
 * of whose cited sources is industry-sponsored, and the footnote that says what it means. The
 * full citations, with titles, dates and links, are in the widget on screen.
 */
export function sourcesLine(ids: readonly SourceId[], locale: Locale): TemplateResult {
  const industry = new Set<string>();
  const publishers: string[] = [];
  for (const id of ids) {
    const s = getSource(id);
    if (!publishers.includes(s.publisher)) publishers.push(s.publisher);
    if (s.kind === 'industry-sponsored') industry.add(s.publisher);
  }
  const names = publishers.map((p) => (industry.has(p) ? `${p}*` : p));
  return html`${msg(str`Sources: ${formatList(names, locale)}.`, { id: 'checklist.sheet.sources' })}
  ${industry.size ? html`<span class="industry-note">* ${kindLabel('industry-sponsored')}.</span>` : nothing}`;
}

function kindLabel(kind: Source['kind']): string {
  switch (kind) {
    case 'patient-information':
      return msg('Patient information', { id: 'source.kind.patient' });
    case 'regulatory':
      return msg('Regulator’s document', { id: 'source.kind.regulatory' });
    case 'journal':
      return msg('Journal article', { id: 'source.kind.journal' });
    case 'industry-sponsored':
      return msg('Industry-sponsored: written or paid for by a drug company', { id: 'source.kind.industry' });
  }
}

/** "Updated June 6, 2022", "Published September 2018", "2024": as precise as the source is. */
function sourceDate(s: Source, locale: Locale): string | undefined {
  if (!s.date) return undefined;
  const date = formatPartialDate(s.date, locale);
  if (/^\d{4}$/.test(s.date)) return date;
  switch (s.dateKind) {
    case 'updated':
      return msg(str`Updated ${date}`, { id: 'source.updated' });
    case 'reviewed':
      return msg(str`Reviewed ${date}`, { id: 'source.reviewed' });
    default:
      return msg(str`Published ${date}`, { id: 'source.published' });
  }
}

/** "Last reviewed … · Next review due …", dates through Intl in `locale`. */
export function renderReview(review: Review, locale: Locale): TemplateResult {
  const last = formatDate(review.lastReviewed, locale);
  const next = formatDate(review.nextReview, locale);
  return html`<p class="review muted" part="review">
    <span>${msg(str`Last reviewed: ${last}`, { id: 'common.lastReviewed' })}</span>
    <span aria-hidden="true"> · </span>
    <span>${msg(str`Next review due: ${next}`, { id: 'common.nextReview' })}</span>
  </p>`;
}

export function renderDisclaimer(): TemplateResult {
  return html`<p class="disclaimer" part="disclaimer">
    ${msg('This information does not replace talking to your care team. It does not recommend any treatment.', {
      id: 'common.disclaimer',
    })}
  </p>`;
}

/** Today's date by the reader's own clock (their time zone), as YYYY-MM-DD. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True once the reader's clock has passed `nextReview` (the whole of that day). */
export function isOverdue(nextReview: string, now = new Date()): boolean {
  return today(now) > nextReview;
}

/**
 * Above the content, once the reader's clock is past the entry's next-review date: an honest
 * notice, with no network call, so that a host that pins an old file for years still gets it.
 */
export function renderOverdueNotice(review: Review, locale: Locale): TemplateResult | typeof nothing {
  if (!isOverdue(review.nextReview)) return nothing;
  const due = formatDate(review.nextReview, locale);
  return html`<p class="overdue" part="overdue" role="note">
    ${msg(str`This information was due for review on ${due}. It may be out of date. Check with your care team.`, {
      id: 'common.overdue',
    })}
  </p>`;
}
