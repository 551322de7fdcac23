/**
 * The therapy ids of the public contract, in the contract's order (the README lists them, the
 * demo and tests count them). Data only and free of imports, so the Node tools can read it
 * (scripts/lib/project.mjs). A new therapy starts here; the catalogue (content/index.ts) then fails
 * to compile until it has an entry for it.
 */
export const THERAPY_IDS = [
  'active-surveillance',
  'surgery',
  'somatostatin-analogues',
  'targeted-therapy',
  'chemotherapy',
  'radiation-therapy',
  'liver-directed-therapy',
  'prrt',
  'immunotherapy',
  'clinical-trials',
] as const;
export type TherapyId = (typeof THERAPY_IDS)[number];
