/**
 * The catalogue's front door. Lookups are by id in a Map (constant time, and never fooled by
 * ids such as "__proto__" or "constructor"); an entry's strings are built only when rendered.
 */
import { THERAPY_IDS, type Therapy, type TherapyId } from './types.js';
import { somatostatinAnalogues } from './therapies/somatostatin-analogues.js';

const catalogue = new Map<string, Therapy>(
  [somatostatinAnalogues].map((t) => [t.id, t]),
);

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
