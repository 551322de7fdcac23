import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Chemotherapy. Every message's quotes are in chemotherapy.evidence.json.
 * Seeds: 001 (stops growth by killing cells or stopping them dividing; by mouth or into a vein or
 * muscle; one or more drugs; about 1 in 5 patients in a survey), 002 (alone or with other
 * treatments; when the tumor causes symptoms or has spread; chemoembolization; side effects),
 * 003 (cytotoxic drugs; systemic; catheter into a vein or pill/capsule; depends on where the NET
 * started).
 * Public pages read 2026-12-01: American Cancer Society (pancreatic NETs: when it is used, drugs,
 * cycles, where it is given), Cancer Research UK (not usually the first choice; fast-growing NETs;
 * drug combinations), Canadian Cancer Society (more often for NECs; chemoembolization through the
 * catheter), CDC (fever of 100.4°F (38°C) or higher, infection signs, when the risk is highest,
 * day-or-night numbers), CRUK and The Christie (999 signs), Leeds Cancer Centre (vomiting,
 * diarrhea, bruising), and the other urgent-advice sources (urgent-advice.ts).
 * Drug examples: the drugs both the ACS and CRUK lists name (generic names only: brand names
 * differ by country and no UK or Canadian source gave them). Cycle length: "a few weeks" covers
 * the ACS version read ("most often 2 or 3 weeks"), the newer ACS version ("2 to 6 weeks", seen
 * only on an unofficial copy) and CRUK's current page (a 3-week example).
 * Side effects: no source read lists them for the NET regimens (the ACS and CCS pages were cut off
 * before their side-effect sections), so the intro says they depend on the drugs (Macmillan) and
 * the list keeps seed 002's general items (second reader C-2).
 * Chemoembolization's side effects and when to call are on the liver-directed therapy card (C-3).
 */
