/**
 * Full citations for every source the content cites. The five `seed-*` entries are the source
 * documents in evidence/seeds; the others are references those documents themselves cite
 * (their "Article sources" or "Expert review and references" lists), named as they cite them.
 *
 * Citations are bibliographic data, not prose: they are shown as written, in their own language,
 * marked `lang="en"` when the widget speaks French.
 */
export interface Source {
  /** Who published it. */
  publisher: string;
  /** Title as published. */
  title: string;
  /** Publication or update date as the source gives it (free text: sources differ). */
  date?: string;
  /** The seed file this is, when it is one of the source documents. */
  seed?: string;
  /** Which seed cites it, when it is a cited reference. */
  citedBy?: readonly string[];
}

export const sources = {
  'seed-us-health': {
    publisher: 'US consumer health information site',
    title: 'Neuroendocrine tumors: Targeted therapy and treatment decisions',
    date: 'Updated March 18, 2025',
    seed: '000_2d8462141f00bd7d.txt',
  },
  'seed-netrf': {
    publisher: 'Neuroendocrine Tumor Research Foundation (NETRF)',
    title: 'Therapies for Neuroendocrine Tumors',
    seed: '001_bcf83c75f6f6eb3f.txt',
  },
  'seed-us-hospital': {
    publisher: 'US cancer-hospital network (reviewed by Maurie Markman, MD)',
    title: 'Neuroendocrine tumor treatments',
    date: 'Updated June 6, 2022',
    seed: '002_17986b3a3248c58e.txt',
  },
  'seed-ipsen-uk': {
    publisher: 'Ipsen Ltd (UK patient site, industry-sponsored)',
    title: 'Treatment options for NETs',
    date: 'SOM-UK-003737, September 2018',
    seed: '003_b7fd8429c57acfdb.txt',
  },
  'seed-ccs': {
    publisher: 'Canadian Cancer Society',
    title: 'Treatments for neuroendocrine tumours (NETs)',
    date: '2024',
    seed: '004_ae4328895cd6ed4f.txt',
  },
  'ref-cruk-ssa': {
    publisher: 'Cancer Research UK',
    title: 'Somatostatin analogues for neuroendocrine cancer',
    citedBy: ['seed-us-health'],
  },
  'ref-acs-pnet-targeted': {
    publisher: 'American Cancer Society',
    title: 'Targeted Drug Therapy for Pancreatic Neuroendocrine Tumor',
    citedBy: ['seed-us-health'],
  },
  'ref-nci-prrt': {
    publisher: 'National Cancer Institute',
    title: 'NCI Dictionary of Cancer Terms: PRRT',
    citedBy: ['seed-us-health'],
  },
  'ref-nci-trial-phases': {
    publisher: 'National Cancer Institute',
    title: 'Phases of clinical trials',
    date: 'Accessed December 21, 2018',
    citedBy: ['seed-netrf'],
  },
  'ref-gupta-liver': {
    publisher: 'Gupta S. Seminars in Interventional Radiology',
    title: 'Intra-arterial liver-directed therapies for neuroendocrine hepatic metastases',
    date: '2013',
    citedBy: ['seed-ccs'],
  },
  'regional-facts': {
    publisher: 'NET widgets content guide (regional facts checked against public sources)',
    title: 'Regional brand names, approved uses and approval dates (FDA, MHRA / NICE, Health Canada)',
    date: '2026',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

/** Look a source up by id (ids come from the catalogue, so this never misses in a checked build). */
export function getSource(id: SourceId): Source {
  return sources[id];
}
