/**
 * The catalogue's front door. Lookups are by id in a Map (constant time, and never fooled by
 * ids such as "__proto__" or "constructor"); an entry's strings are built only when rendered.
 */
import { THERAPY_IDS, type TherapyId } from './therapy-ids.js';
import type { Therapy } from './types.js';
import { decisionChecklist } from './decision-factors.js';
import { CONTENT_VERSION } from './version.js';
import { activeSurveillance } from './therapies/active-surveillance.js';
import { surgery } from './therapies/surgery.js';
import { somatostatinAnalogues } from './therapies/somatostatin-analogues.js';
import { targetedTherapy } from './therapies/targeted-therapy.js';
import { chemotherapy } from './therapies/chemotherapy.js';
import { radiationTherapy } from './therapies/radiation-therapy.js';
import { liverDirectedTherapy } from './therapies/liver-directed-therapy.js';
import { prrt } from './therapies/prrt.js';
import { immunotherapy } from './therapies/immunotherapy.js';
import { clinicalTrials } from './therapies/clinical-trials.js';

/** One entry per contract id: a missing or extra therapy is a compile error. */
const catalogue = {
  'active-surveillance': activeSurveillance,
  surgery,
  'somatostatin-analogues': somatostatinAnalogues,
  'targeted-therapy': targetedTherapy,
  chemotherapy,
  'radiation-therapy': radiationTherapy,
  'liver-directed-therapy': liverDirectedTherapy,
  prrt,
  immunotherapy,
  'clinical-trials': clinicalTrials,
} as const satisfies Record<TherapyId, Therapy>;

const byId = new Map<string, Therapy>(Object.entries(catalogue));

export { THERAPY_IDS };
export type { TherapyId };

/** The therapy with this id, or undefined for a missing or unknown id. */
export function getTherapy(id: string | null | undefined): Therapy | undefined {
  return typeof id === 'string' ? byId.get(id.trim().toLowerCase()) : undefined;
}

/** Every therapy, in the contract's order. */
export function allTherapies(): Therapy[] {
  return THERAPY_IDS.map((id) => catalogue[id]);
}

/** The earliest next-review date of anything the widgets show (ISO YYYY-MM-DD). */
export function earliestNextReview(): string {
  const dates = [decisionChecklist.review.nextReview];
  for (const t of allTherapies()) dates.push(t.review.nextReview, t.sideEffects.review.nextReview);
  return dates.sort()[0];
}

/** What content a host has: the catalogue's version and its earliest next-review date. */
export interface ContentInfo {
  readonly version: string;
  readonly nextReview: string;
}

export function contentInfo(): ContentInfo {
  return Object.freeze({ version: CONTENT_VERSION, nextReview: earliestNextReview() });
}
