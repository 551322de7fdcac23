import type { Source } from './types.js';

/**
 * Sources read for targeted therapy (each with its URL and the day it was read). Quotes are in
 * src/content/therapies/targeted-therapy.evidence.json; research notes:
 * /work/research/chemo-targeted-ssa-liver.md and /work/research/prrt-and-regulatory.md (NICE TA449)
 * (only the opening ~2,000 characters of each page could be read). The American Cancer Society
 * page the seeds cite is `ref-acs-pnet-targeted` in seeds.ts.
 *
 * Flags for the clinical reviewer:
 * - The ACS page read lists sunitinib, everolimus and belzutifan; its belzutifan side effects were
 *   cut off, and it had no cabozantinib section. A newer ACS text (seen only on an unofficial copy)
 *   adds cabozantinib and gives a different sunitinib "most common" list. Neither newer drug is on
 *   the card: a clinical reviewer must check the live page.
 * - The Pfizer (Sutent) and Novartis (Afinitor) pages are manufacturer sites describing US use
 *   (industry-sponsored). The Afinitor side-effect page sits in the site's breast-cancer section;
 *   only its drug-wide "most serious side effects" sentences are used.
 * - No FDA or Health Canada wording for everolimus or sunitinib in NETs could be read; the UK's is
 *   NICE TA449's.
 */
export const targetedTherapySources = {
  'cruk-net-targeted-drugs': {
    publisher: 'Cancer Research UK',
    title: 'What are targeted cancer drugs?',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/targeted-cancer-drugs/what-are',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-sunitinib': {
    publisher: 'Cancer Research UK',
    title: 'Sunitinib (Sutent)',
    url: 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/sunitinib',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-everolimus': {
    publisher: 'Cancer Research UK',
    title: 'Everolimus (Afinitor)',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/treatment/drugs/everolimus',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-everolimus': {
    publisher: 'Macmillan Cancer Support',
    title: 'Everolimus (Afinitor ®)',
    url: 'https://www.macmillan.org.uk/information-and-support/treating/targeted-biological-therapies/find-your-therapy/everolimus.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-sunitinib': {
    publisher: 'Macmillan Cancer Support',
    title: 'Sunitinib (Sutent®)',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/sunitinib',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-targeted-therapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Targeted therapy for neuroendocrine cancer',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine/treatment/targeted-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'nice-ta449': {
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Everolimus and sunitinib for treating unresectable or metastatic neuroendocrine tumours in people with progressive disease (TA449)',
    url: 'https://www.nice.org.uk/guidance/ta449/chapter/1-Recommendations',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'pfizer-sutent-safety': {
    publisher: 'Pfizer',
    title: 'Important Safety Information',
    url: 'https://www.sutent.com/important-safety-information',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'pfizer-sutent-side-effects': {
    publisher: 'Pfizer',
    title: 'Possible side effects',
    url: 'https://www.sutent.com/possible-side-effects',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'novartis-afinitor-side-effects': {
    publisher: 'Novartis',
    title: 'Understanding Side Effects — AFINITOR® (everolimus) Tablets',
    url: 'https://www.us.afinitor.com/metastatic-breast-cancer/side-effects/side-effects/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'novartis-afinitor-pnet-faq': {
    publisher: 'Novartis',
    title: 'Frequently Asked Questions',
    url: 'https://www.us.afinitor.com/advanced-pancreatic-neuroendocrine-tumors/patient-support/frequently-asked-questions/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
