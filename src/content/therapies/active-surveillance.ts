import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Active surveillance (watch and wait): watching a slow-growing NET with regular tests instead of
 * treating it straight away. Evidence for every message: active-surveillance.evidence.json.
 * Seeds: 002 (low-grade NETs; low chance of spread or symptoms unnoticed; may prevent unnecessary
 * treatment; physical exams, blood tests, MRI or CT; further options if changes are seen).
 * Beyond the seeds: Macmillan (NET-specific: no symptoms, may not need treatment straight away),
 * CCS glossary (watchful waiting, a related approach: other health problems or not wanting
 * treatment right away; treatment offered when tests show the cancer is getting worse), Northampton
 * General Hospital and CRUK's small bowel NET follow-up page (living with it: anxiety "very common",
 * check-ups worrying, support; contact the team about new symptoms between appointments),
 * Neuroendocrine Cancer UK (clinic review, bloods and scans). CRUK's general "Watch and wait" page
 * was read only on a CRUK integration host (main.int.cruk.org) and could not be found on a public
 * one, so it is no longer cited (second reader X-9).
 * No source gives how often check-ups are on surveillance (the follow-up intervals in the CCS and
 * CRUK follow-up pages are for after treatment), so the card says to ask. No source gives urgent
 * advice by level for surveillance: CRUK's "contact them if you notice any new symptoms. You don't
 * have to wait until your next visit" is not day-or-night advice, so it is in
 * `experience.dailyLife` and the urgent levels are empty (the widget then tells the reader to ask
 * which symptoms need a call).
 */
export const activeSurveillance: Therapy = {
  id: 'active-surveillance',
  status: 'standard',
  delivery: ['monitoring'],
  aims: ['watch'],
  sources: [
    'seed-us-hospital',
    'macmillan-nets-overview',
    'ccs-glossary-watchful-waiting',
    'northampton-active-monitoring',
    'ncuk-surveillance',
    'cruk-small-bowel-net-follow-up',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Watch and wait (active surveillance)', { id: 'as.name' }),
    summary: msg(
      'Active surveillance means your care team watches the tumor closely instead of treating it right away. You have regular check-ups and tests. If the tumor changes, your care team can talk with you about other treatments.',
      { id: 'as.summary' },
    ),
    howItWorks: msg(
      'Low-grade NETs tend to grow slowly. So the chance is low that they spread or cause symptoms before your care team notices a change. Watching closely may spare you treatment you do not need, or put off its side effects.',
      { id: 'as.howItWorks' },
    ),
    whenUsed: [
      msg('For low-grade NETs, which tend to grow slowly.', { id: 'as.whenUsed.lowGrade' }),
      msg('When the NET is not causing any symptoms.', { id: 'as.whenUsed.noSymptoms' }),
      msg(
        'A related approach (watchful waiting) may be offered if you have other health problems, or do not want treatment yet.',
        { id: 'as.whenUsed.choice' },
      ),
    ],
    howGiven: msg(
      'You have regular check-ups. These may include a physical exam, blood tests and scans. If tests suggest the tumor may grow or spread, your care team can offer other treatments.',
      { id: 'as.howGiven' },
    ),
    experience: {
      howOften: msg('You have check-ups and tests at regular intervals. Ask your care team how often yours will be.', {
        id: 'as.experience.howOften',
      }),
      hospital: msg(
        'There is no operation or medicine to recover from. You go to clinic appointments for check-ups, blood tests and scans.',
        { id: 'as.experience.hospital' },
      ),
      dailyLife: msg(
        'Between check-ups, contact your care team if you notice new symptoms or have any concerns. You do not have to wait for your next check-up.',
        { id: 'as.experience.dailyLife' },
      ),
    },
    examples: [],
    subtypes: [
      {
        name: msg('Physical exams', { id: 'as.subtype.exam' }),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('Blood tests', { id: 'as.subtype.blood' }),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('Scans (MRI or CT)', { id: 'as.subtype.scans' }),
        description: msg(
          'Scans such as magnetic resonance imaging (MRI) or computed tomography (CT) are used to check for changes in the tumor.',
          { id: 'as.subtype.scans.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('Tests you may have', { id: 'as.subtypesTitle' }),
    question: msg('How often will I have check-ups, and what changes would mean starting treatment?', {
      id: 'as.question',
    }),
    compare: {
      what: msg('Watching the tumor closely with regular check-ups and tests, instead of treating it right away.', {
        id: 'as.compare.what',
      }),
      given: msg('Check-ups, blood tests and scans at regular intervals.', { id: 'as.compare.given' }),
      hospital: msg('No operation or medicine to recover from; you go to clinic check-ups.', {
        id: 'as.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'seed-us-hospital',
      'macmillan-nets-overview',
      'northampton-active-monitoring',
      'cruk-small-bowel-net-follow-up',
      'ccs-glossary-watchful-waiting',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      title: msg('What monitoring involves', { id: 'as.se.title' }),
      intro: msg(
        'Active surveillance is not a medicine or an operation. It means regular check-ups and tests while the tumor is watched.',
        { id: 'as.se.intro' },
      ),
      items: [
        {
          name: msg('Regular check-ups and tests', { id: 'as.se.tests' }),
          description: msg(
            'Your care team may suggest regular check-ups, blood tests and scans such as MRI or CT. These check for any changes in the tumor.',
            { id: 'as.se.tests.desc' },
          ),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Worry while you wait', { id: 'as.se.worry' }),
          description: msg(
            'Feeling anxious while your tumor is being watched is very common. Many people find their check-ups worrying.',
            { id: 'as.se.worry.desc' },
          ),
          helps: msg('Your care team, such as a nurse specialist, can support you and answer your questions.', {
            id: 'as.se.worry.helps',
          }),
          sources: ['northampton-active-monitoring', 'cruk-small-bowel-net-follow-up'],
        },
        {
          name: msg('A small chance that a change is missed', { id: 'as.se.missed' }),
          description: msg(
            'Low-grade NETs tend to grow slowly. So the chance is low that they spread or cause symptoms before your care team notices a change.',
            { id: 'as.se.missed.desc' },
          ),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('You may still need treatment later', { id: 'as.se.later' }),
          description: msg(
            'If tests show that the tumor is changing or getting worse, your care team can offer other treatments.',
            { id: 'as.se.later.desc' },
          ),
          sources: ['seed-us-hospital', 'ccs-glossary-watchful-waiting'],
        },
      ],
      urgent: { emergency: [], now: [], nextVisit: [] },
    }),
  },
};
