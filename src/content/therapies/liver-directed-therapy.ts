import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Liver-directed therapy: embolization, chemoembolization, radioembolization.
 * Seeds: 004 (NETs often spread to the liver; targets the cancer in the liver directly; mainly
 * used when surgery can't be done), 002 (embolization reduces or cuts off the tumor's blood
 * supply; not surgery but may mean a night in hospital; liver enzymes for days or weeks, fever,
 * pain around the liver; chemoembolization; TheraSphere and SIR-Spheres give radiation directly
 * to liver tumors).
 * Gupta S, "Intra-arterial liver-directed therapies for neuroendocrine hepatic metastases"
 * (cited by seed 004): embolization, chemoembolization and radioembolization are given through a
 * catheter into the liver's arteries and aim to ease hormone symptoms and shrink tumors.
 */
export const liverDirectedTherapy: Therapy = {
  id: 'liver-directed-therapy',
  status: 'standard',
  delivery: ['procedure'],
  aims: ['control-symptoms', 'shrink'],
  sources: ['seed-ccs', 'seed-us-hospital', 'ref-gupta-liver'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Liver-directed therapy', { id: 'ldt.name' }),
    summary: msg(
      'When NETs spread, they often spread to the liver (liver metastases). Liver-directed therapy treats the cancer in the liver directly. It is mainly used when surgery cannot be done.',
      { id: 'ldt.summary' },
    ),
    howItWorks: msg(
      'Some treatments reduce or cut off the blood supply to the tumors in the liver. Others put chemotherapy or radiation straight into the tumors. They can ease symptoms caused by hormones and shrink tumors.',
      { id: 'ldt.howItWorks' },
    ),
    whenUsed: [
      msg('When a NET has spread to the liver.', { id: 'ldt.whenUsed.liver' }),
      msg('When surgery to remove the tumors in the liver cannot be done.', {
        id: 'ldt.whenUsed.noSurgery',
      }),
    ],
    howGiven: msg(
      'As a procedure in the hospital, not an operation. The treatment goes through a thin tube (catheter) into a blood vessel of the liver (artery). You may need to stay in the hospital overnight.',
      { id: 'ldt.howGiven' },
    ),
    examples: [],
    subtypes: [
      {
        name: msg('Blocking the blood supply (embolization)', { id: 'ldt.subtype.embolization' }),
        description: msg('Reduces or cuts off the supply of blood to the tumor.', {
          id: 'ldt.subtype.embolization.desc',
        }),
        sources: ['seed-us-hospital', 'ref-gupta-liver'],
      },
      {
        name: msg('Chemotherapy into the tumor (chemoembolization)', {
          id: 'ldt.subtype.chemoembolization',
        }),
        description: msg('Chemotherapy drugs are given straight into the tumor in the liver.', {
          id: 'ldt.subtype.chemoembolization.desc',
        }),
        sources: ['seed-us-hospital', 'ref-gupta-liver'],
      },
      {
        name: msg('Radiation into the tumor (radioembolization)', {
          id: 'ldt.subtype.radioembolization',
        }),
        description: msg(
          'Treatments such as TheraSphere and SIR-Spheres give radiation directly to tumors in the liver.',
          { id: 'ldt.subtype.radioembolization.desc' },
        ),
        sources: ['seed-us-hospital', 'ref-gupta-liver'],
      },
    ],
    subtypesTitle: msg('Kinds of liver-directed therapy', { id: 'ldt.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['seed-us-hospital'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Our sources describe the side effects of embolization. Ask your care team which ones may apply to the treatment you are offered.',
        { id: 'ldt.se.intro' },
      ),
      items: [
        {
          name: msg('Changes in liver blood tests (liver enzymes)', { id: 'ldt.se.enzymes' }),
          description: msg(
            'Embolization can change the levels of liver enzymes for a few days or weeks after the treatment.',
            { id: 'ldt.se.enzymes.desc' },
          ),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Fever', { id: 'ldt.se.fever' }),
          description: msg('You may have a fever after embolization.', { id: 'ldt.se.fever.desc' }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Pain around the liver', { id: 'ldt.se.pain' }),
          description: msg('You may have pain in the area around your liver.', {
            id: 'ldt.se.pain.desc',
          }),
          sources: ['seed-us-hospital'],
        },
      ],
      urgent: [
        msg('Your fever gets worse or does not go away.', { id: 'ldt.se.urgent.fever' }),
        msg('The pain around your liver gets worse or does not go away.', { id: 'ldt.se.urgent.pain' }),
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'ldt.se.urgent.worried',
        }),
      ],
    }),
  },
};
