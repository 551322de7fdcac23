import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Chemotherapy. The seeds name no chemotherapy drug (seed 001's list is cut off), so there are
 * no examples: none is filled in from memory.
 * Seeds: 001 (stops growth by killing cells or stopping them dividing; by mouth or into a vein or
 * muscle, reaches cells all over the body; one or more drugs; about 1 in 5 patients in a survey),
 * 002 (alone or with other treatments; when the tumor causes symptoms or has spread;
 * chemoembolization for spread to the liver; side effects), 003 (cytotoxic drugs; systemic;
 * catheter into a vein or pill/capsule; type depends on where the NET started; pancreas, lungs).
 */
export const chemotherapy: Therapy = {
  id: 'chemotherapy',
  status: 'standard',
  delivery: ['drip', 'tablet', 'injection'],
  aims: ['slow-growth'],
  sources: ['seed-netrf', 'seed-us-hospital', 'seed-ipsen-uk'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Chemotherapy', { id: 'chemo.name' }),
    summary: msg(
      'Chemotherapy uses anti-cancer drugs to destroy cancer cells. It can be used alone or with other treatments. In one survey of people with NETs, about 1 in 5 had been treated with chemotherapy.',
      { id: 'chemo.summary' },
    ),
    howItWorks: msg(
      'The drugs stop cancer cells from growing and dividing, or kill them. Drugs taken by mouth or put into a vein or muscle travel in the blood. This way they reach cancer cells all over the body.',
      { id: 'chemo.howItWorks' },
    ),
    whenUsed: [
      msg('When the tumor starts to cause symptoms, or has spread.', { id: 'chemo.whenUsed.spread' }),
      msg('For some NETs, such as NETs in the pancreas or in the lungs.', {
        id: 'chemo.whenUsed.sites',
      }),
      msg('When a NET has spread to the liver, the drugs may be put straight into the tumor (chemoembolization).', {
        id: 'chemo.whenUsed.liver',
      }),
    ],
    howGiven: msg(
      'Often through a thin tube (catheter) put into a vein, or as a pill or capsule. One drug or several drugs may be used together. The type of chemotherapy depends on where in the body the NET started.',
      { id: 'chemo.howGiven' },
    ),
    examples: [],
    subtypes: [
      {
        name: msg('Chemotherapy through the bloodstream (systemic chemotherapy)', {
          id: 'chemo.subtype.systemic',
        }),
        description: msg('The drugs travel in the blood to reach cancer cells in the body.', {
          id: 'chemo.subtype.systemic.desc',
        }),
        sources: ['seed-ipsen-uk', 'seed-netrf'],
      },
      {
        name: msg('Chemotherapy into a liver tumor (chemoembolization)', {
          id: 'chemo.subtype.chemoembolization',
        }),
        description: msg(
          'The drugs are given straight into the tumor. This may be an option when a NET has spread to the liver.',
          {
            id: 'chemo.subtype.chemoembolization.desc',
          },
        ),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('Ways chemotherapy is given', { id: 'chemo.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['seed-us-hospital'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'During chemotherapy you may have side effects. Not everyone gets them all. Your care team can tell you how they may affect your quality of life.',
        { id: 'chemo.se.intro' },
      ),
      items: [
        {
          name: msg('Hair loss', { id: 'chemo.se.hairLoss' }),
          description: msg('Your hair may fall out.', { id: 'chemo.se.hairLoss.desc' }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Loss of appetite', { id: 'chemo.se.appetite' }),
          description: msg('You may not feel like eating as much as usual.', {
            id: 'chemo.se.appetite.desc',
          }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Feeling very tired (fatigue)', { id: 'chemo.se.fatigue' }),
          description: msg('You may feel very tired or low in energy.', {
            id: 'chemo.se.fatigue.desc',
          }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Feeling sick (nausea)', { id: 'chemo.se.nausea' }),
          description: msg('You may feel sick to your stomach.', { id: 'chemo.se.nausea.desc' }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Throwing up (vomiting)', { id: 'chemo.se.vomiting' }),
          description: msg('You may throw up.', { id: 'chemo.se.vomiting.desc' }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Diarrhea', { id: 'chemo.se.diarrhea' }),
          description: msg('You may have loose, watery poop more often.', {
            id: 'chemo.se.diarrhea.desc',
          }),
          sources: ['seed-us-hospital'],
        },
      ],
      urgent: [
        msg('Your vomiting or diarrhea is severe or does not go away.', {
          id: 'chemo.se.urgent.vomitingDiarrhea',
        }),
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'chemo.se.urgent.worried',
        }),
      ],
    }),
  },
};
