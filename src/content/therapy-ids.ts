// Data only and free of imports, so the Node tools read it too (scripts/lib/project.mjs). A new
// therapy starts here; the catalogue (content/index.ts) then fails to compile until it has an entry.

/** Every therapy id the `therapy` and `therapies` attributes accept, in the README's order. */
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
