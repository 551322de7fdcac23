import type { Source } from './types.js';

/**
 * Sources read for surgery (each with its URL and the day it was read). Quotes are in
 * src/content/therapies/surgery.evidence.json; the research notes are
 * /work/research/rt-interferon-trials-surgery-surveillance.md §4 (only the opening ~2,000
 * characters of each page could be read).
 *
 * Flags for the clinical reviewer:
 * - Second reader X-9 (fixer-1, 2026-12-01): acs-risks-of-cancer-surgery-prod (prod.cancer.org) and
 *   nhs-dvt-beta (beta.nhs.uk) were dropped: their text could not be found on a public host (the
 *   current www.cancer.org page's opening no longer shows the risk list; the current nhs.uk DVT page
 *   was not in the store). Their facts now rest on the pages below that were read on public hosts
 *   (acs-surgery-risks-guide, massey-surgery-risks, glos-hospitals-dvt); quotes in
 *   /work/research/rt-interferon-trials-surgery-surveillance.md, "Additions by fixer-1".
 * - acs-surgery-risks-guide is an older www.cancer.org address (read over http; listed here at
 *   https) from ACS's "A Guide to Cancer Surgery"; it may now redirect to acs-risks-of-cancer-surgery.
 *   Its title is the section heading the stored copy shows.
 * - glos-hospitals-dvt: the stored copy showed no page heading; the title is the leaflet's subject
 *   as its address gives it. Written for people with a suspected DVT; its 999 list is for signs of
 *   a clot in the lungs.
 * - macmillan-pancreatic-surgery is about pancreatic cancer in general, not NETs.
 * - No page dates: none of these stored copies showed one (second reader X-11).
 */
export const surgerySources = {
  'ccs-net-surgery': {
    publisher: 'Canadian Cancer Society',
    title: 'Surgery for neuroendocrine tumours (NETs)',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine-tumours/treatment/surgery',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-neuroendocrine-surgery': {
    publisher: 'Canadian Cancer Society',
    title: 'Surgery for neuroendocrine cancer',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine/treatment/surgery',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-net-surgery-types': {
    publisher: 'Cancer Research UK',
    title: 'Types of surgery',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/surgery/types',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-net-after-surgery': {
    publisher: 'Cancer Research UK',
    title: 'After surgery',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/surgery/after',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-problems-after-surgery': {
    publisher: 'Cancer Research UK',
    title: 'Possible problems after cancer surgery',
    url: 'https://www.cancerresearchuk.org/about-cancer/treatment/surgery/long-term-problems',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-risks-of-cancer-surgery': {
    publisher: 'American Cancer Society',
    title: 'Risks and Side Effects of Cancer Surgery',
    url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/surgery/risks-of-cancer-surgery.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-surgery-risks-guide': {
    publisher: 'American Cancer Society',
    title: 'What are the risks and side effects of cancer surgery?',
    url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/treatmenttypes/surgery/surgery-risks-and-side-effects',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'massey-surgery-risks': {
    publisher: 'VCU Massey Cancer Center',
    title: 'Risks and potential side effects',
    url: 'https://www.massey.vcu.edu/patient-care/therapies/surgical/risks/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-pancreatic-surgery': {
    publisher: 'Macmillan Cancer Support',
    title: 'Surgery for pancreatic cancer',
    url: 'https://macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/surgery-for-pancreatic-cancer',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-blood-clots': {
    publisher: 'Macmillan Cancer Support',
    title: 'Blood clots and cancer',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/impacts-of-cancer/blood-clots-and-cancer',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'glos-hospitals-dvt': {
    publisher: 'Gloucestershire Hospitals NHS Foundation Trust',
    title: 'Deep vein thrombosis (DVT)',
    url: 'https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/deep-vein-thrombosis-dvt/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-follow-up': {
    publisher: 'Canadian Cancer Society',
    title: 'Follow-up after treatment for neuroendocrine tumours (NETs)',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine-tumours/treatment/follow-up',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-small-bowel-net-follow-up': {
    publisher: 'Cancer Research UK',
    title: 'Follow up for small bowel neuroendocrine tumours',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/small-bowel-nets/follow-up',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
