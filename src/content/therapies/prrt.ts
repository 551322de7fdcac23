import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Peptide receptor radionuclide therapy (PRRT): Lutathera. Every message's evidence (source and
 * verbatim quote) is in prrt.evidence.json; the regional approval texts rest on the regulators'
 * documents in sources/regulatory.ts (their gaps are listed there).
 *
 * - Aims: seed 003 gives the purpose ("prevent further tumour growth or even destroy the tumour");
 *   the card says only what the sources support as an aim (slow or stop growth; help symptoms) and
 *   no longer says "or even destroy it" (audit 1.8).
 * - Status: approved (FDA, European Commission, Health Canada). Seed 003 (September 2018) still
 *   lists PRRT under treatments "not yet approved"; the European Commission's authorisation of
 *   September 2017 shows that page was out of date, so seed 003 is not used for the status.
 * - Side effects: the manufacturer's US patient pages (industry-sponsored) and Macmillan. No
 *   source gives frequency words beyond "most common and most serious" for one combined list, so
 *   no item carries a frequency. Where a harm rests on the manufacturer alone, the card says "the
 *   maker" (second reader X-13); a US cancer centre (RWJBarnabas) backs the fluids and distance advice.
 * - Serious risks (second reader P-1, P-2, X-3): the manufacturer's safety page was readable only as
 *   headings, so the card names them and sends the reader to the team for likelihood and warning
 *   signs; the carcinoid crisis has its own item with the Canadian Cancer Society's description
 *   (the same wording as the surgery card).
 * - Urgent advice: no source gives a PRRT-specific "call right away" list. The levels use the NHS
 *   acute-oncology pages for anyone after anti-cancer treatment, OncoLink's general fever
 *   threshold (100.4°F / 38°C: low blood counts are among the most common effects), Roswell Park
 *   for 911, and the manufacturer's own advice for the next visit.
 */
