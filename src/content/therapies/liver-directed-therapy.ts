import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Liver-directed therapy: embolization, chemoembolization, radiation sent to the liver (SIRT) and
 * heat treatment (radiofrequency ablation). Every message's quotes are in
 * liver-directed-therapy.evidence.json.
 * Seeds: 004 (NETs often spread to the liver; targets the cancer in the liver directly; mainly
 * used when surgery can't be done), 002 (embolization reduces or cuts off the tumor's blood
 * supply; interventional radiology, not surgery, but may mean a night in hospital; liver enzymes
 * for days or weeks, fever, pain around the liver; chemoembolization; radiation directly to liver
 * tumors).
 * Public pages read 2026-12-01: Canadian Cancer Society (bland embolization is the most common
 * kind; chemoembolization through the catheter, doxorubicin or cisplatin; post-embolization
 * syndrome), Cancer Research UK (TAE: controls symptoms but won't get rid of the cancer; may make
 * surgery possible; may be repeated; octreotide drip and fasting before; up to 1.5 hours. RFA:
 * 30 minutes to an hour, home the same or next day, recovery, warning signs), Macmillan (overnight
 * stay; side effects for a few days; SIRT), American Cancer Society (very unlikely to cure on their
 * own; RFA), NICE IPG786 (SIRT for NET liver metastases), and two general chemoembolization
 * leaflets (Northwestern Medicine: when to call; Plymouth: rare risks).
 * The Gupta 2013 review that seed 004 cites is no longer cited: no quote from it was read.
 * TheraSphere and SIR-Spheres (seed 002, US) are dropped: no UK or Canadian source names them.
 * Urgent advice (second reader L-1, L-6, X-1 to X-3): the 911 bullets every card carries (chest
 * pain or struggling to breathe; heavy bleeding, here also from the groin); Northwestern's general
 * chemoembolization list (fever over 101.5°F for more than a day, which is higher than the other
 * cards' 100.4°F because a fever for a few days after embolization is expected; pain; groin; leg)
 * and CRUK's RFA page. Northwestern's "Contact your physician if" and CRUK's "Contact your doctor"
 * give no time of day: the "right away, day or night" level is the widget's.
 * Carcinoid crisis: one plain name and the Canadian Cancer Society's description, as on the surgery
 * card.
 */
export const liverDirectedTherapy: Therapy = {
  id: 'liver-directed-therapy',
  status: 'standard',
  delivery: ['procedure'],
  aims: ['control-symptoms', 'shrink'],
  sources: [
    'seed-ccs',
    'seed-us-hospital',
    'ccs-net-liver-directed-therapy',
    'ccs-net-liver-directed-therapy-earlier',
    'cruk-net-tae',
    'cruk-carcinoid-rfa',
    'macmillan-hae-nets',
    'acs-pnet-ablation-embolization',
    'macmillan-sirt',
    'nice-ipg786-sirt',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Treatments aimed at the liver (liver-directed therapy)', { id: 'ldt.name' }),
    summary: msg(
      'When NETs spread, they often spread to the liver (liver metastases). Liver-directed therapy treats the cancer in the liver directly, mainly when surgery cannot be done. On its own it is very unlikely to cure the cancer, but it can control symptoms.',
      { id: 'ldt.summary' },
    ),
    howItWorks: msg(
      'Some treatments block the blood supply to tumors in the liver. This can shrink them and reduce the hormones they make. Others destroy tumors with heat, or send chemotherapy or radiation to them.',
      { id: 'ldt.howItWorks' },
    ),
    whenUsed: [
      msg('When a NET has spread to the liver.', { id: 'ldt.whenUsed.liver' }),
      msg('When surgery to remove the tumors in the liver cannot be done.', {
        id: 'ldt.whenUsed.noSurgery',
      }),
      msg('Sometimes to shrink a tumor so that surgery becomes possible.', { id: 'ldt.whenUsed.beforeSurgery' }),
    ],
    howGiven: msg(
      'Most go through a thin tube (catheter) into a liver artery. Heat treatment uses a thin probe through the skin, and doctors guide them all with scans (interventional radiology). They are not surgery, but you may need to stay in the hospital overnight.',
      { id: 'ldt.howGiven' },
    ),
    experience: {
      howOften: msg(
        'Embolization takes up to an hour and a half, and heat treatment 30 minutes to an hour. You might have embolization more than once.',
        { id: 'ldt.experience.howOften' },
      ),
      hospital: msg(
        "You will probably stay overnight after embolization, and go home the same or next day after heat treatment. Before embolization, you usually can't eat for 4 to 6 hours. You may also have octreotide through an IV (a drip) to prevent a sudden release of hormones (carcinoid crisis).",
        { id: 'ldt.experience.hospital' },
      ),
      dailyLife: msg(
        'After embolization, you may have nausea, belly pain and a fever for a few days. After heat treatment, you should be back to your normal activities in about a week.',
        { id: 'ldt.experience.dailyLife' },
      ),
    },
    examples: [],
    subtypes: [
      {
        name: msg('Blocking the blood supply (embolization)', { id: 'ldt.subtype.embolization' }),
        description: msg(
          'Reduces or cuts off the supply of blood to the tumor. This is the kind used most often for NETs.',
          {
            id: 'ldt.subtype.embolization.desc',
          },
        ),
        sources: ['seed-us-hospital', 'ccs-net-liver-directed-therapy', 'cruk-net-tae'],
      },
      {
        name: msg('Chemotherapy sent to the liver tumor (chemoembolization)', {
          id: 'ldt.subtype.chemoembolization',
        }),
        description: msg(
          'Chemotherapy drugs, such as doxorubicin or cisplatin, go through the tube straight to the tumor. The blood supply is blocked too, so the drugs stay in the tumor longer.',
          { id: 'ldt.subtype.chemoembolization.desc' },
        ),
        sources: ['seed-us-hospital', 'ccs-net-liver-directed-therapy'],
      },
      {
        name: msg('Radiation sent to the liver tumors (selective internal radiation therapy, SIRT)', {
          id: 'ldt.subtype.radioembolization',
        }),
        description: msg(
          'Radiation is given directly to tumors in the liver. It can control their growth and reduce symptoms.',
          {
            id: 'ldt.subtype.radioembolization.desc',
          },
        ),
        sources: ['seed-us-hospital', 'nice-ipg786-sirt', 'macmillan-sirt'],
      },
      {
        name: msg('Heat treatment (radiofrequency ablation)', { id: 'ldt.subtype.ablation' }),
        description: msg(
          'A thin probe is put through the skin into the tumor, and heat destroys the cancer cells. It works better on small tumors.',
          { id: 'ldt.subtype.ablation.desc' },
        ),
        sources: ['acs-pnet-ablation-embolization', 'cruk-carcinoid-rfa', 'ccs-net-liver-directed-therapy-earlier'],
      },
    ],
    subtypesTitle: msg('Kinds of liver-directed therapy', { id: 'ldt.subtypesTitle' }),
    question: msg('Which kind of liver treatment would I have, and how long would I stay in the hospital?', {
      id: 'ldt.question',
    }),
    compare: {
      what: msg(
        'Treatments that block the blood supply to liver tumors, or send heat, chemotherapy or radiation to them.',
        {
          id: 'ldt.compare.what',
        },
      ),
      given: msg(
        'A procedure, through a thin tube in a blood vessel or a probe through the skin. It may be repeated.',
        {
          id: 'ldt.compare.given',
        },
      ),
      hospital: msg('You will probably stay in the hospital overnight after embolization.', {
        id: 'ldt.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'seed-us-hospital',
      'ccs-net-liver-directed-therapy-earlier',
      'cruk-net-tae',
      'cruk-carcinoid-rfa',
      'macmillan-hae-nets',
      'macmillan-sirt',
      'nice-ipg786-sirt',
      'plymouth-hepatic-chemoembolisation',
      'northwestern-chemoembolization',
      'ccs-net-surgery',
      'royal-surrey-oncology-hotline',
      'christie-infection-fever',
      'wmas-999-or-111',
      'roswell-park-chemo-side-effects',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      intro: msg(
        'After embolization, many people have a group of common side effects (post-embolization syndrome). They usually last a few days. Serious problems are not common.',
        { id: 'ldt.se.intro' },
      ),
      items: [
        {
          name: msg('Pain in the belly or around the liver', { id: 'ldt.se.pain' }),
          description: msg(
            'You may have pain around your liver or in your belly. After heat treatment, some people also have pain in the shoulders.',
            {
              id: 'ldt.se.pain.desc',
            },
          ),
          helps: msg('After heat treatment, you take painkillers for a few days.', { id: 'ldt.se.pain.helps' }),
          sources: [
            'seed-us-hospital',
            'ccs-net-liver-directed-therapy-earlier',
            'macmillan-hae-nets',
            'cruk-carcinoid-rfa',
          ],
        },
        {
          name: msg('Fever', { id: 'ldt.se.fever' }),
          description: msg('You may have a fever for a few days after embolization.', { id: 'ldt.se.fever.desc' }),
          sources: ['seed-us-hospital', 'ccs-net-liver-directed-therapy-earlier', 'macmillan-hae-nets'],
        },
        {
          name: msg('Nausea (feeling sick to your stomach)', { id: 'ldt.se.nausea' }),
          description: msg('Your stomach may feel unsettled for a few days.', { id: 'ldt.se.nausea.desc' }),
          sources: ['ccs-net-liver-directed-therapy-earlier', 'macmillan-hae-nets', 'macmillan-sirt'],
        },
        {
          name: msg('Changes in liver blood tests (liver enzymes)', { id: 'ldt.se.enzymes' }),
          description: msg(
            'Embolization can change the levels of liver enzymes for a few days or weeks after the treatment.',
            { id: 'ldt.se.enzymes.desc' },
          ),
          sources: ['seed-us-hospital', 'ccs-net-liver-directed-therapy-earlier'],
        },
        {
          name: msg('A sudden release of hormones (carcinoid crisis)', { id: 'ldt.se.carcinoidCrisis' }),
          description: msg(
            'A NET may suddenly release too many hormones, for example when you have medicine to make you sleepy (sedation). This causes severe flushing, low blood pressure, trouble breathing and an uneven heartbeat. It is serious and can be life-threatening.',
            { id: 'ldt.se.carcinoidCrisis.desc' },
          ),
          helps: msg('Octreotide through an IV (a drip) before the treatment helps prevent it.', {
            id: 'ldt.se.carcinoidCrisis.helps',
          }),
          sources: ['ccs-net-liver-directed-therapy-earlier', 'ccs-net-surgery', 'cruk-net-tae', 'macmillan-hae-nets'],
        },
        {
          name: msg('Tiredness', { id: 'ldt.se.fatigue' }),
          description: msg('You may feel tired after heat treatment or SIRT.', { id: 'ldt.se.fatigue.desc' }),
          sources: ['cruk-carcinoid-rfa', 'macmillan-sirt'],
        },
        {
          name: msg('Flu-like symptoms', { id: 'ldt.se.fluLike' }),
          description: msg(
            'After heat treatment, some people have flu-like symptoms. They can start 3 to 5 days later and last up to a week.',
            { id: 'ldt.se.fluLike.desc' },
          ),
          sources: ['cruk-carcinoid-rfa'],
        },
        {
          name: msg('Rare serious problems', { id: 'ldt.se.rare' }),
          description: msg(
            'Very rarely, chemoembolization causes an infection, or the liver gets worse, which can lead to liver failure. Heat treatment can rarely damage the bowel or bile ducts.',
            { id: 'ldt.se.rare.desc' },
          ),
          frequency: 'less-common',
          sources: ['plymouth-hepatic-chemoembolisation', 'cruk-carcinoid-rfa'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have chest pain, or you are struggling to breathe.', { id: 'ldt.se.urgent.emergency.chestPain' }),
          msg('You have heavy bleeding, for example from the groin where the tube went in.', {
            id: 'ldt.se.urgent.emergency.bleeding',
          }),
        ],
        now: [
          msg(
            'You have a fever over 101.5°F that lasts more than a day. Some fever for a few days after embolization is expected.',
            { id: 'ldt.se.urgent.fever' },
          ),
          msg(
            'Pain medicine does not relieve your belly pain, or you have severe nausea or vomiting that does not stop.',
            {
              id: 'ldt.se.urgent.pain',
            },
          ),
          msg(
            'You have a little bleeding, pain or fluid at the groin where the tube went in. For bleeding, first lie flat and press on it firmly for 15 minutes.',
            { id: 'ldt.se.urgent.groin' },
          ),
          msg('Your leg changes color or feels cold, or your foot or leg feels numb or tingly.', {
            id: 'ldt.se.urgent.leg',
          }),
          msg('You still feel unwell a week after heat treatment.', { id: 'ldt.se.urgent.unwell' }),
        ],
        nextVisit: [msg('You still have pain a week after heat treatment.', { id: 'ldt.se.urgent.next.pain' })],
      },
    }),
  },
};
