import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Active surveillance: watching a slow-growing NET with regular tests instead of treating it
 * straight away.
 * Seeds: 002 (low-grade NETs; low chance of spread or symptoms unnoticed; may prevent unnecessary
 * treatment; physical exams, blood tests, MRI or CT; further options if changes are seen),
 * 003 (most NETs grow very slowly, so a specialist may not prescribe anything straight away and
 * keeps you under observation), 004 (follow-up plan made for each person).
 */
export const activeSurveillance: Therapy = {
  id: 'active-surveillance',
  status: 'standard',
  delivery: ['monitoring'],
  aims: ['watch'],
  sources: ['seed-us-hospital', 'seed-ipsen-uk', 'seed-ccs'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Active surveillance', { id: 'as.name' }),
    summary: msg(
      'Active surveillance means your care team watches the tumor closely instead of treating it right away. You have regular check-ups and tests. If the tumor changes, your care team can talk with you about other treatments.',
      { id: 'as.summary' },
    ),
    howItWorks: msg(
      'Low-grade NETs tend to grow slowly. So the chance is low that they spread or cause symptoms before your care team notices a change. Watching closely may spare you treatment you do not need.',
      { id: 'as.howItWorks' },
    ),
    whenUsed: [
      msg('For low-grade NETs, which tend to grow slowly.', { id: 'as.whenUsed.lowGrade' }),
      msg('When your specialist decides that watching closely is enough for now.', {
        id: 'as.whenUsed.noMedicine',
      }),
    ],
    howGiven: msg(
      'You have regular check-ups. These may include a physical exam, blood tests and scans. If tests suggest the tumor may grow or spread, your care team can offer other treatments.',
      { id: 'as.howGiven' },
    ),
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
          'Imaging tests such as magnetic resonance imaging (MRI) or computed tomography (CT) show any change in the tumor.',
          { id: 'as.subtype.scans.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('Tests you may have', { id: 'as.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['seed-us-hospital', 'seed-ccs'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      title: msg('What monitoring involves', { id: 'as.se.title' }),
      intro: msg(
        'Active surveillance is not a medicine or an operation. It involves regular check-ups and tests. Your follow-up plan is made to suit you.',
        { id: 'as.se.intro' },
      ),
      items: [
        {
          name: msg('Regular tests and scans', { id: 'as.se.tests' }),
          description: msg(
            'You will have check-ups, blood tests and scans such as MRI or CT. These look for any change in the tumor.',
            { id: 'as.se.tests.desc' },
          ),
          sources: ['seed-us-hospital'],
        },
      ],
      urgent: [
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'as.se.urgent.worried',
        }),
      ],
    }),
  },
};
