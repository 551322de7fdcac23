import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Targeted therapy: everolimus, sunitinib and cabozantinib. Every message's quotes are in
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
 * (everolimus): `frequency` follows that split; the sunitinib "other possible" effects carry no
 * frequency (second reader TT-2). Sunitinib is for NETs of the pancreas (ACS, CCS, NICE).
 * Everolimus is also used for some NETs of the gut or lung that do not make extra hormones (ACS
 * "Targeted therapy and Other Drugs for Gastrointestinal Neuroendocrine Tumors", the Afinitor US
 * lung-NET and pNET pages, NICE TA449 1.2). Cabozantinib: the current ACS GI NET page (its use,
 * once a day, "most common" / "rare, but serious" side effects) and the FDA label record (its
 * Indications and Usage section lists Neuroendocrine Tumors, 03/2025).
 * Urgent advice: the manufacturers' US patient pages (Afinitor, Sutent), CRUK and Macmillan drug
 * pages, OncoLink's neutropenic-fever threshold (100.4°F / 38°C, for both drugs: UPMC says
 * sunitinib's low blood counts raise the risk of infection), and the general 999 / 911 guidance
 * (The Christie, Royal Surrey, WMAS, Roswell Park). No source gives a "tell us at your next visit"
 * item, so that level is empty (the sources say to report side effects as soon as you notice them).
 * The drug list follows the pages read and may not be complete: belzutifan is not on the card (the
 * ACS pNET page read was cut off before its uses, which start "can be used in people with von
 * H…"), and the pNET version of the ACS page that adds cabozantinib was only seen on an
 * unofficial copy.
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
    'macmillan-everolimus',
    'nice-ta449',
    'pfizer-sutent-safety',
    'novartis-afinitor-pnet-faq',
    'novartis-afinitor-lung-net',
    'acs-gi-net-targeted',
    'fda-cabometyx-label',
    'stjude-sunitinib',
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
        'For some advanced NETs of the gut or lung. Everolimus is used for those that do not make extra hormones, and cabozantinib for some NETs of the gut.',
        { id: 'tt.whenUsed.gutLung' },
      ),
      msg(
        'When the NET has spread or cannot be removed with surgery. These drugs act on cancer cells all over the body.',
        { id: 'tt.whenUsed.spread' },
      ),
      msg(
        'When the NET does not respond to somatostatin analogs, or other treatments stop working. Most people have had somatostatin analogs first.',
        { id: 'tt.whenUsed.afterSsa' },
      ),
      msg('Sometimes together with chemotherapy, surgery or other procedures.', { id: 'tt.whenUsed.combined' }),
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
        "You have blood tests before and during treatment, to check your blood cells, liver and kidneys. Do not eat grapefruit or drink grapefruit juice while you take everolimus or sunitinib. With sunitinib, do not take St. John's wort.",
        { id: 'tt.experience.dailyLife' },
      ),
    },
    examples: [
      {
        name: msg('Everolimus (Afinitor)', { id: 'tt.example.everolimus' }),
        description: msg(
          'Blocks a protein called mTOR, which helps cells grow and divide. It is used for some advanced NETs of the pancreas, gut or lung.',
          { id: 'tt.example.everolimus.desc' },
        ),
        sources: [
          'seed-us-hospital',
          'ref-acs-pnet-targeted',
          'acs-gi-net-targeted',
          'novartis-afinitor-lung-net',
          'cruk-everolimus',
          'macmillan-everolimus',
        ],
      },
      {
        name: msg('Sunitinib (Sutent)', { id: 'tt.example.sunitinib' }),
        description: msg(
          'Blocks proteins that help cancer cells grow (tyrosine kinases) and attacks the growth of new blood vessels. It is used for advanced NETs that start in the pancreas, and can help slow their growth.',
          { id: 'tt.example.sunitinib.desc' },
        ),
        sources: ['seed-us-hospital', 'ref-acs-pnet-targeted', 'ccs-net-targeted-therapy', 'cruk-sunitinib'],
      },
      {
        name: msg('Cabozantinib (Cabometyx)', { id: 'tt.example.cabozantinib' }),
        description: msg(
          'Blocks proteins that help the tumor grow and divide (tyrosine kinases), and can help slow tumor growth. It is a pill taken once a day, used for some NETs of the gut.',
          { id: 'tt.example.cabozantinib.desc' },
        ),
        sources: ['acs-gi-net-targeted', 'fda-cabometyx-label'],
      },
    ],
    subtypes: [
      {
        name: msg('Lab-made antibodies that block a signal for new blood vessels (VEGF monoclonal antibodies)', {
          id: 'tt.subtype.vegfAntibodies',
        }),
        sources: ['seed-netrf', 'stjude-sunitinib', 'ref-acs-pnet-targeted'],
      },
      {
        name: msg('Other drugs that block this signal (VEGF tyrosine kinase inhibitors)', {
          id: 'tt.subtype.vegfTki',
        }),
        description: msg(
          'Tumors need new blood vessels to grow, and these drugs block a signal for them. More drugs of this kind are being studied for NETs.',
          { id: 'tt.subtype.vegfTki.desc' },
        ),
        sources: ['seed-netrf', 'stjude-sunitinib', 'ref-acs-pnet-targeted'],
      },
    ],
    subtypesTitle: msg('Other kinds being studied for NETs', { id: 'tt.subtypesTitle' }),
    approval: msg(
      'A few targeted drugs are approved for NETs. In the US, cabozantinib (Cabometyx) is one of them. Ask your care team which ones could be used for your NET.',
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
      'acs-gi-net-targeted',
      'upmc-sunitinib',
      'oncolink-neutropenic-fever',
      'christie-infection-fever',
      'royal-surrey-oncology-hotline',
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
          description: msg('Sore spots may form inside your mouth. This is common with everolimus and sunitinib.', {
            id: 'tt.se.mouthSores.desc',
          }),
          frequency: 'common',
          helps: msg('With everolimus, your care team may give you a mouthwash to help prevent mouth sores.', {
            id: 'tt.se.mouthSores.helps',
          }),
          sources: ['ref-acs-pnet-targeted', 'novartis-afinitor-pnet-faq'],
        },
        {
          name: msg('Nausea (feeling sick to your stomach)', { id: 'tt.se.nausea' }),
          description: msg(
            'Your stomach may feel unsettled, as if you might throw up. This is common with everolimus and sunitinib.',
            {
              id: 'tt.se.nausea.desc',
            },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Diarrhea', { id: 'tt.se.diarrhea' }),
          description: msg(
            'You may have loose, watery stools more often. This is common with everolimus and sunitinib.',
            {
              id: 'tt.se.diarrhea.desc',
            },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Feeling weak or tired (fatigue)', { id: 'tt.se.fatigue' }),
          description: msg(
            'Feeling tired or weak is common with everolimus. With sunitinib, weakness is common, and tiredness is also possible.',
            { id: 'tt.se.fatigue.desc' },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Skin and hair changes', { id: 'tt.se.skin' }),
          description: msg(
            'A skin rash is common with everolimus. With sunitinib, changes in the color of your skin or hair are common. The medicine in sunitinib capsules is yellow, and it may make your skin and hair look yellow or lighter.',
            { id: 'tt.se.skin.desc' },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted', 'pfizer-sutent-side-effects'],
        },
        {
          name: msg('Low blood cell counts', { id: 'tt.se.bloodCounts' }),
          description: msg(
            'Low blood cell counts are common with sunitinib. They can make infections, tiredness and bleeding more likely.',
            { id: 'tt.se.bloodCounts.desc' },
          ),
          frequency: 'common',
          sources: ['ref-acs-pnet-targeted', 'upmc-sunitinib'],
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
          description: msg(
            'Sunitinib can cause problems with the heart. Tell your care team if you feel very tired or your feet and ankles swell. For shortness of breath, see when to get help below.',
            { id: 'tt.se.heart.desc' },
          ),
          sources: ['ref-acs-pnet-targeted', 'pfizer-sutent-safety'],
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
            'Everolimus can sometimes cause serious lung problems. This is less common. It can make you short of breath.',
            { id: 'tt.se.lungs.desc' },
          ),
          frequency: 'less-common',
          sources: ['ref-acs-pnet-targeted'],
        },
        {
          name: msg('Common side effects of cabozantinib', { id: 'tt.se.cabozantinib' }),
          description: msg(
            'With cabozantinib, the most common side effects are nausea, vomiting, diarrhea, constipation, tiredness, poor appetite and high blood pressure.',
            { id: 'tt.se.cabozantinib.desc' },
          ),
          frequency: 'common',
          sources: ['acs-gi-net-targeted'],
        },
        {
          name: msg('Rare but serious side effects of cabozantinib', { id: 'tt.se.cabozantinibSerious' }),
          description: msg(
            'They include bleeding, blood clots, very high blood pressure, and painful, peeling hands and feet. They also include liver damage, slow wound healing and harm to an unborn baby.',
            { id: 'tt.se.cabozantinibSerious.desc' },
          ),
          frequency: 'less-common',
          sources: ['acs-gi-net-targeted'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have chest pain, or you are struggling to breathe.', {
            id: 'tt.se.urgent.emergency.chestPain',
          }),
          msg('Your tongue, mouth or throat swells.', { id: 'tt.se.urgent.emergency.allergy' }),
          msg('You have heavy bleeding.', { id: 'tt.se.urgent.emergency.bleeding' }),
        ],
        now: [
          msg('You have a temperature of 100.4°F (38°C) or higher, chills, or you feel unwell.', {
            id: 'tt.se.urgent.infection',
          }),
          msg('You have a new or worse cough, wheezing, or shortness of breath.', {
            id: 'tt.se.urgent.breathing',
          }),
          msg(
            'You take sunitinib and have yellow eyes, dark urine, pain in your upper right belly, itching, or yellow skin.',
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
