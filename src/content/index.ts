/**
 * The catalogue's front door. Lookups are by id in a Map (constant time, and never fooled by
 * ids such as "__proto__" or "constructor"); an entry's strings are built only when rendered.
 */
import { THERAPY_IDS, type Therapy, type TherapyId } from './types.js';
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

/** Every entry, in the contract's order (THERAPY_IDS). */
const entries: readonly Therapy[] = [
  activeSurveillance,
  surgery,
  somatostatinAnalogues,
  targetedTherapy,
  chemotherapy,
  radiationTherapy,
  liverDirectedTherapy,
  prrt,
  immunotherapy,
  clinicalTrials,
];

const catalogue = new Map<string, Therapy>(entries.map((t) => [t.id, t]));

export { THERAPY_IDS };
export type { TherapyId };

/** The therapy with this id, or undefined for a missing or unknown id. */
export function getTherapy(id: string | null | undefined): Therapy | undefined {
  return typeof id === 'string' ? catalogue.get(id.trim().toLowerCase()) : undefined;
}

/** Every therapy, in the contract's order. */
export function allTherapies(): Therapy[] {
  return THERAPY_IDS.map((id) => catalogue.get(id)).filter((t): t is Therapy => !!t);
}
