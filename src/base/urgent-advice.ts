/**
 * When to get help, at three levels (the NHS pattern): call the emergency number, contact the
 * care team right away day or night, tell the care team at the next visit. Each level is a box
 * with a heading that is a call to action and a visually hidden prefix ("Emergency:", …), so it
 * never relies on colour alone. The emergency number and the urgent line are the region's
 * (the translations carry 999 and NHS 111 for en-GB). The host's own contact line
 * (`slot="contact"`) sits at the end of the advice, labelled as the host's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { UrgentAdvice } from '../content/types.js';
import { heading } from './heading.js';

/** At most five bullets a level (NHS content style). */
export const MAX_URGENT = 5;

export type UrgentLevel = keyof UrgentAdvice;
export const URGENT_LEVELS: readonly UrgentLevel[] = ['emergency', 'now', 'nextVisit'];

/**
 * Each level's box: its CSS part, which is also its class (kebab-case like every other part, and
 * written as `part: '…'`, the form test/package/manifest.test.mjs reads every rendered part in).
 */
const BOXES: Record<UrgentLevel, { part: string }> = {
  emergency: { part: 'urgent-emergency' },
  now: { part: 'urgent-now' },
  nextVisit: { part: 'urgent-next-visit' },
};

export function urgentPrefix(level: UrgentLevel): string {
  switch (level) {
    case 'emergency':
      return msg('Emergency:', { id: 'urgent.emergency.prefix' });
    case 'now':
      return msg('Urgent advice:', { id: 'sideEffectList.urgentPrefix' });
    case 'nextVisit':
      return msg('Non-urgent advice:', { id: 'urgent.nextVisit.prefix' });
  }
}

export function urgentHeading(level: UrgentLevel): string {
  switch (level) {
    case 'emergency':
      return msg('Call 911 now if:', { id: 'urgent.emergency.heading' });
    case 'now':
      return msg('Contact your care team right away, day or night, if:', { id: 'urgent.now.heading' });
    case 'nextVisit':
      return msg('Tell your care team at your next visit if:', { id: 'urgent.nextVisit.heading' });
  }
}

/** When no source gives urgent advice for a treatment: never invented symptoms, a question instead. */
export function askWhenToCall(): string {
  return msg('Ask your care team which symptoms mean you should contact them, and how to reach them day or night.', {
    id: 'urgent.ask',
  });
}

/** The bullets of one level, five at most (content:check fails on a longer list in the catalogue). */
export function urgentLines(advice: UrgentAdvice, level: UrgentLevel): readonly string[] {
  return advice[level].slice(0, MAX_URGENT);
}

/** The three boxes (or the "ask your team" box when the sources give no advice), then `contact`. */
export function renderUrgentAdvice(
  advice: UrgentAdvice,
  level: number,
  contact: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const levels = URGENT_LEVELS.filter((l) => advice[l].length > 0);
  return html`<div class="urgent-advice" part="urgent">
    ${
      levels.length
        ? levels.map(
            (l) =>
              html`<div class="urgent ${BOXES[l].part}" part=${BOXES[l].part}>
                ${heading(level, html`<span class="visually-hidden">${urgentPrefix(l)} </span>${urgentHeading(l)}`, {
                  part: 'urgent-heading',
                  className: 'urgent-heading',
                })}
                <ul>
                  ${urgentLines(advice, l).map((line) => html`<li>${line}</li>`)}
                </ul>
              </div>`,
          )
        : html`<div class="urgent urgent-ask" part="urgent-now">
            <p class="urgent-heading"><span class="visually-hidden">${urgentPrefix('now')} </span>${askWhenToCall()}</p>
          </div>`
    }
    ${contact}
  </div>`;
}
