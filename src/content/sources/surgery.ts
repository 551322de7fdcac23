import type { Source } from './types.js';

/**
 * Sources read for surgery (each with its URL and the day it was read). Quotes are in
 * src/content/therapies/surgery.evidence.json; the research notes are
 * /work/research/rt-interferon-trials-surgery-surveillance.md §4 (only the opening ~2,000
 * characters of each page could be read).
 *
 * Flags for the clinical reviewer:
 * - acs-risks-of-cancer-surgery-prod was read on the host prod.cancer.org (an ACS production copy,
 *   read over http); confirm its list (bleeding, damage to nearby tissues and organs) on the
 *   www.cancer.org page before sign-off.
 * - nhs-dvt-beta was read on beta.nhs.uk, an earlier NHS host; the current page
 *   (https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/) may word the 999 advice differently.
 * - macmillan-pancreatic-surgery is about pancreatic cancer in general, not NETs.
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
  'ccs-side-effects-of-surgery': {
    publisher: 'Canadian Cancer Society',
    title: 'Side effects of surgery',
    url: 'https://cancer.ca/en/treatments/treatment-types/surgery/side-effects-of-surgery',
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
  'acs-risks-of-cancer-surgery-prod': {
    publisher: 'American Cancer Society',
    title: 'Risks of Cancer Surgery',
    url: 'https://prod.cancer.org/treatment/treatments-and-side-effects/treatment-types/surgery/risks-of-cancer-surgery.html',
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
  'nhs-dvt-beta': {
    publisher: 'NHS',
    title: 'Deep vein thrombosis (DVT)',
    url: 'https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
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
