import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Radiation therapy: external beam, stereotactic, and intra-operative radiation therapy (IORT).
 * Every message's evidence (source and verbatim quote) is in radiation-therapy.evidence.json.
 *
 * - Role: seed 003 calls it "one of the most common treatments for NETs", which seed 004 and the
 *   Canadian Cancer Society's NET page contradict ("not usually used"); the card follows CCS.
 * - Aim: for NETs the sources give pain and symptom relief (CCS, CRUK). Seed 003's "the highest
 *   chance of curing or shrinking the cancer" is a general statement about radiotherapy and is not
 *   repeated (audit 1.6, H).
 * - The seed 002 brand name CyberKnife is replaced by the technique, stereotactic radiotherapy, in
 *   Macmillan's and an NHS trust's words (audit 1.6, L).
 * - Side effects: CRUK's, ACS's and Macmillan's general radiotherapy pages (the NET pages' own
 *   side-effect sections were not readable). No item carries a frequency: ACS says tiredness "often
 *   happens with radiation therapy" ("very common" is said of cancer and its treatment), and tagging
 *   it alone would put CRUK's other general effects under "Other possible side effects". CRUK's
 *   "Most of these side effects are rare" is about its whole late-effects list, so the card no
 *   longer attaches it to the few it names (second reader RT-1, RT-2). The second-cancer risk (ACS,
 *   2014) gives the same weight as the PRRT card's radiation risk.
 * - Urgent advice: no NET- or radiotherapy-specific three-level list was found; the levels use two
 *   NHS trusts' acute-oncology pages (for anyone after anti-cancer treatment), OncoLink's general
 *   fever threshold and Roswell Park's 911 (US cancer centres), and Macmillan/ACS for the next visit.
 * - IORT stays as seed 003 gives it ("relatively new"); no source read says how often it is used
 *   for NETs (second reader RT-5).
 */
