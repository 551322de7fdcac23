import type { Source } from './types.js';

/**
 * Sources read for radiation therapy (external beam, stereotactic), each on 2026-12-01 (research
 * dossier /work/research/rt-interferon-trials-surgery-surveillance.md; the stored copies show the
 * opening of each page only). The side-effect sections of the CRUK and CCS NET radiotherapy pages
 * were not in the stored copies, so the side effects come from their general radiotherapy pages.
 * No NET-specific source gives urgent advice for radiotherapy: the three levels come from NHS
 * trusts' acute-oncology pages, which cover anyone who has had anti-cancer treatment (the Royal
 * Surrey hotline: radiotherapy within six weeks, immunotherapy within 12 months), and their phone
 * numbers serve only those trusts' patients (the widget names none).
 *
 * Second reader (fixer-3, 2026-12-01):
 * - cruk-net-radiotherapy (reviewed 19 March 2021, next review due 2024) was dropped; the
 *   role it supported rests on the Canadian Cancer Society's NET page. acs-radiation-second-cancers
 *   is dated 2014 (the only second-cancer page read on a public host); its date is shown.
 * - RT-1: cruk-radiotherapy-long-term-side-effects was read again on www.cancerresearchuk.org; its
 *   longer stored copy shows the list that "Most of these side effects are rare" refers to.
 * - RT-4 / X-9: macmillan-radiotherapy-side-effects and macmillan-sabr sit in Macmillan's
 *   bone-cancer sections (older URL pattern); their text is general. The titles are kept as
 *   published; no general Macmillan page with the same sentences was found on a public host.
 */
export const radiationTherapySources = {
  'cruk-net-external-radiotherapy-having': {
    publisher: 'Cancer Research UK',
    title: 'Having external radiotherapy for Neuroendocrine tumours (NETs)',
    url: 'https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/radiotherapy/external/having',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-net-external-radiotherapy-planning': {
    publisher: 'Cancer Research UK',
    title: 'Planning external radiotherapy',
    url: 'https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/radiotherapy/external/planning',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-net-radiation-therapy': {
    publisher: 'Canadian Cancer Society',
    title: 'Radiation therapy for neuroendocrine tumours (NETs)',
    url: 'https://cancer.ca/en/cancer-information/cancer-types/neuroendocrine-tumours/treatment/radiation-therapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-radiotherapy-side-effects': {
    publisher: 'Cancer Research UK',
    title: 'Radiotherapy side effects',
    url: 'https://www.cancerresearchuk.org/about-cancer/treatment/radiotherapy/side-effects',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-radiotherapy-general-side-effects': {
    publisher: 'Cancer Research UK',
    title: 'General radiotherapy side effects',
    date: '2024-01-11',
    dateKind: 'reviewed',
    url: 'https://cancerresearchuk.org/about-cancer/treatment/radiotherapy/side-effects/general',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-radiotherapy-long-term-side-effects': {
    publisher: 'Cancer Research UK',
    title: 'Long term side effects of radiotherapy',
    url: 'https://www.cancerresearchuk.org/about-cancer/treatment/radiotherapy/side-effects/long-term-side-effects',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-radiation-common-side-effects': {
    publisher: 'American Cancer Society',
    title: 'Common side effects of radiation therapy',
    url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/radiation/radiation-therapy-guide/common-side-effects.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-radiation-second-cancers': {
    publisher: 'American Cancer Society',
    title: 'Does radiation therapy cause second cancers?',
    date: '2014-10-27',
    dateKind: 'reviewed',
    url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/radiation/science-behind-radiation-therapy/second-cancers.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-external-beam-radiation': {
    publisher: 'American Cancer Society',
    title: 'Getting External Beam Radiation Therapy',
    url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/radiation/external-beam-radiation-therapy.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'acs-radiation-stomach-abdomen': {
    publisher: 'American Cancer Society',
    title: 'Side effects from radiation therapy to the stomach and abdomen',
    url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/radiation/radiation-therapy-guide/radiation-to-stomach-and-abdomen.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-radiotherapy-side-effects': {
    publisher: 'Macmillan Cancer Support',
    title: 'Possible side effects',
    url: 'https://www.macmillan.org.uk/information-and-support/bone-cancer/treating/radiotherapy/radiotherapy-explained/possible-side-effects.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'royal-marsden-radiotherapy-side-effects': {
    publisher: 'The Royal Marsden NHS Foundation Trust',
    title: 'Side effects of radiotherapy',
    url: 'https://www.royalmarsden.nhs.uk/your-care/treatments/radiotherapy/side-effects-radiotherapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-sabr': {
    publisher: 'Macmillan Cancer Support',
    title: 'Stereotactic ablative radiotherapy (SABR)',
    url: 'https://www.macmillan.org.uk/information-and-support/bone-cancer-secondary/treating/radiotherapy/radiotherapy-explained/stereotactic-ablative.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-sabr-uses': {
    publisher: 'Macmillan Cancer Support',
    title: 'What is stereotactic ablative radiotherapy (SABR)?',
    url: 'https://www.macmillan.org.uk/information-and-support/treating/radiotherapy/external-beam-radiotherapy-explained/stereotactic-radiotherapy-srt.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'uhb-sabr': {
    publisher: 'University Hospitals Birmingham NHS Foundation Trust',
    title: 'Stereotactic Ablative Radiotherapy (SABR)',
    url: 'https://www.uhb.nhs.uk/services/radiotherapy/stereotactic-ablative-radiotherapy.htm',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'royal-surrey-oncology-hotline': {
    publisher: 'Royal Surrey NHS Foundation Trust',
    title: 'Oncology Treatment Hotline',
    url: 'https://royalsurrey.nhs.uk/cc-treatment-hotline',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'royal-devon-acute-oncology': {
    publisher: 'Royal Devon University Healthcare NHS Foundation Trust',
    title: 'What to do when you feel unwell – Acute oncology services',
    date: '2022-11-15',
    dateKind: 'updated',
    url: 'https://www.royaldevon.nhs.uk/services/breast-care/breast-care-northern-services/acute-oncology-services/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
