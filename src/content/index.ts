/**
 * The catalogue's front door. Lookups are by id in a Map (constant time, and never fooled by
 * ids such as "__proto__" or "constructor"); an entry's strings are built only when rendered.
 */
import { THERAPY_IDS, type TherapyId } from './therapy-ids.js';
import type { Therapy } from './types.js';
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