export const radiationTherapy: Therapy = {
  id: 'radiation-therapy',
  status: 'standard',
  delivery: ['radiation'],
  aims: ['relieve', 'control-symptoms'],
  sources: [
    'seed-ccs',
    'seed-us-hospital',
    'seed-ipsen-uk',
    'seed-us-health',
    'ccs-net-radiation-therapy',
    'cruk-net-external-radiotherapy-having',
    'cruk-net-external-radiotherapy-planning',
    'acs-external-beam-radiation',
    'cruk-radiotherapy-general-side-effects',
    'cruk-radiotherapy-side-effects',
    'macmillan-radiotherapy-side-effects',
    'macmillan-sabr',
    'macmillan-sabr-uses',
    'uhb-sabr',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Radiation therapy', { id: 'rt.name' }),
    summary: msg(
      'Radiation therapy uses high-energy rays or particles to destroy or damage cancer cells. It is not usually used to treat NETs. When it is, it is usually because the cancer has spread, to ease pain or other symptoms.',
      { id: 'rt.summary' },
    ),
    howItWorks: msg(
      'The rays may be X-rays, gamma rays, electron beams or protons. For NETs, the aim is usually to ease pain or control symptoms. The team plans the dose and exactly where it goes, to keep the dose to nearby healthy cells low.',
      { id: 'rt.howItWorks' },
    ),
    whenUsed: [
      msg('When the NET has spread (metastasized), for example to the bones or brain.', { id: 'rt.whenUsed.spread' }),
      msg('When the tumor is in a place that makes surgery difficult.', { id: 'rt.whenUsed.hardToReach' }),
      msg('Together with surgery that aims to ease symptoms (palliative surgery).', {
        id: 'rt.whenUsed.palliative',
      }),
      msg('Usually after other treatments have been tried first.', { id: 'rt.whenUsed.afterOthers' }),
    ],
    howGiven: msg(
      'First, you have a planning scan to find exactly where to aim the treatment. Then a machine outside the body aims the rays at the tumor, or radiation is given during an operation. Other names for it are radiotherapy, irradiation or X-ray therapy.',
      { id: 'rt.howGiven' },
    ),
    experience: {
      howOften: msg(
        'Usually once a day, Monday through Friday, for a number of weeks. Stereotactic radiotherapy uses fewer, stronger sessions: 1 to 8 over a period of 2 weeks. Your team decides how much you need and how often.',
        { id: 'rt.experience.howOften' },
      ),
      hospital: msg(
        'You usually go home after each session (outpatient visits). The planning visit takes from 15 minutes to 2 hours. You might have to travel a long way each day, which can make you very tired.',
        { id: 'rt.experience.hospital' },
      ),
      dailyLife: msg(
        'You lie very still, and you cannot feel the rays. This treatment does not make you radioactive, and it is safe to be around others, including children and pregnant women. Some people keep working, but others need time off.',
        { id: 'rt.experience.dailyLife' },
      ),
    },
    examples: [],
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
        name: msg('Precise, high-dose radiation (stereotactic radiotherapy, SABR or SBRT)', {
          id: 'rt.subtype.stereotactic',
        }),
        description: msg(
          'Thin beams meet at the tumor from different angles, giving it a high dose and nearby tissue a low dose. It can treat cancer that has spread, such as to the liver. It suits only some people, usually those with smaller tumors.',
          { id: 'rt.subtype.stereotactic.desc' },
        ),
        sources: ['seed-us-hospital', 'macmillan-sabr', 'macmillan-sabr-uses', 'uhb-sabr'],
      },
      {
        name: msg('Radiation during surgery (intra-operative radiation therapy, IORT)', {
          id: 'rt.subtype.iort',
        }),
        description: msg(
          'A relatively new, very precise way to give radiation straight to the area where the tumor was removed. This may help remove tiny cancer cells and lower the chance that the tumor grows back. Sometimes one treatment is enough, but some people also need external radiotherapy for a short while after.',
          { id: 'rt.subtype.iort.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
    ],
    subtypesTitle: msg('Kinds of radiation therapy', { id: 'rt.subtypesTitle' }),
    question: msg('What is the aim of radiation therapy for me, and which side effects might I get?', {
      id: 'rt.question',
    }),
    compare: {
      what: msg('High-energy rays aimed at the tumor, mostly to ease pain or other symptoms when a NET has spread.', {
        id: 'rt.compare.what',
      }),
      given: msg('From a machine outside the body, usually every weekday for a number of weeks.', {
        id: 'rt.compare.given',
      }),
      hospital: msg('Usually outpatient visits: you go home after each session.', { id: 'rt.compare.hospital' }),
    },
  }),
  sideEffects: {
    sources: [
      'cruk-radiotherapy-side-effects',
      'cruk-radiotherapy-general-side-effects',
      'cruk-radiotherapy-long-term-side-effects',
      'acs-radiation-common-side-effects',
      'acs-radiation-stomach-abdomen',
      'macmillan-radiotherapy-side-effects',
      'royal-marsden-radiotherapy-side-effects',
      'acs-radiation-second-cancers',
      'royal-surrey-oncology-hotline',
      'royal-devon-acute-oncology',
      'roswell-park-chemo-side-effects',
      'oncolink-neutropenic-fever',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      intro: msg(
        'Most side effects affect only the part of the body being treated, but tiredness can happen wherever you are treated. Most people have a few side effects, often mild, that go away in the weeks after treatment. Some can last longer, or start months or years later.',
        { id: 'rt.se.intro' },
      ),
      items: [
        {
          name: msg('Tiredness (fatigue)', { id: 'rt.se.tiredness' }),
          description: msg(
            'Tiredness often happens with radiation therapy. Most people start to feel tired after a few weeks, and it usually gets worse as treatment goes on. It can last for a few weeks after treatment ends.',
            { id: 'rt.se.tiredness.desc' },
          ),
          sources: ['acs-radiation-common-side-effects', 'cruk-radiotherapy-general-side-effects'],
        },
        {
          name: msg('Sore or red skin in the treated area', { id: 'rt.se.skin' }),
          description: msg('The skin can get sore, and look redder or darker than usual.', {
            id: 'rt.se.skin.desc',
          }),
          sources: ['cruk-radiotherapy-general-side-effects'],
        },
        {
          name: msg('Hair loss in the treated area', { id: 'rt.se.hair' }),
          description: msg('Hair may grow back after treatment, or the hair loss can be permanent.', {
            id: 'rt.se.hair.desc',
          }),
          sources: ['cruk-radiotherapy-general-side-effects'],
        },
        {
          name: msg('Feeling sick to your stomach, throwing up, belly cramps or diarrhea (when the belly is treated)', {
            id: 'rt.se.belly',
          }),
          description: msg(
            'These can happen if the stomach or another part of the belly (abdomen) is treated. Diarrhea most often begins a few weeks after treatment starts.',
            { id: 'rt.se.belly.desc' },
          ),
          helps: msg(
            'Medicines can help relieve these problems. Check with your care team before you use home remedies or drugs you can buy without a prescription.',
            { id: 'rt.se.belly.helps' },
          ),
          sources: ['acs-radiation-stomach-abdomen'],
        },
        {
          name: msg('Effects on blood cells', { id: 'rt.se.blood' }),
          description: msg(
            'Radiation can affect your bone marrow and blood cells. This is more likely if a large area of the body is treated.',
            { id: 'rt.se.blood.desc' },
          ),
          sources: ['cruk-radiotherapy-general-side-effects'],
        },
        {
          name: msg('Feeling low or having many emotions', { id: 'rt.se.feelings' }),
          description: msg(
            'You might feel many different emotions, and some people feel low for a while. Being tired can make this worse. There are ways to get help and support.',
            { id: 'rt.se.feelings.desc' },
          ),
          sources: ['cruk-radiotherapy-general-side-effects', 'macmillan-radiotherapy-side-effects'],
        },
        {
          name: msg('Long-term (late) effects', { id: 'rt.se.late' }),
          description: msg(
            'Some effects last, or start months or years later, and depend on the area treated. They include darker skin, lasting hair loss, swelling (lymphedema) and not being able to have children. Your team will explain your risk before you start.',
            { id: 'rt.se.late.desc' },
          ),
          sources: ['cruk-radiotherapy-long-term-side-effects', 'macmillan-radiotherapy-side-effects'],
        },
        {
          name: msg('A new cancer years later (second cancer)', { id: 'rt.se.secondCancer' }),
          description: msg(
            'Radiation therapy can lead to a new cancer, often many years later. Overall, this risk is low, and it is weighed against the benefits of treatment.',
            { id: 'rt.se.secondCancer.desc' },
          ),
          sources: ['acs-radiation-second-cancers'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have chest pain, or you are struggling to breathe.', { id: 'rt.se.urgent.emergency.chest' }),
          msg('You have severe bleeding.', { id: 'rt.se.urgent.emergency.bleeding' }),
          msg('You pass out or have a seizure.', { id: 'rt.se.urgent.emergency.collapse' }),
        ],
        now: [
          msg('You have a temperature of 100.4°F (38°C) or higher.', { id: 'rt.se.urgent.now.fever' }),
          msg('You suddenly feel unwell, or you feel very unwell even without a fever.', {
            id: 'rt.se.urgent.now.unwell',
          }),
          msg('You have sudden swelling or pain in an arm or a leg.', { id: 'rt.se.urgent.now.limb' }),
          msg('You have pain that your usual pain medicine does not ease.', { id: 'rt.se.urgent.now.pain' }),
          msg('You are throwing up or have diarrhea, and you need advice on how to manage it.', {
            id: 'rt.se.urgent.now.belly',
          }),
        ],
        nextVisit: [
          msg('You have any side effects, during or after treatment: there are often things that can help.', {
            id: 'rt.se.urgent.next.sideEffects',
          }),
          msg('You feel tired. Tell your team how tired you are.', { id: 'rt.se.urgent.next.tired' }),
        ],
      },
    }),
  },
};
