import type { Source } from './types.js';

/**
 * Sources read for active surveillance (each with its URL and the day it was read). Quotes are in
 * src/content/therapies/active-surveillance.evidence.json; the research notes are
 * /work/research/rt-interferon-trials-surgery-surveillance.md §5.
 *
 * Flags for the clinical reviewer:
 * - cruk-watch-and-wait was removed (second reader X-9, fixer-1): it was read only on
 *   main.int.cruk.org, a CRUK integration host, and searches of the stored pages found no copy on a
 *   public CRUK host. The worry and "bring your check-up forward" wording that rested on it alone
 *   now says only what Northampton and CRUK's small bowel NET follow-up page say.
 * - macmillan-nets-overview was read at an older http:// Macmillan address (listed here as https).
 *   The current page (https://www.macmillan.org.uk/cancer-information-and-support/neuroendocrine-tumours-nets)
 *   is in the store, but its opening does not show the quoted sentences, so the older address stays.
 * - No page dates: none of these stored copies showed one (second reader X-11).
 * - ncuk-surveillance is a NET patient charity (Neuroendocrine Cancer UK); used only beside another
 *   source.
 */
export const activeSurveillanceSources = {
  'macmillan-nets-overview': {
    publisher: 'Macmillan Cancer Support',
    title: 'Neuroendocrine tumours (NETs)',
    url: 'https://www.macmillan.org.uk/information-and-support/neuroendocrine-tumours-nets',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-glossary-watchful-waiting': {
    publisher: 'Canadian Cancer Society',
    title: 'watchful waiting',
    url: 'https://cancer.ca/en/cancer-information/resources/glossary/w/watchful-waiting',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'northampton-active-monitoring': {
    publisher: 'Northampton General Hospital NHS Trust',
    title: 'Active Monitoring and Watchful Waiting',
    url: 'https://www.northamptongeneral.nhs.uk/Services/Our-Clinical-Services-and-Departments/Cancer-Services/Cancer-Pathway/Active-Monitoring-Watchful-Waiting.aspx',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ncuk-surveillance': {
    publisher: 'Neuroendocrine Cancer UK',
    title: 'Surveillance and Supportive Care',
    url: 'https://www.neuroendocrinecancer.org.uk/neuroendocrine-cancer/treatments/surveillance-and-supportive-care/',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