export const prrt: Therapy = {
  id: 'prrt',
  status: 'approved',
  delivery: ['drip', 'radiation'],
  aims: ['slow-growth', 'control-symptoms'],
  sources: [
    'seed-us-hospital',
    'seed-ipsen-uk',
    'seed-us-health',
    'ref-nci-prrt',
    'nci-dictionary-lutetium-lu-177-dotatate',
    'cruk-prrt-nets',
    'macmillan-targeted-radionuclide-nets',
    'gstt-lutetium-overview',
    'gstt-after-lutetium',
    'rutgers-cinj-lutathera-infusion',
    'aaa-lutathera-how-given',
    'aaa-lutathera-after-receiving',
    'aaa-lutathera-helpful-hints',
    'aaa-lutathera-radiation-safety',
    'aaa-lutathera-questions',
    'aaa-lutathera-side-effects',
    'rwjbh-cooperman-lutathera',
    'ema-lutathera-epar',
    'fda-openfda-lutathera-ndc',
    'ec-union-register-lutathera',
    'nice-ta539-recommendations',
    'smc-lutathera-1337-18',
    'hc-lutathera-rds00480',
    'cadth-lutathera-pcodr-10142',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Targeted radiation medicine (PRRT)', { id: 'prrt.name' }),
    summary: msg(
      'PRRT is a radiation treatment carried to the cancer cells by a medicine. The medicine attaches to the NET cells and gives them a targeted dose of radiation. It aims to slow or stop the growth of the tumor, and it can help with some symptoms.',
      { id: 'prrt.summary' },
    ),
    howItWorks: msg(
      'A radioactive substance is joined to a medicine that acts like a hormone (a somatostatin analog). In the body, it attaches to parts of the NET cell surface called receptors. It builds up in these cells and gives off radiation, which may help kill them.',
      { id: 'prrt.howItWorks' },
    ),
    whenUsed: [
      msg('For some NETs that started in the pancreas or the gut (GEP-NETs).', { id: 'prrt.whenUsed.certain' }),
      msg('When a scan shows that the NET cells have the receptors the medicine attaches to.', {
        id: 'prrt.whenUsed.receptors',
      }),
      msg('When the NET cannot be fully removed with surgery, or has spread.', { id: 'prrt.whenUsed.advanced' }),
    ],
    howGiven: msg(
      'As an IV infusion into a vein, in a hospital’s nuclear medicine department. Other names for it are targeted radionuclide therapy, radioligand therapy and hormone-delivered radiotherapy.',
      { id: 'prrt.howGiven' },
    ),
    experience: {
      howOften: msg(
        'Usually up to 4 doses, 8 weeks apart, but you and your care team decide what suits you. Blood tests check your liver, kidneys and blood before you start and between doses. If you take a somatostatin analog, tell your team: you may need to stop or change it for a short time.',
        { id: 'prrt.experience.howOften' },
      ),
      hospital: msg(
        'Each treatment takes about 5 hours, with an IV of amino acids to protect your kidneys. You are kept away from other patients while you have it. You may have to wait a short while before you can leave.',
        { id: 'prrt.experience.hospital' },
      ),
      dailyLife: msg(
        'For a few days after each dose, sit down on the toilet, flush twice, and wash your hands. A caregiver who helps you in the bathroom should wear disposable gloves for the first few days. Your team tells you how long to keep your distance from others, especially children and anyone pregnant.',
        { id: 'prrt.experience.dailyLife' },
      ),
    },
    examples: [
      {
        name: msg('Lutathera (lutetium Lu 177 dotatate)', { id: 'prrt.example.lutathera' }),
        description: msg('A radioactive drug that attaches to cancer cells, so that radiation can damage them.', {
          id: 'prrt.example.lutathera.desc',
        }),
        sources: ['seed-us-hospital', 'nci-dictionary-lutetium-lu-177-dotatate'],
      },
    ],
    subtypes: [
      {
        name: msg('Pairing a test with a treatment (theranostics)', { id: 'prrt.subtype.theranostics' }),
        description: msg('It pairs markers that help find cancer cells with a treatment aimed at those same cells.', {
          id: 'prrt.subtype.theranostics.desc',
        }),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('A newer approach', { id: 'prrt.subtypesTitle' }),
    approval: msg(
      'In the US, the FDA has approved Lutathera (lutetium Lu 177 dotatate). It is for NETs of the pancreas or gut that have somatostatin receptors. FDA records show it has been on the US market since 2018.',
      { id: 'prrt.approval' },
    ),
    question: msg(
      'How many doses would I need, and what should my family do to stay safe from the radiation at home?',
      { id: 'prrt.question' },
    ),
    compare: {
      what: msg('A radioactive medicine that attaches to NET cells and gives them a targeted dose of radiation.', {
        id: 'prrt.compare.what',
      }),
      given: msg('An IV infusion in the hospital, usually up to 4 doses, 8 weeks apart.', { id: 'prrt.compare.given' }),
      hospital: msg('About 5 hours each time, kept away from other patients.', { id: 'prrt.compare.hospital' }),
    },
  }),
  sideEffects: {
    sources: [
      'aaa-lutathera-side-effects',
      'aaa-lutathera-side-effect-management',
      'aaa-lutathera-how-given',
      'aaa-lutathera-after-receiving',
      'aaa-lutathera-helpful-hints',
      'aaa-lutathera-faq',
      'aaa-lutathera-safety-faqs',
      'aaa-lutathera-radiation-safety',
      'rwjbh-cooperman-lutathera',
      'macmillan-targeted-radionuclide-nets',
      'gstt-after-lutetium',
      'ccs-net-surgery',
      'royal-surrey-oncology-hotline',
      'royal-devon-acute-oncology',
      'roswell-park-chemo-side-effects',
      'oncolink-neutropenic-fever',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      title: msg('Possible side effects and risks', { id: 'prrt.se.title' }),
      intro: msg(
        'Some side effects can be serious, and your care team may need to change or stop your treatment. The maker says the most common and serious ones were nausea, vomiting, low blood counts and blood test changes. For most people, side effects do not last long.',
        { id: 'prrt.se.intro' },
      ),
      items: [
        {
          name: msg('Feeling sick to your stomach or throwing up (nausea and vomiting)', { id: 'prrt.se.nausea' }),
          description: msg(
            'You are given a medicine about 1 hour before the treatment to help with this. Some people also get a stomach ache.',
            { id: 'prrt.se.nausea.desc' },
          ),
          helps: msg(
            'Eating smaller, more frequent meals and sipping cold, clear drinks slowly may help. Ask your care team whether anti-vomiting medicines would help you.',
            { id: 'prrt.se.nausea.helps' },
          ),
          sources: ['aaa-lutathera-side-effects', 'aaa-lutathera-how-given', 'aaa-lutathera-side-effect-management'],
        },
        {
          name: msg('Low blood cell counts', { id: 'prrt.se.bloodCounts' }),
          description: msg(
            'Your blood cell levels may drop for a while. You may feel tired, get infections more easily, or bruise or bleed more easily. Your team checks your blood before and between doses.',
            { id: 'prrt.se.bloodCounts.desc' },
          ),
          sources: ['aaa-lutathera-side-effects', 'macmillan-targeted-radionuclide-nets', 'aaa-lutathera-how-given'],
        },
        {
          name: msg('Changes in blood test results', { id: 'prrt.se.bloodTests' }),
          description: msg('Tests may show higher liver enzymes, higher blood sugar (glucose) or lower potassium.', {
            id: 'prrt.se.bloodTests.desc',
          }),
          sources: ['aaa-lutathera-side-effects'],
        },
        {
          name: msg('Radiation for you and the people around you', { id: 'prrt.se.radiation' }),
          description: msg(
            'The treatment adds to your lifetime radiation exposure, which is linked to a higher risk of cancer. Your urine can carry radiation for up to 30 days. The risk to people around you is low if you follow your team’s steps for as long as they say.',
            { id: 'prrt.se.radiation.desc' },
          ),
          helps: msg(
            'Drink plenty of fluids: the more you urinate, the faster the radiation leaves your body. Shower every day for at least the first few days. If you get a treatment card, carry it for a few days, especially if you travel through an airport.',
            { id: 'prrt.se.radiation.helps' },
          ),
          sources: [
            'aaa-lutathera-faq',
            'aaa-lutathera-helpful-hints',
            'aaa-lutathera-after-receiving',
            'aaa-lutathera-radiation-safety',
            'rwjbh-cooperman-lutathera',
          ],
        },
        {
          name: msg('Other serious problems', { id: 'prrt.se.serious' }),
          description: msg(
            'The maker lists other risks to know about before you start. They include bone marrow problems, new cancers of the bone marrow or blood, kidney or liver problems and allergic reactions. Ask your care team how likely these are for you, and which signs need a call.',
            { id: 'prrt.se.serious.desc' },
          ),
          sources: ['aaa-lutathera-safety-faqs'],
        },
        {
          name: msg('A sudden release of hormones (carcinoid crisis)', { id: 'prrt.se.carcinoidCrisis' }),
          description: msg(
            'The maker lists this among the risks of PRRT. It causes severe flushing, low blood pressure, trouble breathing and an uneven heartbeat. It is serious and can be life-threatening.',
            { id: 'prrt.se.carcinoidCrisis.desc' },
          ),
          sources: ['aaa-lutathera-safety-faqs', 'ccs-net-surgery'],
        },
        {
          name: msg('Harm to an unborn baby', { id: 'prrt.se.pregnancy' }),
          description: msg(
            'Your team checks whether you could be pregnant before you start. Women who could get pregnant should use birth control during treatment and for 7 months after the last dose. Men with a partner who could get pregnant should use it during treatment and for 4 months after.',
            { id: 'prrt.se.pregnancy.desc' },
          ),
          sources: ['aaa-lutathera-safety-faqs', 'aaa-lutathera-faq', 'aaa-lutathera-helpful-hints'],
        },
        {
          name: msg('Fertility and breastfeeding', { id: 'prrt.se.fertility' }),
          description: msg(
            'The maker lists infertility as a possible risk, so ask your team what it could mean for you. You should not breastfeed during treatment, or for 2.5 months after your last dose.',
            { id: 'prrt.se.fertility.desc' },
          ),
          sources: ['aaa-lutathera-safety-faqs', 'aaa-lutathera-helpful-hints'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have chest pain, or you are struggling to breathe.', { id: 'prrt.se.urgent.emergency.chest' }),
          msg('You have severe bleeding.', { id: 'prrt.se.urgent.emergency.bleeding' }),
          msg('You pass out or have a seizure.', { id: 'prrt.se.urgent.emergency.collapse' }),
        ],
        now: [
          msg('You have a temperature of 100.4°F (38°C) or higher.', { id: 'prrt.se.urgent.now.fever' }),
          msg('You suddenly feel unwell, or you feel very unwell even without a fever.', {
            id: 'prrt.se.urgent.now.unwell',
          }),
        ],
        nextVisit: [
          msg('You have a side effect that bothers you or does not go away.', { id: 'prrt.se.urgent.next.bothers' }),
          msg('You are worried about the radiation and the people around you.', {
            id: 'prrt.se.urgent.next.radiationWorry',
          }),
        ],
      },
    }),
  },
};
