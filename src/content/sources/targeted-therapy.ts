import type { Source } from './types.js';

/**
 * Sources read for targeted therapy (each with its URL and the day it was read). Quotes are in
 * src/content/therapies/targeted-therapy.evidence.json; research notes:
 * /work/research/chemo-targeted-ssa-liver.md and /work/research/prrt-and-regulatory.md (NICE TA449)
 * (only the opening ~2,000 characters of each page could be read). The American Cancer Society
 * page the seeds cite is `ref-acs-pnet-targeted` in seeds.ts.
 *
 * Flags for the clinical reviewer:
 * - The ACS pNET page read (www.cancer.org, `ref-acs-pnet-targeted`) lists sunitinib, everolimus
 *   and belzutifan; its belzutifan section was cut off, and it had no cabozantinib section. A newer
 *   version of that page (seen only on an unofficial copy, so not quoted) adds cabozantinib and
 *   gives a different sunitinib "most common" list. The sunitinib frequencies on the card follow
 *   the version read. Cabozantinib is on the card from two pages that could be read: ACS's GI NET
 *   targeted-therapy page (acs-gi-net-targeted) and the FDA label record (fda-cabometyx-label).
 *   The card's drug list follows these pages and may not be complete (belzutifan is not on it).
 * - fda-cabometyx-label: only the opening of the openFDA record was readable; it shows the label's
 *   "recent major changes" entry for Indications and Usage, Neuroendocrine Tumors (1.4), 03/2025.
 *   The indication's wording itself was not readable. The date below is the record's
 *   last_updated.
 * - novartis-afinitor-lung-net (industry-sponsored) is the Afinitor US site's lung-NET page.
 * - upmc-sunitinib is at UPMC's older address (read over http; listed here at https).
 * - stjude-sunitinib (St. Jude Children's Research Hospital, a resource for children's cancer) is
 *   used only for what a VEGF inhibitor does; the stored copy showed no page title, so the title is
 *   the drug name the page is about.
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
  'acs-gi-net-targeted': {
    publisher: 'American Cancer Society',
    title: 'Targeted therapy and Other Drugs for Gastrointestinal Neuroendocrine Tumors',
    url: 'https://www.cancer.org/cancer/types/gastrointestinal-carcinoid-tumor/treating/targeted-therapy-for-gastrointestinal-neuroendocrine-tumors.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'fda-cabometyx-label': {
    publisher: 'U.S. Food and Drug Administration (openFDA)',
    title: 'openFDA drug label record: CABOMETYX (cabozantinib)',
    date: '2026-09-16',
    dateKind: 'updated',
    url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%223850cce2-6137-42e5-a792-d318c4a4b3b5%22',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'novartis-afinitor-lung-net': {
    publisher: 'Novartis',
    title: 'How to Take Treatment',
    url: 'https://www.us.afinitor.com/lung-neuroendocrine-tumors/about-treatment/how-to-take/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'upmc-sunitinib': {
    publisher: 'UPMC Hillman Cancer Center',
    title: 'Sunitinib (Generic Name)',
    url: 'https://www.upmc.com/patients-visitors/education/cancer-chemo/pages/sunitinib.aspx',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'stjude-sunitinib': {
    publisher: "St. Jude Children's Research Hospital",
    title: 'Sunitinib',
    url: 'https://together.stjude.org/en-us/diagnosis-treatment/medicines-list/sunitinib.html',
    kind: 'patient-information',
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
