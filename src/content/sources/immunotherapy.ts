import type { Source } from './types.js';

/**
 * Sources read for immunotherapy (interferon alfa for NETs), each on 2026-12-01 (research dossier
 * /work/research/rt-interferon-trials-surgery-surveillance.md; the stored copies show the opening
 * of each page only). Several are older pages (CRUK "carcinoid" section, older Macmillan and
 * cancer.ca URL patterns, an older UPMC URL): a reviewer should confirm them on the live sites.
 * The graded side-effect lists of the CRUK and Macmillan interferon pages were past the stored
 * text, so no side effect carries a frequency. OncoLink's print page shows no title line; its
 * title below is the drug name the page is about. CRUK's NET page "What are targeted cancer drugs?"
 * (which lists interferon with sunitinib and everolimus) is cited as cruk-net-targeted-drugs, defined
 * in targeted-therapy.ts.
 *
 * Second reader (fixer-3, 2026-12-01):
 * - I-2: none of these pages shows that interferon is still offered for NETs today, and none is
 *   dated. Searched again: a newer CRUK page ("Targeted and immunotherapy drugs for neuroendocrine
 *   cancer") was found only on CRUK's CDN host (d1acqfzvcc9iwe.cloudfront.net), so it is not cited;
 *   its readable part names sunitinib and everolimus for NETs, and immunotherapy only for lung NEC.
 *   The card says so plainly (immuno.summary) and the status stays "Being studied in research".
 * - ccs-net-biological-therapy drops the "?region=ab" province selector from the address read
 *   (same page); it is an older cancer.ca address that may now redirect. cruk-carcinoid-interferon,
 *   macmillan-interferon-alpha-older and upmc-interferon-alfa are the older addresses read; no newer
 *   public copy of their text was found.
 */
export const immunotherapySources = {
  'ccs-net-biological-therapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Biological therapy for neuroendocrine cancer',
    url: 'https://www.cancer.ca/en/cancer-information/cancer-type/neuroendocrine/treatment/biological-therapy/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-carcinoid-interferon': {
    publisher: 'Cancer Research UK',
    title: 'Interferon (Intron A)',
    url: 'https://www.cancerresearchuk.org/about-cancer/carcinoid/treatment/interferon-intron-a',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-interferon-alpha': {
    publisher: 'Cancer Research UK',
    title: 'Interferon alpha (IntronA, Roferon-A)',
    url: 'https://www.cancerresearchuk.org/about-cancer/cancer-in-general/treatment/cancer-drugs/drugs/interferon',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-interferon-alpha': {
    publisher: 'Macmillan Cancer Support',
    title: 'Interferon alpha',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/interferon-alpha',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-interferon-alpha-older': {
    publisher: 'Macmillan Cancer Support',
    title: 'Interferon alpha (IntronA®, Roferon-A®)',
    url: 'https://www.macmillan.org.uk/information-and-support/treating/targeted-biological-therapies/find-your-therapy/interferon-alpha.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'upmc-interferon-alfa': {
    publisher: 'UPMC Hillman Cancer Center',
    title: 'Interferon Alfa (Generic Name)',
    url: 'https://www.upmc.com/patients-visitors/education/cancer-chemo/pages/interferon-alfa.aspx',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'oncolink-interferon-alfa': {
    publisher: 'OncoLink (Penn Medicine Abramson Cancer Center)',
    title: 'Interferon alfa',
    url: 'https://oncolink.org/print/html/16572',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
