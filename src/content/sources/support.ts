import type { Source } from './types.js';

/**
 * Sources read for support lines (each with its URL and the day it was read). Quotes are in
 * src/content/decision-factors.evidence.json (the checklist's "Support for you" section); the
 * research notes are /work/research/rt-interferon-trials-surgery-surveillance.md §6.
 *
 * What is signposted, per locale, and only as the sources state it: en-US the American Cancer
 * Society helpline (number and "any time of day or night"); en-GB the Macmillan Support Line
 * (number, 8am to 8pm, 7 days a week); en-CA and fr-CA the Canadian Cancer Society's number (in
 * seed 004), answered by trained cancer information specialists. No current CCS page giving the
 * service's name or hours could be read, so neither is stated.
 *
 * Second reader (fixer-1, 2026-12-01):
 * - D-1: the ACS helpline is cited to acs-being-part-of-trial (clinical-trials.ts), the page where
 *   ACS's site-wide helpline box was read; the duplicate id acs-helpline (same URL) was removed. No
 *   ACS page about the helpline itself was found in the stored pages.
 * - D-2: not re-sourced. No current CCS service page (name, hours) and no official Macmillan page
 *   showing the number in its readable opening were found; Macmillan's page for health
 *   professionals confirms the hours ("7 days a week, from 8am to 8pm"). ccs-cis-2016 keeps its
 *   old "?region=ab" address, the only one at which it was read.
 */
export const supportSources = {
  'macmillan-support-line-public': {
    publisher: 'Macmillan Cancer Support',
    title: 'Macmillan Support Line',
    url: 'https://www.macmillan.org.uk/cancer-information-and-support/get-help/emotional-help/macmillan-support-line',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'macmillan-community-blog-2024': {
    publisher: 'Macmillan Cancer Support',
    title: 'How can Macmillan help me? A guide to getting support for World Cancer Day 2024',
    date: '2024',
    url: 'https://community.macmillan.org.uk/cancer-blogs/b/community_news/posts/how-can-macmillan-help-me-getting-support-for-world-cancer-day-2024',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
  'ccs-cis-2016': {
    publisher: 'Canadian Cancer Society',
    title: '20 years of being here for all Canadians',
    date: '2016-03-29',
    url: 'https://www.cancer.ca/en/about-us/news/national/2016/daffodil-month/?region=ab',
    kind: 'patient-information',
    accessed: '2026-12-01',
  },
} as const satisfies Record<string, Source>;
