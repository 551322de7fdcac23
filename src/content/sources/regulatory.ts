import type { Source } from './types.js';

/**
 * Regulators' documents for Lutathera (lutetium Lu 177 dotatate / lutetium (177Lu) oxodotreotide),
 * per region, each read on 2026-12-01 (research dossier /work/research/prrt-and-regulatory.md).
 *
 * Gaps the dossier lists, kept open here rather than filled from secondary sources:
 * - US: no fda.gov page (news release, approval letter, label PDF) was reachable. The FDA's own
 *   data (openFDA NDC record) show the US marketing start date 2018-01-26; that is not the approval
 *   date. The label's Indications section changed in 4/2024 (openFDA label record), which secondary
 *   sources say added patients 12 and older: the en-US text names no age.
 * - England: the NICE chapter pages show no publication date (29 August 2018 is secondary only), so
 *   no message gives NICE's year. Scotland's own advice (SMC, 9 July 2018) is cited for Scotland.
 * - Titles: an API record (openFDA) has no published title, so its title says what the record is;
 *   the others are the page headings the stored copies show.
 * - Canada: the Health Canada decision summaries show the indication but not the decision date; the
 *   NOC date (January 9, 2019) is from CADTH's page. Health Canada later extended the indication to
 *   adolescents 12 and older (date not visible): the en-CA text names no age.
 */
export const regulatorySources = {
  'fda-openfda-lutathera-ndc': {
    publisher: 'U.S. Food and Drug Administration (openFDA)',
    title: 'openFDA NDC record 69488-003 (Lutetium Lu 177 Dotatate)',
    date: '2026-10-30',
    dateKind: 'updated',
    url: 'https://api.fda.gov/drug/ndc.json?search=product_ndc%3A%2269488-003%22',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'ec-union-register-lutathera': {
    publisher: 'European Commission',
    title: 'Pharmaceuticals - Union Register — Lutathera',
    url: 'https://ec.europa.eu/health/documents/community-register/html/h1226.htm',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'ema-lutathera-epar': {
    publisher: 'European Medicines Agency',
    title: 'Lutathera',
    url: 'https://ema.europa.eu/medicines/human/EPAR/lutathera',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'nice-ta539-recommendations': {
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title:
      '1 Recommendations — Lutetium (177Lu) oxodotreotide for treating unresectable or metastatic neuroendocrine tumours (TA539)',
    url: 'https://nice.org.uk/guidance/ta539/chapter/1-Recommendations',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'smc-lutathera-1337-18': {
    publisher: 'Scottish Medicines Consortium',
    title: 'lutetium (177Lu) oxodotreotide (Lutathera) — full submission 1337/18',
    date: '2018-07-09',
    dateKind: 'published',
    url: 'https://scottishmedicines.org.uk/medicines-advice/lutetium-177lu-oxodotreotide-lutathera-fullsubmission-133718',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'hc-lutathera-rds00480': {
    publisher: 'Health Canada',
    title: 'Regulatory Decision Summary for Lutathera',
    url: 'https://dhpp.hpfb-dgpsa.ca/documents-d-examen/ressource/RDS00480',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
  'cadth-lutathera-pcodr-10142': {
    publisher: 'CADTH (pan-Canadian Oncology Drug Review)',
    title: 'Lutathera for Gastroenteropancreatic neuroendocrine tumors – Details',
    url: 'https://cadth.ca/lutathera-gastroenteropancreatic-neuroendocrine-tumors-details',
    kind: 'regulatory',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
