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
 * - acs-pnet-chemotherapy (second reader X-9): the www.cancer.org page could not be read; the
 *   card no longer rests on its cycle length ("a few weeks" also rests on CRUK's current page).
 * - cruk-net-chemotherapy-treatment was read on the public www.cancerresearchuk.org address; its
 *   stored copy showed no page title, so the title is the one CRUK's own build-host copy of the
 *   same page showed (dossier: cruk-neuroendocrine-chemotherapy-current).
 * - macmillan-chemo-side-effects is Macmillan's chemotherapy side-effects page for cancer of
 *   unknown primary (older address); only its general sentences are used (side effects depend on
 *   the drugs).
 * - ccs-neuroendocrine-types: "Last medical review:" shown with no date.
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
  'cruk-net-chemotherapy-treatment': {
    publisher: 'Cancer Research UK',
    title: 'Chemotherapy for neuroendocrine cancer',
    url: 'https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/chemotherapy-treatment',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-neuroendocrine-types': {
    publisher: 'Canadian Cancer Society',
    title: 'Types of neuroendocrine cancer',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine/what-is-neuroendocrine-cancer/types-of-neuroendocrine-cancer',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-chemo-side-effects': {
    publisher: 'Macmillan Cancer Support',
    title: 'Possible side effects of chemotherapy for CUP',
    url: 'https://www.macmillan.org.uk/information-and-support/unknown-primary-cancer/treating/chemotherapy/side-effects-of-chemotherapy/possible-side-effects.html',
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
