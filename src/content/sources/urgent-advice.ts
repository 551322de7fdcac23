import type { Source } from './types.js';

/**
 * General guidance on when to get help during cancer treatment (fever and infection during
 * chemotherapy; 999 / 911 emergencies; NHS 111), each read on 2026-12-01. Research notes:
 * /work/research/chemo-targeted-ssa-liver.md (only the opening ~2,000 characters of each page could
 * be read). Quotes are in the therapies' .evidence.json files.
 *
 * Flags for the clinical reviewer:
 * - cdc-preventing-infections: the stored copy showed no page heading; the title is the section
 *   heading it showed ("How to prevent infections during your cancer treatment").
 * - cdc-watch-out-for-fever and cdc-patients-caregivers are older CDC addresses (read over http;
 *   listed here at https) that may now redirect.
 * - cruk-symptoms-of-infection-current was read on CRUK's own build hosts (prod.cruk.vercel.app,
 *   d1acqfzvcc9iwe.cloudfront.net); the URL below is the public www.cancerresearchuk.org page at the
 *   same path (inferred when written). Second reader X-9 (fixer-1, 2026-12-01): the store does hold
 *   a copy of that public page, but an older one ("Last reviewed: 22 Jun 2017": "a temperature of
 *   more than 38C", "Contact your doctor urgently"), without the 37.5°C threshold or the 999 sepsis
 *   list quoted from the build hosts. So the link does not yet lead to the quoted words: the cards
 *   that quote this id (chemotherapy, targeted therapy) should re-quote the public page or drop the
 *   id before sign-off. cruk-symptoms-of-infection (about-cancer.cancerresearchuk.org, public) shows 37.5C /
 *   36C and "Contact your 24 hour advice line immediately", but not the 999 list either.
 * - Surgery (fixer-1) cites cruk-symptoms-of-infection for the wound signs ("pain, redness,
 *   discharge, swelling or heat at the site of a wound") and oncolink-neutropenic-fever and
 *   christie-infection-fever for its fever and 999 bullets (second reader X-1, S-8).
 * - Fever thresholds differ by country and by service: CDC 100.4°F (38°C); CRUK, The Christie and
 *   UHB 37.5°C (or below 36°C); Leeds and NICE 38°C; LHSC 38°C (100.4°F); Sunnybrook 38.3°C once or
 *   38.0°C for 1 hour. Each locale follows its own sources (translator notes).
 * - sunnybrook-fever-neutropenia is written for people with leukemia; used only for Canadian
 *   temperature wording and for painkillers that hide a fever.
 * - wmas-999-or-111: read at a URL with tracking parameters (?shared=email&msg=fail), dropped here.
 * - leeds-unwell-after-treatment: the title is the page section the stored copy showed.
 * - Publishers are named as far as the stored pages show them (some NHS trusts' full legal names
 *   were not shown).
 */
export const urgentAdviceSources = {
  'cdc-preventing-infections': {
    publisher: 'Centers for Disease Control and Prevention (CDC)',
    title: 'How to prevent infections during your cancer treatment',
    url: 'https://cdc.gov/cancer/features/preventing-infections.html',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cdc-watch-out-for-fever': {
    publisher: 'Centers for Disease Control and Prevention (CDC)',
    title: 'Watch Out for Fever',
    url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cdc-patients-caregivers': {
    publisher: 'Centers for Disease Control and Prevention (CDC)',
    title: 'Information for Patients and Caregivers',
    url: 'https://www.cdc.gov/cancer/preventinfections/patients.htm',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'roswell-park-chemo-side-effects': {
    publisher: 'Roswell Park Comprehensive Cancer Center',
    title: 'Chemotherapy Side Effects',
    url: 'https://www.roswellpark.org/patients/living-cancer/side-effects/chemotherapy',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'oncolink-neutropenic-fever': {
    publisher: 'OncoLink (Abramson Cancer Center, University of Pennsylvania)',
    title: 'Neutropenic Fever',
    date: '2022-07-27',
    dateKind: 'reviewed',
    url: 'https://www.oncolink.org/cancer-treatment/hospital-helpers/oncologic-emergencies/neutropenic-fever',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-symptoms-of-infection': {
    publisher: 'Cancer Research UK',
    title: 'Symptoms of infections',
    url: 'https://about-cancer.cancerresearchuk.org/about-cancer/coping/physically/fever/causes/infection/symptoms',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cruk-symptoms-of-infection-current': {
    publisher: 'Cancer Research UK',
    title: 'Symptoms of infection',
    url: 'https://www.cancerresearchuk.org/about-cancer/coping/physically/fever/causes/infection/symptoms',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'christie-infection-fever': {
    publisher: 'The Christie',
    title: 'Getting a fever or developing an infection?',
    url: 'https://christie.nhs.uk/patients-and-visitors/services/acute-oncology/infection-and-fever-advice',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'leeds-unwell-after-treatment': {
    publisher: 'Leeds Teaching Hospitals (Leeds Cancer Centre)',
    title: 'Unwell after chemotherapy treatment',
    url: 'https://leedsth.nhs.uk/services/leeds-cancer-centre/diagnostic-treatment-services/chemotherapy-and-immunotherapy/unwell-after-treatment',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'uhb-acute-oncology': {
    publisher: 'University Hospitals Birmingham',
    title: 'Acute Oncology Service (AOS)',
    url: 'https://www.uhb.nhs.uk/services/cancer/patients-and-visitors/acute-oncology-service-aos',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'cuh-round-the-clock-help': {
    publisher: "Cambridge University Hospitals (Addenbrooke's Hospital)",
    title: 'Round the clock help',
    url: 'https://www.cuh.nhs.uk/addenbrookes-hospital/services/cancer-services/your-treatment/chemotherapy/round-clock-help',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'nice-cg151-unwell': {
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    title: 'If you become unwell during your anticancer treatment',
    url: 'https://nice.org.uk/guidance/cg151/ifp/chapter/If-you-become-unwell-during-your-anticancer-treatment',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'lhsc-fever-card': {
    publisher: 'London Health Sciences Centre (London Regional Cancer Program)',
    title: 'Febrile Neutropenia (Fever Card)',
    url: 'https://www.lhsc.on.ca/london-regional-cancer-program/febrile-neutropenia-fever-card',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'sunnybrook-fever-neutropenia': {
    publisher: 'Sunnybrook Health Sciences Centre',
    title: 'Importance of Fever and Febrile Neutropenia',
    url: 'https://sunnybrook.ca/content/?page=leukemia-guide-fever-neutropenia',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'wmas-999-or-111': {
    publisher: 'West Midlands Ambulance Service (NHS)',
    title: 'Should I ring 999 or 111?',
    url: 'https://wmas.nhs.uk/999-or-111/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
