import type { Source } from './types.js';

/**
 * Sources read for somatostatin analogues (each with its URL and the day it was read), including
 * the label and regulatory documents behind the per-region approval text (research dossier
 * /work/research/prrt-and-regulatory.md §2, items 5–6). Quotes are in
 * src/content/therapies/somatostatin-analogues.evidence.json; other research notes:
 * /work/research/chemo-targeted-ssa-liver.md (only the opening ~2,000 characters of each page could
 * be read).
 *
 * Flags for the clinical reviewer:
 * - Approval texts rest mostly on the manufacturers' own indication statements (Novartis for
 *   Sandostatin LAR in the US and UK, Ipsen for Somatuline in the US and Canada: industry-sponsored);
 *   the only regulator-hosted text read is the openFDA label record for a generic lanreotide
 *   injection. The UK SmPCs on medicines.org.uk and the Health Canada monographs could not be read;
 *   no Canadian indication for octreotide was found.
 * - cruk-net-somatostatin-analogues is probably a 2020–21 version (it still had a coronavirus
 *   banner); CRUK's current page, "Somatostatin analogues for neuroendocrine tumours", was seen only on
 *   a CRUK CDN copy, cut off before its side effects. Its side-effect list was cut off after
 *   "tiredness (fatigue)".
 * - cruk-carcinoid-somatostatin-analogues is CRUK's older "carcinoid" section.
 * - No UK or Canadian source giving reasons to call the team (gallstone or blood-sugar warning
 *   signs) could be read: the urgent advice rests on Ipsen's US patient page.
 * - Titles: the stored copies of some manufacturer pages showed no page heading; their titles are
 *   the section heading shown (ipsen-somatuline-depot-side-effects: "Common side effects"), a
 *   description (ipsen-somatuline-depot-us-hcp: the site's HCP home page) or, for the openFDA API
 *   record, what the record is.
 */
export const somatostatinAnaloguesSources = {
  'cruk-net-somatostatin-analogues': {
    publisher: 'Cancer Research UK',
    title: 'What are somatostatin analogues?',
    url: 'https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/somatostatin-analogues/what-are',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-carcinoid-somatostatin-analogues': {
    publisher: 'Cancer Research UK',
    title: 'Somatostatin analogues',
    url: 'https://www.cancerresearchuk.org/about-cancer/carcinoid/treatment/somatostatin',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-lanreotide': {
    publisher: 'Cancer Research UK',
    title: 'Lanreotide (Somatuline)',
    url: 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/lanreotide-somatuline',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-somatostatin-analogues-nets': {
    publisher: 'Macmillan Cancer Support',
    title: 'Somatostatin analogues for neuroendocrine tumours (NETs)',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/somatostatin-analogues-for-neuroendocrine-tumours-nets',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-hormone-therapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Hormone therapy for neuroendocrine cancer',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine/treatment/hormone-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-drug-therapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Drug therapy for neuroendocrine tumours (NETs)',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine-tumours/treatment/drug-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cco-lanreotide-info-sheet': {
    publisher: 'Cancer Care Ontario (Ontario Health)',
    title: 'lanreotide — Medication Information Sheet',
    url: 'https://www.cancercareontario.ca/en/drugformulary/drugs/infosheet/44461',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ipsen-somatuline-depot-side-effects': {
    publisher: 'Ipsen Biopharmaceuticals',
    title: 'Common side effects',
    url: 'https://www.somatulinedepot.com/gn/side-effects',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'ipsen-somatuline-depot-treatment': {
    publisher: 'Ipsen Biopharmaceuticals',
    title: 'Somatuline® Depot (lanreotide) for GEP-NETs',
    url: 'https://www.somatulinedepot.com/gn/treatment',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'ipsen-somatuline-depot-us-hcp': {
    publisher: 'Ipsen Biopharmaceuticals',
    title: 'Somatuline Depot (for US health care professionals)',
    url: 'https://www.somatulinedepot.com/en-us/hcp',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'fda-lanreotide-label': {
    publisher: 'U.S. Food and Drug Administration (openFDA)',
    title: 'openFDA drug label record: Lanreotide Injection (lanreotide acetate)',
    date: '2026-09-18',
    dateKind: 'updated',
    url: 'https://api.fda.gov/drug/label.json?search=set_id%3A%222892b4c3-0329-4d29-97ff-3b45283bbab1%22',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'novartis-sandostatin-us': {
    publisher: 'Novartis',
    title: 'A Treatment for the Severe Diarrhea and Flushing of Carcinoid Syndrome',
    url: 'https://www.us.sandostatin.com/carcinoid-syndrome/about-sandostatin/what-is-sandostatin/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'novartis-sandostatin-lar-us-hcp': {
    publisher: 'Novartis',
    title: 'Sandostatin LAR Depot — Patient Resources (carcinoid syndrome)',
    url: 'https://www.hcp.novartis.com/products/sandostatin-lar-depot/carcinoid-syndrome/patient-resources/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'novartis-sandostatin-lar-uk': {
    publisher: 'Novartis Pharmaceuticals UK',
    title: 'SANDOSTATIN LAR — Efficacy',
    url: 'https://www.health.novartis.co.uk/medicines/oncology/sandostatin-lar/efficacy',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'ipsen-canada-somatuline-autogel': {
    publisher: 'Ipsen Biopharmaceuticals Canada',
    title:
      'Health Canada approves Ipsen’s Somatuline® Autogel® for the treatment of carcinoid syndrome in adult patients with neuroendocrine tumours (NETs)',
    date: '2018-02-13',
    dateKind: 'published',
    url: 'https://ipsen.com/canada/press-releases/health-canada-approves-ipsens-somatuline-autogel-for-the-treatment-of-carcinoid-syndrome-in-adult-patients-with-neuroendocrine-tumours-nets',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
