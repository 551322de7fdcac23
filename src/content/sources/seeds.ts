import type { Source } from './types.js';

/**
 * The five seed documents (their text is in evidence/seeds/, where content:check finds every
 * quote) and the references they themselves cite.
 *
 * Publishers and addresses (second reader X-10; fixer-1, 2026-12-01): each seed's opening text was
 * searched for in the stored public pages and found at the address below.
 * - 000: found word for word on sharecare.com (title, subtitle, image text, "Updated on March 18,
 *   2025"). The stored copy opens with "Advertisement"; it does not show who paid for the page, so
 *   it stays 'patient-information'.
 * - 001: found word for word at https://netrf.org/old-for-patients/nets-info/net-treatment/therapies/
 *   (with the seed's image text); the same paragraphs are at the current /for-patients/ address,
 *   which is linked. The page shows no date; its newest reference was accessed December 21, 2018,
 *   which is not a page date, so none is given.
 * - 002: cancercenter.com, published by Cancer Treatment Centers of America (its editorial-policy
 *   page: "Cancer Treatment Centers of America® (CTCA)"; Maurie Markman, MD is "President, Medicine
 *   & Science at CTCA"). The stored public copy has the seed's title, reviewer, update date (June 6,
 *   2022), lists and active-surveillance paragraph, but in the second person ("your care team" for
 *   the seed's "the care team"); the seed is a third-person version of the same page. A reviewer
 *   following the link finds the same facts, not always the same words.
 * - 003: found word for word on livingwithnets.co.uk (Ipsen's UK site); date from its footer
 *   "SOM-UK-003737 September 2018".
 * - 004: found word for word on cancer.ca; the year is the page footer's "© 2024" (no review date
 *   shown).
 */
export const seedSources = {
  'seed-us-health': {
    publisher: 'Sharecare',
    title: 'Neuroendocrine tumors: Targeted therapy and treatment decisions',
    date: '2025-03-18',
    dateKind: 'updated',
    url: 'https://www.sharecare.com/cancer/nets-targeted-therapy-treatment-decisions',
    kind: 'patient-information',
    accessed: '2026-12-01',
    seed: '000_2d8462141f00bd7d.txt',
  },
  'seed-netrf': {
    publisher: 'Neuroendocrine Tumor Research Foundation (NETRF)',
    title: 'Therapies for Neuroendocrine Tumors',
    url: 'https://netrf.org/for-patients/nets-info/net-treatment/therapies/',
    kind: 'patient-information',
    accessed: '2026-12-01',
    seed: '001_bcf83c75f6f6eb3f.txt',
  },
  'seed-us-hospital': {
    publisher: 'Cancer Treatment Centers of America (CTCA)',
    title: 'Neuroendocrine tumor treatments',
    date: '2022-06-06',
    dateKind: 'updated',
    url: 'https://www.cancercenter.com/cancer-types/neuroendocrine-tumors/treatments',
    kind: 'patient-information',
    accessed: '2026-12-01',
    seed: '002_17986b3a3248c58e.txt',
  },
  'seed-ipsen-uk': {
    publisher: 'Ipsen Ltd',
    title: 'Treatment options for NETs',
    date: '2018-09',
    url: 'https://www.livingwithnets.co.uk/about-neuroendocrine-tumours-nets/treatment-options-for-neuroendocrine-tumours-nets/how-are-neuroendocrine-tumours-nets-treated/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
    seed: '003_b7fd8429c57acfdb.txt',
  },
  'seed-ccs': {
    publisher: 'Canadian Cancer Society',
    title: 'Treatments for neuroendocrine tumours (NETs)',
    date: '2024',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine-tumours/treatment',
    kind: 'patient-information',
    accessed: '2026-12-01',
    seed: '004_ae4328895cd6ed4f.txt',
  },
  'ref-acs-pnet-targeted': {
    publisher: 'American Cancer Society',
    title: 'Targeted Drug Therapy for Pancreatic Neuroendocrine Tumor',
    url: 'https://www.cancer.org/cancer/types/pancreatic-neuroendocrine-tumor/treating/targeted-therapy.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ref-nci-prrt': {
    publisher: 'National Cancer Institute',
    title: 'NCI Dictionary of Cancer Terms: peptide receptor radionuclide therapy',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=CDR0000794423&language=en&version=Patient',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
