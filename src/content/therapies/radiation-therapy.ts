import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Radiation therapy: external beam radiotherapy and intra-operative radiation therapy (IORT).
 * Seeds: 002 (when the tumor has spread or is hard to reach with surgery; CyberKnife; palliative
 * surgery may be paired with radiation), 003 (high-energy particles or waves; scans first; aims
 * for the highest chance of curing or shrinking with low doses to healthy cells; other names;
 * external beam in daily fractions for several weeks on a linear accelerator; IORT),
 * 004 (not usually used for NETs; if used, usually when the cancer has spread).
 * Seed 003 calls it "one of the most common treatments for NETs", which seed 004 contradicts;
 * the card follows the Canadian Cancer Society and does not repeat that claim.
 * The seeds name no specific side effects of radiation therapy.
 */
export const radiationTherapy: Therapy = {
  id: 'radiation-therapy',
  status: 'standard',
  delivery: ['radiation'],
  aims: ['shrink'],
  sources: ['seed-ccs', 'seed-us-hospital', 'seed-ipsen-uk'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Radiation therapy', { id: 'rt.name' }),
    summary: msg(
      'Radiation therapy uses high-energy rays or particles to destroy or damage cancer cells. It is not usually used to treat NETs. When it is, it is often because the cancer has spread.',
      { id: 'rt.summary' },
    ),
    howItWorks: msg(
      'The rays may be X-rays, gamma rays, electron beams or protons. The aim is to cure or shrink the cancer. The team keeps the dose to nearby healthy cells low, to avoid side effects.',
      { id: 'rt.howItWorks' },
    ),
    whenUsed: [
      msg('When the NET has spread (metastasized).', { id: 'rt.whenUsed.spread' }),
      msg('When the tumor is in a place that makes surgery difficult.', { id: 'rt.whenUsed.hardToReach' }),
      msg('Together with surgery that aims to ease symptoms (palliative surgery).', {
        id: 'rt.whenUsed.palliative',
      }),
    ],
    howGiven: msg(
      'First, you have scans to find exactly where the tumors are. Then the radiation is given from a machine outside the body, or during an operation. Other names for it are radiotherapy, irradiation or X-ray therapy.',
      { id: 'rt.howGiven' },
    ),
    examples: [
      {
        name: msg('CyberKnife', { id: 'rt.example.cyberknife' }),
        description: msg(
          'A way to give high, targeted doses of radiation to NETs without surgery. It may be an option for some people.',
          { id: 'rt.example.cyberknife.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypes: [
      {
        name: msg('Radiation from outside the body (external beam radiotherapy)', {
          id: 'rt.subtype.external',
        }),
        description: msg(
          'A series of short treatments, usually daily, often for several weeks. A machine like a large X-ray machine (linear accelerator) gives them. Splitting the dose into short treatments (fractions) does less damage to normal cells than to cancer cells.',
          { id: 'rt.subtype.external.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
      {
        name: msg('Radiation during surgery (intra-operative radiation therapy, IORT)', {
          id: 'rt.subtype.iort',
        }),
        description: msg(
          'Radiation is given straight to the area where the tumor was removed. This may help remove tiny cancer cells and lower the chance that the tumor grows back. Sometimes one treatment is enough, but some people may need external beam radiotherapy for a short while after.',
          { id: 'rt.subtype.iort.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
    ],
    subtypesTitle: msg('Kinds of radiation therapy', { id: 'rt.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['seed-ipsen-uk'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Our sources do not list the side effects of radiation therapy for NETs. They depend on the treatment, and your care team will explain them. The treatment is planned to give healthy cells a low dose, to avoid side effects.',
        { id: 'rt.se.intro' },
      ),
      items: [],
      urgent: [
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'rt.se.urgent.worried',
        }),
      ],
    }),
  },
};
