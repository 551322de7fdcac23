import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Targeted therapy: everolimus and sunitinib.
 * Seeds: 000 (targets features that make cancer cells different; many are taken by mouth; block
 * substances cancers need to grow; less damage to healthy cells than chemotherapy; used when the
 * cancer has spread or does not respond to SSAs; may be combined with other treatments),
 * 001 (a few are approved for NETs; VEGF antibodies and VEGF tyrosine kinase inhibitors being
 * studied), 002 (Afinitor, Sutent; extra tests may be needed to find the right one), 003 (most
 * people have first had somatostatin analogues).
 * Side effects and how each drug works: American Cancer Society, "Targeted Drug Therapy for
 * Pancreatic Neuroendocrine Tumor", cited by seed 000. Brand names per region: CONTENT.md §3.
 */
export const targetedTherapy: Therapy = {
  id: 'targeted-therapy',
  status: 'approved',
  delivery: ['tablet'],
  aims: ['slow-growth'],
  sources: [
    'seed-us-health',
    'seed-us-hospital',
    'seed-netrf',
    'seed-ipsen-uk',
    'ref-acs-pnet-targeted',
    'regional-facts',
  ],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Targeted therapy', { id: 'tt.name' }),
    summary: msg(
      'Targeted therapy drugs act on the things that make cancer cells different from healthy cells. They may stop or slow the growth of the cancer. They usually do less harm to healthy cells than chemotherapy does.',
      { id: 'tt.summary' },
    ),
    howItWorks: msg(
      'Many of these drugs block substances that cancer cells need to grow and spread. Some block signals that tell cells to grow and divide. Others stop new blood vessels from growing into the tumor.',
      { id: 'tt.howItWorks' },
    ),
    whenUsed: [
      msg('When the NET has spread, because these drugs act on cancer cells all over the body.', {
        id: 'tt.whenUsed.spread',
      }),
      msg('When the NET does not respond to somatostatin analogs. Most people have had those first.', {
        id: 'tt.whenUsed.afterSsa',
      }),
      msg('Together with chemotherapy, surgery or other procedures.', { id: 'tt.whenUsed.combined' }),
    ],
    howGiven: msg(
      'Many targeted drugs are taken by mouth. Everolimus and sunitinib are both taken once a day. Your care team may need to run extra tests on the tumor to find the right drug for you.',
      { id: 'tt.howGiven' },
    ),
    examples: [
      {
        name: msg('Everolimus (Afinitor)', { id: 'tt.example.everolimus' }),
        description: msg(
          'Blocks a protein called mTOR, which helps cells grow and divide. It has been shown to help treat advanced NETs of the pancreas.',
          { id: 'tt.example.everolimus.desc' },
        ),
        sources: ['seed-us-hospital', 'ref-acs-pnet-targeted', 'regional-facts'],
      },
      {
        name: msg('Sunitinib (Sutent)', { id: 'tt.example.sunitinib' }),
        description: msg(
          'Blocks proteins that help cancer cells grow (tyrosine kinases) and attacks the growth of new blood vessels. It can help slow tumor growth.',
          { id: 'tt.example.sunitinib.desc' },
        ),
        sources: ['seed-us-hospital', 'ref-acs-pnet-targeted', 'regional-facts'],
      },
    ],
    subtypes: [
      {
        name: msg('Lab-made antibodies against VEGF (VEGF monoclonal antibodies)', {
          id: 'tt.subtype.vegfAntibodies',
        }),
        sources: ['seed-netrf'],
      },
      {
        name: msg('Drugs that block VEGF signals (VEGF tyrosine kinase inhibitors)', {
          id: 'tt.subtype.vegfTki',
        }),
        sources: ['seed-netrf'],
      },
    ],
    subtypesTitle: msg('Kinds being studied for NETs', { id: 'tt.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['ref-acs-pnet-targeted'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Side effects depend on which drug you take. Targeted drugs often have different side effects from chemotherapy. Not everyone gets them.',
        { id: 'tt.se.intro' },
      ),
      items: [
        {
          name: msg('Mouth sores', { id: 'tt.se.mouthSores' }),
          description: msg('Sore spots may form inside your mouth. This can happen with both drugs.', {
            id: 'tt.se.mouthSores.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Feeling sick (nausea)', { id: 'tt.se.nausea' }),
          description: msg('You may feel sick to your stomach. This can happen with both drugs.', {
            id: 'tt.se.nausea.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Diarrhea', { id: 'tt.se.diarrhea' }),
          description: msg('You may have loose, watery poop more often. This can happen with both drugs.', {
            id: 'tt.se.diarrhea.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Feeling tired or weak (fatigue)', { id: 'tt.se.fatigue' }),
          description: msg('You may feel tired or weak. This can happen with both drugs.', {
            id: 'tt.se.fatigue.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Infections', { id: 'tt.se.infections' }),
          description: msg('Everolimus can make infections more likely.', {
            id: 'tt.se.infections.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Loss of appetite', { id: 'tt.se.appetite' }),
          description: msg('With everolimus, you may not feel like eating.', {
            id: 'tt.se.appetite.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Skin changes', { id: 'tt.se.skin' }),
          description: msg('Everolimus can cause a skin rash. Sunitinib can change the color of your skin or hair.', {
            id: 'tt.se.skin.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Swelling from fluid buildup (edema)', { id: 'tt.se.fluid' }),
          description: msg('With everolimus, fluid can build up in the body, usually in the legs.', {
            id: 'tt.se.fluid.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Higher blood sugar and cholesterol', { id: 'tt.se.sugar' }),
          description: msg('Everolimus can raise the levels of sugar and cholesterol in your blood.', {
            id: 'tt.se.sugar.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Low blood cell counts', { id: 'tt.se.bloodCounts' }),
          description: msg('Sunitinib can lower the number of cells in your blood.', {
            id: 'tt.se.bloodCounts.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('High blood pressure (hypertension)', { id: 'tt.se.bloodPressure' }),
          description: msg('Sunitinib can raise your blood pressure.', {
            id: 'tt.se.bloodPressure.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Painful red hands and feet (hand-foot syndrome)', {
            id: 'tt.se.handFoot',
          }),
          description: msg(
            'With sunitinib, your palms and the soles of your feet may become red and painful. The skin there may peel.',
            { id: 'tt.se.handFoot.desc' },
          ),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Bleeding', { id: 'tt.se.bleeding' }),
          description: msg('Sunitinib can cause bleeding.', { id: 'tt.se.bleeding.desc' }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Heart problems', { id: 'tt.se.heart' }),
          description: msg('Sunitinib can cause problems with the heart.', { id: 'tt.se.heart.desc' }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Low thyroid hormone levels (hypothyroidism)', { id: 'tt.se.thyroid' }),
          description: msg('Sunitinib can lower the level of thyroid hormone in your body.', {
            id: 'tt.se.thyroid.desc',
          }),
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Lung damage', { id: 'tt.se.lungs' }),
          description: msg(
            'Everolimus can sometimes cause serious lung problems. This is not common. It can make you short of breath.',
            { id: 'tt.se.lungs.desc' },
          ),
          sources: ['ref-acs-pnet-targeted'],
        },
      ],
      urgent: [
        msg('You are short of breath, or have new problems breathing.', {
          id: 'tt.se.urgent.breathing',
        }),
        msg('You have bleeding that is not usual for you.', { id: 'tt.se.urgent.bleeding' }),
        msg('You think you may have an infection.', { id: 'tt.se.urgent.infection' }),
        msg('Your diarrhea or nausea is severe or does not go away.', {
          id: 'tt.se.urgent.diarrhea',
        }),
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'tt.se.urgent.worried',
        }),
      ],
    }),
  },
};
