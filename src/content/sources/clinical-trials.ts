import type { Source } from './types.js';

/**
 * Sources read for clinical trials, each on 2026-12-01 (research dossier
 * /work/research/rt-interferon-trials-surgery-surveillance.md; the stored copies show the opening
 * of each page only). The current NCI "Phases of clinical trials" page (cited by seed 001) was not
 * found, so the phases rest on the American Cancer Society's page.
 *
 * Second reader X-9 / T-3 (fixer-1, 2026-12-01):
 * - ccs-clinical-research (read only on cdn.cancer.ca) was removed; no copy on cancer.ca was found.
 * - ccs-trial-benefits-risks now points at CCS's current page, "Clinical trial benefits, risks and
 *   costs" (the old "?region=sk" page is gone from the citation; its quotes were replaced).
 * - macmillan-trial-benefits-risks is still an older Macmillan address ("information-and-support");
 *   no current general Macmillan page with the same sentences was found (only cancer-specific
 *   copies at older addresses).
 * - Titles still not seen in the stored text, searched again without success: the CCS media
 *   release (its opening line is "TORONTO, ON –"; its URL ends "cancer-trials-canada") and ACS's
 *   phases page (its site menu says "Phases of clinical trials"). Both stay flagged.
 * - Dates: only the CCS media release shows one (2025, from its URL).
 */
export const clinicalTrialsSources = {
  'cruk-what-you-should-be-told-trial': {
    publisher: 'Cancer Research UK',
    title: 'What you should be told about a clinical trial',
    url: 'https://www.cancerresearchuk.org/find-a-clinical-trial/what-you-should-be-told-about-a-clinical-trial',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-trial-pros-cons': {
    publisher: 'Cancer Research UK',
    title: 'The pros and cons of taking part in a clinical trial',
    url: 'https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial/what-you-should-be-told-about-a-clinical-trial/advantages-and-drawbacks',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-taking-part-trial': {
    publisher: 'Macmillan Cancer Support',
    title: 'Taking part in a cancer clinical trial',
    url: 'https://macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/clinical-trials/taking-part-in-a-cancer-clinical-trial',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-clinical-trials': {
    publisher: 'Macmillan Cancer Support',
    title: 'Clinical trials',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/clinical-trials',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-trial-benefits-risks': {
    publisher: 'Macmillan Cancer Support',
    title: 'Benefits and possible risks of trials',
    url: 'https://www.macmillan.org.uk/information-and-support/treating/clinical-trials/benefits-and-risks.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-being-part-of-trial': {
    publisher: 'American Cancer Society',
    title: 'Being Part of a Clinical Trial',
    url: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-phases-of-trials': {
    publisher: 'American Cancer Society',
    title: 'Phases of Clinical Trials',
    url: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/phases-of-clinical-trials.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-trial-benefits-risks': {
    publisher: 'Canadian Cancer Society',
    title: 'Clinical trial benefits, risks and costs',
    url: 'https://cancer.ca/en/treatments/clinical-trials/clinical-trial-benefits-risks-and-costs',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-cancer-trials-canada-launch': {
    publisher: 'Canadian Cancer Society',
    title: 'Cancer Trials Canada',
    date: '2025',
    dateKind: 'published',
    url: 'https://cancer.ca/en/about-us/media-releases/2025/cancer-trials-canada',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'nci-trial-search-help': {
    publisher: 'National Cancer Institute',
    title: 'Help Finding NCI-Supported Clinical Trials',
    url: 'https://www.cancer.gov/clinicaltrials/search-form-help/page3',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
