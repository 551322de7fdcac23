import type { Source } from './types.js';

/**
 * Sources read for PRRT (Lutathera), each on 2026-12-01 (research dossier
 * /work/research/prrt-and-regulatory.md; the stored copies show the opening of each page only).
 * The manufacturer's US patient pages are industry-sponsored; none gives "common" / "less common"
 * frequency words, and none gives a "call right away" symptom list (the safety FAQ's per-topic
 * sections were not in the stored copy). Two stored versions exist of the "How is LUTATHERA given?"
 * page; both are quoted.
 *
 * Second reader (fixer-3, 2026-12-01):
 * - rwjbh-cooperman-lutathera (a US cancer centre, not the manufacturer) now backs the fluids
 *   and distance advice; its page gives 3 days and 6 feet, which the card does not repeat because
 *   the sources differ (the team's own rules decide).
 * - cruk-prrt-nets is on CRUK's older about-cancer host; newer wording of the page was seen
 *   only on CRUK's preview hosts, so the address read is kept. macmillan-targeted-radionuclide-nets
 *   cites references accessed in 2017 and shows no date.
 * - P-1: the manufacturer's per-topic safety sections and the FDA Patient Information were still
 *   not readable (searched again), so no warning signs for the serious risks are given beyond the
 *   carcinoid crisis (described from the Canadian Cancer Society, ccs-net-surgery).
 */
export const prrtSources = {
  'aaa-lutathera-side-effects': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Understanding Side Effects',
    url: 'https://www.lutathera.com/most-common-side-effects/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-side-effect-management': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Side Effect Management',
    url: 'https://www.lutathera.com/side-effect-management/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-how-given': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'How is LUTATHERA® (lutetium Lu 177 dotatate) Given?',
    url: 'https://www.lutathera.com/how-is-lutathera-given/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-after-receiving': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'After Receiving LUTATHERA® (lutetium Lu 177 dotatate)',
    url: 'https://www.lutathera.com/after-receiving-lutathera/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-helpful-hints': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Helpful Hints and Information',
    url: 'https://www.lutathera.com/helpful-hints-and-information/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-faq': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Answers to your questions about LUTATHERA',
    url: 'https://www.lutathera.com/frequently-asked-questions/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-safety-faqs': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Safety Frequently Asked Questions',
    url: 'https://www.us.lutathera.com/side-effects/safety-faqs/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-radiation-safety': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Radiation Safety — Helpful Considerations While on Treatment With LUTATHERA',
    url: 'https://www.us.lutathera.com/side-effects/radiation-safety/',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'aaa-lutathera-questions': {
    publisher: 'Advanced Accelerator Applications USA, Inc. (Novartis)',
    title: 'Questions About LUTATHERA',
    url: 'https://us.lutathera.com/about-lutathera/frequently-asked-questions',
    kind: 'industry-sponsored',
    accessed: '2026-12-01',
  },
  'nci-dictionary-lutetium-lu-177-dotatate': {
    publisher: 'National Cancer Institute',
    title: 'lutetium Lu 177-dotatate',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/792063',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'rutgers-cinj-lutathera-infusion': {
    publisher: 'Rutgers Cancer Institute of New Jersey',
    title: 'Lutathera® Infusion Treatment',
    url: 'https://cinj.org/patient-care/lutathera-infusion-treatment',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'rwjbh-cooperman-lutathera': {
    publisher: 'RWJBarnabas Health (Cooperman Barnabas Medical Center)',
    title: 'Lutathera Infusion',
    url: 'https://www.rwjbh.org/cooperman-barnabas-medical-center/treatment-care/radiation-oncology/radiation-oncology-treatment-options/lutathera/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-prrt-nets': {
    publisher: 'Cancer Research UK',
    title: 'Peptide receptor radionuclide therapy (PRRT)',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/radiotherapy/peptide-receptor-radionuclide-therapy-prrt',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-targeted-radionuclide-nets': {
    publisher: 'Macmillan Cancer Support',
    title: 'Targeted radionuclide therapy for neuroendocrine tumours (NETs)',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/targeted-radionuclide-therapy-for-neuroendocrine-tumours-nets',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'gstt-lutetium-overview': {
    publisher: "Guy's and St Thomas' NHS Foundation Trust",
    title: 'Lutetium therapy for neuroendocrine tumours',
    url: 'https://guysandstthomas.nhs.uk/health-information/lutetium-therapy-neuroendocrine-tumours',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'gstt-after-lutetium': {
    publisher: "Guy's and St Thomas' NHS Foundation Trust",
    title: 'After having lutetium therapy',
    url: 'https://guysandstthomas.nhs.uk/health-information/lutetium-therapy-neuroendocrine-tumours/after-having-lutetium-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