export const chemotherapy: Therapy = {
  id: 'chemotherapy',
  status: 'standard',
  delivery: ['drip', 'tablet', 'injection'],
  aims: ['slow-growth'],
  sources: [
    'seed-netrf',
    'seed-us-hospital',
    'seed-ipsen-uk',
    'acs-pnet-chemotherapy',
    'ccs-net-liver-directed-therapy',
    'cruk-net-chemotherapy-having',
    'ccs-net-chemotherapy',
    'cdc-preventing-infections',
    'cdc-watch-out-for-fever',
    'cuh-round-the-clock-help',
    'cruk-net-chemotherapy-treatment',
    'ccs-neuroendocrine-types',
    'macmillan-hae-nets',
    'northwestern-chemoembolization',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
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
      msg('When the NET is fast growing (high grade).', { id: 'chemo.whenUsed.grade' }),
      msg('When other treatments have not worked. It is not usually the first choice for NETs.', {
        id: 'chemo.whenUsed.otherTreatments',
      }),
      msg(
        'For neuroendocrine carcinomas (NECs). These are fast-growing neuroendocrine cancers, and chemotherapy is used more often for them than for NETs.',
        { id: 'chemo.whenUsed.nec' },
      ),
      msg('For some NETs, such as NETs in the pancreas or in the lungs.', {
        id: 'chemo.whenUsed.sites',
      }),
      msg(
        'For a NET that has spread to the liver. A thin tube can take the drugs straight to the tumor (chemoembolization).',
        { id: 'chemo.whenUsed.liver' },
      ),
    ],
    howGiven: msg(
      'Often through a thin tube (catheter) put into a vein, or as a pill or capsule. One drug or several drugs may be used together, and for NETs you often have 2 or 3. The type of chemotherapy depends on where in the body the NET started.',
      { id: 'chemo.howGiven' },
    ),
    experience: {
      howOften: msg(
        'Chemotherapy is given in cycles: a time of treatment, then a rest to give your body time to recover. Cycles often last a few weeks: ask your team how long yours will be. How long treatment lasts depends on how well it works and on your side effects.',
        { id: 'chemo.experience.howOften' },
      ),
      hospital: msg(
        "You can have it in a doctor's office, a chemotherapy clinic or a hospital. A drug given into a vein through an IV (a drip) may take a few minutes or longer. Some people have a thin tube put into a large vein in the chest, which stays in during treatment.",
        { id: 'chemo.experience.hospital' },
      ),
      dailyLife: msg(
        "Chemotherapy can lower the number of white blood cells that fight infection. Your risk of infection is often highest 7 to 12 days after each dose: ask your team when yours is. Keep your care team's phone numbers with you, for when the office is open and when it is closed.",
        { id: 'chemo.experience.dailyLife' },
      ),
    },
    examples: [
      {
        name: msg('Streptozocin, with fluorouracil (5-FU) or doxorubicin', {
          id: 'chemo.example.streptozocin',
        }),
        sources: ['acs-pnet-chemotherapy', 'cruk-net-chemotherapy-having', 'cruk-net-chemotherapy-treatment'],
      },
      {
        name: msg('Temozolomide, sometimes with capecitabine', { id: 'chemo.example.temozolomide' }),
        sources: ['acs-pnet-chemotherapy', 'cruk-net-chemotherapy-having', 'cruk-net-chemotherapy-treatment'],
      },
      {
        name: msg('Etoposide, with cisplatin or carboplatin (often for NECs)', { id: 'chemo.example.etoposide' }),
        sources: ['cruk-net-chemotherapy-having', 'cruk-net-chemotherapy-treatment'],
      },
    ],
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
        name: msg('Chemotherapy sent straight to a liver tumor (chemoembolization)', {
          id: 'chemo.subtype.chemoembolization',
        }),
        description: msg(
          'A thin tube in a blood vessel takes the drugs straight to the tumor in the liver. This may be an option when a NET has spread to the liver. Its side effects and when to call are different: see liver-directed therapy.',
          { id: 'chemo.subtype.chemoembolization.desc' },
        ),
        sources: [
          'seed-us-hospital',
          'ccs-net-chemotherapy',
          'ccs-net-liver-directed-therapy',
          'macmillan-hae-nets',
          'northwestern-chemoembolization',
        ],
      },
    ],
    subtypesTitle: msg('Ways chemotherapy is given', { id: 'chemo.subtypesTitle' }),
    question: msg('When is my risk of infection highest, and which number do I call at night?', {
      id: 'chemo.question',
    }),
    compare: {
      what: msg('Anti-cancer drugs that kill cancer cells or stop them from dividing.', {
        id: 'chemo.compare.what',
      }),
      given: msg('Into a vein or as pills, in cycles that often last a few weeks.', {
        id: 'chemo.compare.given',
      }),
      hospital: msg("Given in a doctor's office, a chemotherapy clinic or a hospital.", {
        id: 'chemo.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'seed-us-hospital',
      'cdc-preventing-infections',
      'cdc-watch-out-for-fever',
      'cdc-patients-caregivers',
      'christie-infection-fever',
      'cruk-symptoms-of-infection',
      'cruk-symptoms-of-infection-current',
      'leeds-unwell-after-treatment',
      'uhb-acute-oncology',
      'cuh-round-the-clock-help',
      'nice-cg151-unwell',
      'roswell-park-chemo-side-effects',
      'oncolink-neutropenic-fever',
      'lhsc-fever-card',
      'sunnybrook-fever-neutropenia',
      'royal-surrey-oncology-hotline',
      'macmillan-chemo-side-effects',
      'ccs-net-chemotherapy',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      intro: msg(
        'Side effects depend on which drugs you have, and you will not have them all. Your care team can tell you which are likely and how they may affect your quality of life. Chemotherapy can also make infections more likely, so learn the warning signs below.',
        { id: 'chemo.se.intro' },
      ),
      items: [
        {
          name: msg('Infections (low white blood cells)', { id: 'chemo.se.infection' }),
          description: msg(
            'Chemotherapy can lower the number of white blood cells that fight infection. An infection can get worse quickly, so it needs treatment right away.',
            { id: 'chemo.se.infection.desc' },
          ),
          helps: msg(
            'Take your temperature any time you feel warm, chilled or unwell. Some painkillers, such as acetaminophen and ibuprofen, can hide a fever. If you go to the emergency room, say that you are having chemotherapy.',
            { id: 'chemo.se.infection.helps' },
          ),
          sources: [
            'cdc-preventing-infections',
            'christie-infection-fever',
            'cruk-symptoms-of-infection',
            'sunnybrook-fever-neutropenia',
            'cdc-watch-out-for-fever',
            'lhsc-fever-card',
          ],
        },
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
          name: msg('Tiredness (fatigue)', { id: 'chemo.se.fatigue' }),
          description: msg('You may feel tired or low in energy.', {
            id: 'chemo.se.fatigue.desc',
          }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Nausea (feeling sick to your stomach)', { id: 'chemo.se.nausea' }),
          description: msg('Your stomach may feel unsettled, as if you might throw up.', {
            id: 'chemo.se.nausea.desc',
          }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Throwing up (vomiting)', { id: 'chemo.se.vomiting' }),
          description: msg('You may throw up.', { id: 'chemo.se.vomiting.desc' }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Diarrhea', { id: 'chemo.se.diarrhea' }),
          description: msg('You may have loose, watery stools more often.', {
            id: 'chemo.se.diarrhea.desc',
          }),
          sources: ['seed-us-hospital'],
        },
      ],
      urgent: {
        emergency: [
          msg('You are confused, or your speech is slurred.', { id: 'chemo.se.urgent.emergency.confusion' }),
          msg('You have chest pain, or you are struggling to breathe.', {
            id: 'chemo.se.urgent.emergency.chestPain',
          }),
          msg('You have heavy bleeding.', { id: 'chemo.se.urgent.emergency.bleeding' }),
          msg('You have not passed any urine all day.', { id: 'chemo.se.urgent.emergency.noUrine' }),
        ],
        now: [
          msg('You have a temperature of 100.4°F (38°C) or higher, or a very low temperature.', {
            id: 'chemo.se.urgent.now.fever',
          }),
          msg('You have other signs of infection, such as a cough, a sore throat, or redness or swelling anywhere.', {
            id: 'chemo.se.urgent.now.infection',
          }),
          msg('You feel unwell, even if your temperature is normal.', { id: 'chemo.se.urgent.now.unwell' }),
          msg(
            'Your vomiting is not controlled by your medicine, or your diarrhea is severe or lasts more than 24 hours.',
            { id: 'chemo.se.urgent.vomitingDiarrhea' },
          ),
          msg('You have new bruises, or small blood spots on your skin.', { id: 'chemo.se.urgent.now.bruising' }),
        ],
        nextVisit: [],
      },
    }),
  },
};
