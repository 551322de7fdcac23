import type { Source } from './types.js';

/**
 * Sources read for liver-directed therapy (each with its URL and the day it was read). Quotes are
 * in src/content/therapies/liver-directed-therapy.evidence.json; research notes:
 * /work/research/chemo-targeted-ssa-liver.md (only the opening ~2,000 characters of each page could
 * be read).
 *
 * Flags for the clinical reviewer:
 * - ccs-net-liver-directed-therapy-earlier is an earlier CCS version (the page seed 004 summarises),
 *   read on CCS's own Azure CDN; the current CCS page was cut off before its side effects (read again
 *   2026-12-01: still cut off), so the CDN address, where the quoted sentences can be checked, stays
 *   (second reader X-9).
 * - cruk-carcinoid-rfa is an older version of CRUK's RFA page (the current one, "Radiofrequency
 *   ablation and microwave ablation for neuroendocrine tumours (NETs)", was cut off before its
 *   recovery section); the "small tumours" sentence is from the current version.
 * - cruk-net-tae was cut off before its "after treatment" and side-effect sections.
 * - northwestern-chemoembolization and plymouth-hepatic-chemoembolisation are about liver
 *   chemoembolization in general, not NETs. The Plymouth leaflet's review date (February 2025) has
 *   passed.
 * - macmillan-sirt is a general SIRT page (older Macmillan address), not NET-specific.
 * - The US brand names of SIRT devices (seed 002) are not used: no UK or Canadian source names them.
 */
export const liverDirectedTherapySources = {
  'ccs-net-liver-directed-therapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Liver-directed therapy for neuroendocrine cancer',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine/treatment/liver-directed-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-liver-directed-therapy-earlier': {
    publisher: 'Canadian Cancer Society',
    title: 'Liver directed therapy for neuroendocrine tumours (NETs)',
    url: 'https://ccsweb2prdcdcdnendpointvzn.azureedge.net/en/cancer-information/cancer-types/neuroendocrine-tumours/treatment/liver-directed-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-net-tae': {
    publisher: 'Cancer Research UK',
    title: 'Trans arterial embolisation (TAE)',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/carcinoid/treatment/hepatic-artery-embolisation',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-carcinoid-rfa': {
    publisher: 'Cancer Research UK',
    title: 'Radiofrequency ablation',
    url: 'https://www.cancerresearchuk.org/about-cancer/carcinoid/treatment/radiofrequency-ablation',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-hae-nets': {
    publisher: 'Macmillan Cancer Support',
    title: 'Hepatic artery embolisation for NETs',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/hepatic-artery-embolisation-for-nets',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-pnet-ablation-embolization': {
    publisher: 'American Cancer Society',
    title: 'Ablation or Embolization Treatments for Pancreatic Neuroendocrine Tumor',
    url: 'https://www.cancer.org/cancer/types/pancreatic-neuroendocrine-tumor/treating/ablative-techniques.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-sirt': {
    publisher: 'Macmillan Cancer Support',
    title: 'Selective internal radiation therapy (SIRT)',
    url: 'https://www.macmillan.org.uk/information-and-support/treating/radiotherapy/internal-radiotherapy-explained/selective-internal.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'nice-ipg786-sirt': {
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title:
      'Selective internal radiation therapy for neuroendocrine tumours that have metastasised to the liver (IPG786) — 1 Recommendations',
    url: 'https://www.nice.org.uk/guidance/ipg786/chapter/1-Recommendations',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'northwestern-chemoembolization': {
    publisher: 'Northwestern Medicine',
    title: 'Chemoembolization Patient Education',
    url: 'https://www.nm.org/patients-and-visitors/patient-education/hematology-oncology/chemoembolization-patient-education',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'plymouth-hepatic-chemoembolisation': {
    publisher: 'Plymouth Hospitals (NHS)',
    title: 'Hepatic Chemoembolisation',
    date: '2023-02',
    dateKind: 'published',
    url: 'https://www.plymouthhospitals.nhs.uk/display-pil/pil-hepatic-chemoembolisation-6237',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
