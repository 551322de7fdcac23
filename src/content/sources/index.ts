/**
 * Every source the content cites, one file per topic (seeds.ts holds the five seed documents and
 * the references they cite). An entry's `sources` and every evidence quote name a source by id.
 */
import type { Source } from './types.js';
import { seedSources } from './seeds.js';
import { regulatorySources } from './regulatory.js';
import { prrtSources } from './prrt.js';
import { radiationTherapySources } from './radiation-therapy.js';
import { immunotherapySources } from './immunotherapy.js';
import { clinicalTrialsSources } from './clinical-trials.js';
import { chemotherapySources } from './chemotherapy.js';
import { targetedTherapySources } from './targeted-therapy.js';
import { somatostatinAnaloguesSources } from './somatostatin-analogues.js';
import { liverDirectedTherapySources } from './liver-directed-therapy.js';
import { surgerySources } from './surgery.js';
import { activeSurveillanceSources } from './active-surveillance.js';
import { urgentAdviceSources } from './urgent-advice.js';
import { supportSources } from './support.js';

export type { Source };

/** The files, by name: content:check proves that no id is defined in two of them. */
export const sourceGroups = {
  seeds: seedSources,
  regulatory: regulatorySources,
  prrt: prrtSources,
  'radiation-therapy': radiationTherapySources,
  immunotherapy: immunotherapySources,
  'clinical-trials': clinicalTrialsSources,
  chemotherapy: chemotherapySources,
  'targeted-therapy': targetedTherapySources,
  'somatostatin-analogues': somatostatinAnaloguesSources,
  'liver-directed-therapy': liverDirectedTherapySources,
  surgery: surgerySources,
  'active-surveillance': activeSurveillanceSources,
  'urgent-advice': urgentAdviceSources,
  support: supportSources,
};

/** Every source by id: the groups above, merged (content:check proves no id is in two). */
export const sources = Object.assign({}, ...Object.values(sourceGroups)) as UnionOf<typeof sourceGroups>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** The merged type of every group's table. */
type UnionOf<G> = UnionToIntersection<G[keyof G]> & Record<string, Source>;

export type SourceId = keyof UnionToIntersection<(typeof sourceGroups)[keyof typeof sourceGroups]>;

/** Look a source up by id (ids come from the catalogue, so this never misses in a checked build). */
export function getSource(id: SourceId): Source {
  return sources[id];
}
