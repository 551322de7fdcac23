import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Targeted therapy: everolimus and sunitinib. Every message's quotes are in
 * targeted-therapy.evidence.json.
 * Seeds: 000 (targets features that make cancer cells different; many are taken by mouth; block
 * substances cancers need to grow; less damage to healthy cells than chemotherapy; used when the
 * cancer has spread or does not respond to SSAs; may be combined with other treatments),
 * 001 (a few are approved for NETs; VEGF antibodies and VEGF tyrosine kinase inhibitors being
 * studied), 002 (Afinitor, Sutent; extra tests may be needed to find the right one), 003 (most
 * people have first had somatostatin analogues).
 * American Cancer Society, "Targeted Drug Therapy for Pancreatic Neuroendocrine Tumor" (cited by
 * seed 000): how each drug works, once a day, and the side effects, which it separates into
 * "most common" / "other possible" (sunitinib) and "common" / "less common but serious"
 * (everolimus): `frequency` follows that split. The evidence is for NETs of the pancreas, and the
 * card says so (sunitinib: also CCS; everolimus in other NETs: NICE TA449, en-GB only).
 * Urgent advice: the manufacturers' US patient pages (Afinitor, Sutent), CRUK and Macmillan drug
 * pages, and the general 999 / 911 guidance in urgent-advice.ts. No source gives a "tell us at
 * your next visit" item, so that level is empty (the sources say to report side effects as soon
 * as you notice them).
 * Not on the card: belzutifan and cabozantinib (the ACS page read was cut off before belzutifan's
 * uses and side effects, and had no cabozantinib section): a clinical reviewer must decide.
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
    'ccs-net-targeted-therapy',
    'cruk-net-targeted-drugs',
    'cruk-sunitinib',
    'cruk-everolimus',
    'macmillan-sunitinib',
    'nice-ta449',
    'pfizer-sutent-safety',
    'novartis-afinitor-pnet-faq',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
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
      msg(
        'For advanced NETs that start in the pancreas (pancreatic NETs). Everolimus and sunitinib have been shown to help with these NETs.',
        { id: 'tt.whenUsed.pancreas' },
      ),
      msg(
        'When the NET has spread or cannot be removed with surgery. These drugs act on cancer cells all over the body.',
        { id: 'tt.whenUsed.spread' },
      ),
      msg(
        'When the NET does not respond to somatostatin analogs, or other treatments stop working. Most people have had somatostatin analogs first.',
        { id: 'tt.whenUsed.afterSsa' },
      ),
      msg('Together with chemotherapy, surgery or other procedures.', { id: 'tt.whenUsed.combined' }),
    ],
    howGiven: msg(
      'Many targeted drugs are taken by mouth. Everolimus (a tablet) and sunitinib (a capsule) are both taken once a day, with or without food. Your care team may need to run extra tests on the tumor to find the right drug for you.',
      { id: 'tt.howGiven' },
    ),
    experience: {
      howOften: msg(
        'You take the drug at home, at the same time each day. For pancreatic NETs, sunitinib is taken every day with no breaks. You keep taking it for as long as it works and the side effects are not too bad.',
        { id: 'tt.experience.howOften' },
      ),
      hospital: msg('You take these drugs at home.', { id: 'tt.experience.hospital' }),
      dailyLife: msg(
        "You have blood tests before and during treatment, to check your blood cells, liver and kidneys. Do not eat grapefruit or drink grapefruit juice while you take these drugs. With sunitinib, do not take St. John's wort.",
        { id: 'tt.experience.dailyLife' },
      ),
    },
    examples: [
      {
        name: msg('Everolimus (Afinitor)', { id: 'tt.example.everolimus' }),
        description: msg(
          'Blocks a protein called mTOR, which helps cells grow and divide. It has been shown to help treat advanced NETs that start in the pancreas.',
          { id: 'tt.example.everolimus.desc' },
        ),
        sources: ['seed-us-hospital', 'ref-acs-pnet-targeted', 'cruk-everolimus'],
      },
      {
        name: msg('Sunitinib (Sutent)', { id: 'tt.example.sunitinib' }),
        description: msg(
          'Blocks proteins that help cancer cells grow (tyrosine kinases) and attacks the growth of new blood vessels. It is used for advanced NETs that start in the pancreas, and can help slow their growth.',
          { id: 'tt.example.sunitinib.desc' },
        ),
        sources: ['seed-us-hospital', 'ref-acs-pnet-targeted', 'ccs-net-targeted-therapy', 'cruk-sunitinib'],
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
        description: msg(
          'Sunitinib is a drug that blocks tyrosine kinases (a TKI). Other drugs of this kind are being studied for NETs.',
          { id: 'tt.subtype.vegfTki.desc' },
        ),
        sources: ['seed-netrf', 'ccs-net-targeted-therapy'],
      },
    ],
    subtypesTitle: msg('Other kinds being studied for NETs', { id: 'tt.subtypesTitle' }),
    approval: msg(
      'A few targeted drugs are approved for NETs. Ask your care team which ones could be used for your NET.',
      {
        id: 'tt.approval',
      },
    ),
    question: msg('Which tests will you do to choose the right drug, and how often will I need blood tests?', {
      id: 'tt.question',
    }),
    compare: {
      what: msg('Drugs that act on the things that make cancer cells different from healthy cells.', {
        id: 'tt.compare.what',
      }),
      given: msg('A tablet or capsule you take at home, once a day.', { id: 'tt.compare.given' }),
      hospital: msg('Taken at home, with regular blood tests.', { id: 'tt.compare.hospital' }),
    },
  }),
  sideEffects: {
    sources: [
      'ref-acs-pnet-targeted',
      'macmillan-everolimus',
      'cruk-everolimus',
      'novartis-afinitor-side-effects',
      'novartis-afinitor-pnet-faq',
      'pfizer-sutent-safety',
      'pfizer-sutent-side-effects',
      'christie-infection-fever',
      'wmas-999-or-111',
      'roswell-park-chemo-side-effects',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      intro: msg(
        'Side effects depend on which drug you take. Targeted drugs often have different side effects from chemotherapy. Rarely, side effects can be life-threatening, so learn the warning signs below.',
        { id: 'tt.se.intro' },
      ),
      items: [
        {
          name: msg('Mouth sores', { id: 'tt.se.mouthSores' }),
          description: msg('Sore spots may form inside your mouth. This is common with both drugs.', {
            id: 'tt.se.mouthSores.desc',
          }),
          frequency: 'common',
          helps: msg('With everolimus, your care team may give you a mouthwash to help prevent mouth sores.', {
            id: 'tt.se.mouthSores.helps',
          }),
          sources: ['ref-acs-pnet-targeted', 'novartis-afinitor-pnet-faq'],
        },
        {
          name: msg('Feeling sick (nausea)', { id: 'tt.se.nausea' }),
          description: msg('You may feel sick to your stomach. This is common with both drugs.', {
            id: 'tt.se.nausea.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Diarrhea', { id: 'tt.se.diarrhea' }),
          description: msg('You may have loose, watery stools more often. This is common with both drugs.', {
            id: 'tt.se.diarrhea.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Feeling weak or tired (fatigue)', { id: 'tt.se.fatigue' }),
          description: msg(
            'Feeling tired or weak is common with everolimus. With sunitinib, weakness is common and tiredness is less common.',
            { id: 'tt.se.fatigue.desc' },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Skin and hair changes', { id: 'tt.se.skin' }),
          description: msg(
            'A skin rash is common with everolimus. With sunitinib, changes in the color of your skin or hair are common.',
            { id: 'tt.se.skin.desc' },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Low blood cell counts', { id: 'tt.se.bloodCounts' }),
          description: msg('Sunitinib can lower the number of cells in your blood. This is common.', {
            id: 'tt.se.bloodCounts.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Infections', { id: 'tt.se.infections' }),
          description: msg('Infections are common with everolimus.', {
            id: 'tt.se.infections.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Loss of appetite', { id: 'tt.se.appetite' }),
          description: msg('With everolimus, you may not feel like eating.', {
            id: 'tt.se.appetite.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Swelling from fluid buildup (edema)', { id: 'tt.se.fluid' }),
          description: msg('With everolimus, fluid can build up in the body, usually in the legs.', {
            id: 'tt.se.fluid.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Higher blood sugar and cholesterol', { id: 'tt.se.sugar' }),
          description: msg('Everolimus can raise the levels of sugar and cholesterol in your blood.', {
            id: 'tt.se.sugar.desc',
          }),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('High blood pressure (hypertension)', { id: 'tt.se.bloodPressure' }),
          description: msg('Sunitinib can raise your blood pressure.', {
            id: 'tt.se.bloodPressure.desc',
          }),
          frequency: 'less-common',
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
          frequency: 'less-common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Bleeding', { id: 'tt.se.bleeding' }),
          description: msg('Sunitinib can cause bleeding.', { id: 'tt.se.bleeding.desc' }),
          frequency: 'less-common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Heart problems', { id: 'tt.se.heart' }),
          description: msg(
            'Sunitinib can cause problems with the heart. Tell your care team if you feel very tired, are short of breath, or have swollen feet and ankles.',
            { id: 'tt.se.heart.desc' },
          ),
          frequency: 'less-common',
          sources: ['ref-acs-pnet-targeted', 'pfizer-sutent-safety'],
        },
        {
          name: msg('Low thyroid hormone levels (hypothyroidism)', { id: 'tt.se.thyroid' }),
          description: msg('Sunitinib can lower the level of thyroid hormone in your body.', {
            id: 'tt.se.thyroid.desc',
          }),
          frequency: 'less-common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Lung damage', { id: 'tt.se.lungs' }),
          description: msg(
            'Everolimus can sometimes cause serious lung problems. This is less common. It can make you short of breath.',
            { id: 'tt.se.lungs.desc' },
          ),
          frequency: 'less-common',
          sources: ['ref-acs-pnet-targeted'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have trouble breathing, or your tongue, mouth or throat swells.', {
            id: 'tt.se.urgent.emergency.allergy',
          }),
          msg('You have chest pain.', { id: 'tt.se.urgent.emergency.chestPain' }),
          msg('You have heavy bleeding.', { id: 'tt.se.urgent.emergency.bleeding' }),
        ],
        now: [
          msg('You take everolimus and have a temperature of 100.5°F or higher, chills, or feel unwell.', {
            id: 'tt.se.urgent.infection',
          }),
          msg('You have a new or worse cough, or you are short of breath or wheezing.', {
            id: 'tt.se.urgent.breathing',
          }),
          msg(
            'You take sunitinib and have itching, yellow skin or eyes, dark urine, or pain in your upper right belly.',
            { id: 'tt.se.urgent.now.liver' },
          ),
          msg('You take sunitinib and get a rash, or skin that blisters, cracks or peels in many places.', {
            id: 'tt.se.urgent.now.skin',
          }),
          msg('Your side effects are severe, or they are getting worse.', { id: 'tt.se.urgent.now.severe' }),
        ],
        nextVisit: [],
      },
    }),
  },
};
