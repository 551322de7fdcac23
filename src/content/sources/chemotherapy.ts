import type { Source } from './types.js';

/**
 * Sources read for chemotherapy (each with its URL and the day it was read). Quotes are in
 * src/content/therapies/chemotherapy.evidence.json; research notes:
 * /work/research/chemo-targeted-ssa-liver.md (only the opening ~2,000 characters of each page could
 * be read). Fever and infection guidance is in urgent-advice.ts.
 *
 * Flags for the clinical reviewer:
 * - acs-pnet-chemotherapy was read on ACS's own host prod.cancer.org; the URL below is the public
 *   www.cancer.org page at the same path. A newer ACS version exists whose drug list and cycle
 *   length ("2 to 6 weeks") differ: check the live page before sign-off (the examples and the
 *   "2 or 3 weeks" cycle length rest on the version read).
 * - ccs-net-chemotherapy was cut off before its drug list and side effects.
 */
export const chemotherapySources = {
  'acs-pnet-chemotherapy': {
    publisher: 'American Cancer Society',
    title: 'Chemotherapy for Pancreatic Neuroendocrine Tumor',
    url: 'https://www.cancer.org/cancer/types/pancreatic-neuroendocrine-tumor/treating/chemotherapy.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-net-chemotherapy-having': {
    publisher: 'Cancer Research UK',
    title: 'Having chemotherapy treatment for neuroendocrine tumours (NETs)',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/chemotherapy/having',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-chemotherapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Chemotherapy for neuroendocrine cancer',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine/treatment/chemotherapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
