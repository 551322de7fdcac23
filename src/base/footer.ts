/**
 * The foot every content widget shows the same way: sources, review dates and the disclaimer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getSource, type SourceId } from '../content/sources/index.js';
import type { Review } from '../content/types.js';
import { formatDate } from '../i18n/format.js';
import { getLocale } from '../i18n/locale.js';
import { heading } from './heading.js';

/** The source list, numbered, with full citations. Citations keep their own language. */
export function renderSources(ids: readonly SourceId[], level: number): TemplateResult {
  const citationLang = getLocale().startsWith('en') ? nothing : 'en';
  // Not a named region: a page with several widgets would get several identical "Sources"
  // landmarks (axe landmark-unique). The heading already gives screen readers the structure.
  return html`<section class="sources" part="sources">
    ${heading(level, msg('Sources', { id: 'common.sources' }), { part: 'sources-heading', className: 'subheading' })}
    <ol>
      ${ids.map((id) => {
        const s = getSource(id);
        return html`<li lang=${citationLang}>
          <span class="source-publisher">${s.publisher}.</span>
          <cite>${s.title}</cite>${s.date ? html`. <span class="muted">${s.date}</span>` : nothing}
        </li>`;
      })}
    </ol>
  </section>`;
}

/** "Last reviewed … · Next review due …", dates through Intl in the active locale. */
export function renderReview(review: Review): TemplateResult {
  const last = formatDate(review.lastReviewed);
  const next = formatDate(review.nextReview);
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
