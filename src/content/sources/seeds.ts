import type { Source } from './types.js';

/**
 * The five seed documents (their text is in evidence/seeds/, where content:check finds every
 * quote) and the references they themselves cite.
 */
export const seedSources = {
  'seed-us-health': {
    publisher: 'US consumer health information site',
    title: 'Neuroendocrine tumors: Targeted therapy and treatment decisions',
    date: '2025-03-18',
    dateKind: 'updated',
    kind: 'patient-information',
    seed: '000_2d8462141f00bd7d.txt',
  },
  'seed-netrf': {
    publisher: 'Neuroendocrine Tumor Research Foundation (NETRF)',
    title: 'Therapies for Neuroendocrine Tumors',
    kind: 'patient-information',
    seed: '001_bcf83c75f6f6eb3f.txt',
  },
  'seed-us-hospital': {
    publisher: 'US cancer-hospital network (reviewed by Maurie Markman, MD)',
    title: 'Neuroendocrine tumor treatments',
    date: '2022-06-06',
    dateKind: 'updated',
    kind: 'patient-information',
    seed: '002_17986b3a3248c58e.txt',
  },
  'seed-ipsen-uk': {
    publisher: 'Ipsen Ltd',
    title: 'Treatment options for NETs',
    date: '2018-09',
    kind: 'industry-sponsored',
    seed: '003_b7fd8429c57acfdb.txt',
  },
  'seed-ccs': {
    publisher: 'Canadian Cancer Society',
    title: 'Treatments for neuroendocrine tumours (NETs)',
    date: '2024',
    kind: 'patient-information',
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
