import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Immunotherapy: interferon alfa, and approaches being developed. Every message's evidence
 * (source and verbatim quote) is in immunotherapy.evidence.json.
 *
 * - Names (audit 1.9, H): seed 003 says only "Interferon is sometimes called biologic therapy or
 *   immunotherapy". In the Canadian Cancer Society's usage (seed 004 and its "Biological therapy for
 *   neuroendocrine cancer" page), "biological therapy" is a wider group that also includes
 *   octreotide and lanreotide (and sunitinib), so the card no longer calls immunotherapy "biological
 *   therapy"; it says what CCS means by the term instead. CRUK lists interferon with targeted drugs.
 * - Status (audit 1.9, M): "studied" (Being studied in research). Seed 001 says immunotherapy is
 *   used more in other cancers and is being studied for NETs; seed 003 lists the other approaches
 *   as being developed. Interferon itself is in use for some people (CRUK), which the summary says.
 *   A label such as "Used for some people; mostly being studied" would fit better: a lead decision.
 * - Aim: "slow or stop growth" rests on CCS ("slow their growth") and CRUK ("interferes with how
 *   NET cells grow and multiply"); the card's own words say only "slow".
 * - Brand names (Intron A, Roferon-A) appear on older CRUK, Macmillan and CCS pages; whether they
 *   are still sold in each region was not checked, so the card names none. Checkpoint inhibitors
 *   are not mentioned: no source read covers them for NETs (a clinical-review item, audit 1.9).
 * - Side effects: CRUK's NET interferon page, UPMC, OncoLink and Macmillan. Their graded lists
 *   (common / less common) were not readable, so no item carries a frequency.
 */
export const immunotherapy: Therapy = {
  id: 'immunotherapy',
  status: 'studied',
  delivery: ['injection'],
  aims: ['slow-growth'],
  sources: [
    'seed-netrf',
    'seed-ipsen-uk',
    'seed-ccs',
    'ccs-net-biological-therapy',
    'cruk-carcinoid-interferon',
    'cruk-net-targeted-drugs',
    'cruk-interferon-alpha',
    'macmillan-interferon-alpha',
    'macmillan-interferon-alpha-older',
    'oncolink-interferon-alfa',
    'upmc-interferon-alfa',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Treatment that uses the immune system (immunotherapy)', { id: 'immuno.name' }),
    summary: msg(
      'Immunotherapy helps the body’s immune system fight cancer. It is used more often for other types of cancer, and researchers are studying the part it can play in NETs. For a NET that has spread, doctors may use an immunotherapy drug called interferon, often when other treatments are not working.',
      { id: 'immuno.summary' },
    ),
    howItWorks: msg(
      'Interferon is a man-made copy of a substance the immune system makes during an illness, such as the flu. It may help the immune system attack cancer cells, and it may slow the growth of NET cells.',
      { id: 'immuno.howItWorks' },
    ),
    whenUsed: [
      msg('When a NET has spread and cannot be removed with surgery, often when other treatments are not working.', {
        id: 'immuno.whenUsed.spread',
      }),
      msg('Interferon is sometimes used on its own to treat NETs.', { id: 'immuno.whenUsed.alone' }),
      msg('Interferon is often used together with a somatostatin analog, such as octreotide.', {
        id: 'immuno.whenUsed.withSsa',
      }),
      msg(
        'Interferon may not suit everyone with a NET. It can make some health problems you already have worse, such as mental health problems.',
        { id: 'immuno.whenUsed.notEveryone' },
      ),
    ],
    howGiven: msg(
      'Interferon is usually an injection just under the skin of your belly or thigh. You or a family member can learn to give it at home. You keep it in the fridge.',
      { id: 'immuno.howGiven' },
    ),
    experience: {
      howOften: msg(
        'You usually have it 3 times a week. Your doctor or nurse will tell you how often to have it and how long treatment will last. You have regular blood tests during treatment.',
        { id: 'immuno.experience.howOften' },
      ),
      hospital: msg(
        'You can have it as an outpatient. If you or a family member learn to give the injections, you can have them at home.',
        { id: 'immuno.experience.hospital' },
      ),
      dailyLife: msg(
        'Flu-like symptoms usually get less with each dose. If you forget an injection, tell your doctor, and do not take a double dose. If you need medical care for any other reason, tell the staff you are having interferon.',
        { id: 'immuno.experience.dailyLife' },
      ),
    },
    examples: [
      {
        name: msg('Interferon alfa', { id: 'immuno.example.interferon' }),
        description: msg(
          'Sometimes called a biologic therapy. The Canadian Cancer Society uses “biological therapy” for a wider group of drugs, which also includes octreotide and lanreotide.',
          { id: 'immuno.example.interferon.desc' },
        ),
        sources: ['seed-ipsen-uk', 'seed-ccs', 'ccs-net-biological-therapy'],
      },
    ],
    subtypes: [
      {
        name: msg('Lab-made antibodies (monoclonal antibodies)', { id: 'immuno.subtype.antibodies' }),
        description: msg(
          'They aim to recognize that a cell is a cancer cell and destroy it, with less harm to normal cells.',
          { id: 'immuno.subtype.antibodies.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
      {
        name: msg('Changing your own immune cells (T-cell therapy)', { id: 'immuno.subtype.tcell' }),
        description: msg(
          'Some of your blood is taken and one kind of white blood cell (T-cells) is changed in a lab. The cells are put back into your body, where they attack the cancer cells.',
          { id: 'immuno.subtype.tcell.desc' },
        ),
        sources: ['seed-ipsen-uk'],
      },
    ],
    subtypesTitle: msg('Other approaches being developed', { id: 'immuno.subtypesTitle' }),
    question: msg('Is interferon an option for me, and how would it fit with my other treatments?', {
      id: 'immuno.question',
    }),
    compare: {
      what: msg('A drug that works with the immune system (interferon), used for some NETs that have spread.', {
        id: 'immuno.compare.what',
      }),
      given: msg('An injection under the skin, usually 3 times a week, that you can learn to give at home.', {
        id: 'immuno.compare.given',
      }),
      hospital: msg('Usually given as an outpatient or at home.', { id: 'immuno.compare.hospital' }),
    },
  }),
  sideEffects: {
    sources: [
      'cruk-carcinoid-interferon',
      'cruk-interferon-alpha',
      'macmillan-interferon-alpha',
      'macmillan-interferon-alpha-older',
      'oncolink-interferon-alfa',
      'upmc-interferon-alfa',
      'royal-surrey-oncology-hotline',
      'royal-devon-acute-oncology',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      intro: msg(
        'Interferon can cause side effects, and some of them can be serious. Rarely, side effects may be life-threatening. Your cancer doctor or nurse can explain the risks to you.',
        { id: 'immuno.se.intro' },
      ),
      items: [
        {
          name: msg('Flu-like symptoms', { id: 'immuno.se.flu' }),
          description: msg(
            'You may have a fever, chills, a headache, aching muscles and joints, and a poor appetite. This happens in most people, within hours of the injection. It usually gets less with each dose.',
            { id: 'immuno.se.flu.desc' },
          ),
          sources: ['cruk-carcinoid-interferon', 'oncolink-interferon-alfa', 'upmc-interferon-alfa'],
        },
        {
          name: msg('Tiredness (fatigue)', { id: 'immuno.se.tiredness' }),
          description: msg('You may feel extremely tired.', { id: 'immuno.se.tiredness.desc' }),
          sources: ['cruk-carcinoid-interferon', 'upmc-interferon-alfa'],
        },
        {
          name: msg('Feeling sick and not wanting to eat', { id: 'immuno.se.sick' }),
          description: msg('You may feel sick to your stomach (nausea) and lose your appetite.', {
            id: 'immuno.se.sick.desc',
          }),
          sources: ['cruk-carcinoid-interferon'],
        },
        {
          name: msg('Changes in how your liver works', { id: 'immuno.se.liver' }),
          description: msg('Blood tests check your liver enzymes as needed.', { id: 'immuno.se.liver.desc' }),
          sources: ['cruk-carcinoid-interferon', 'upmc-interferon-alfa'],
        },
        {
          name: msg('Low blood cell counts', { id: 'immuno.se.bloodCounts' }),
          description: msg(
            'Interferon can lower your white cells, red cells and platelets. This raises your risk of infection, tiredness and bleeding. If your levels get too low, your doctor may stop treatment for a short time until they improve.',
            { id: 'immuno.se.bloodCounts.desc' },
          ),
          sources: ['upmc-interferon-alfa', 'macmillan-interferon-alpha'],
        },
        {
          name: msg('Depression or other mood changes', { id: 'immuno.se.mood' }),
          description: msg('Some people feel depressed or notice other changes in their mood.', {
            id: 'immuno.se.mood.desc',
          }),
          sources: ['upmc-interferon-alfa'],
        },
        {
          name: msg('Soreness where the needle goes in', { id: 'immuno.se.injectionSite' }),
          description: msg(
            'You might have stinging or a dull ache for a short time. The skin may go red and itchy for a while.',
            { id: 'immuno.se.injectionSite.desc' },
          ),
          sources: ['cruk-interferon-alpha', 'upmc-interferon-alfa'],
        },
      ],
      urgent: {
        emergency: [
          msg(
            'You have chest pain, pressure or squeezing, or discomfort in your arms, back, neck or jaw, that lasts 2 minutes.',
            { id: 'immuno.se.urgent.emergency.heart' },
          ),
          msg('You are struggling to breathe.', { id: 'immuno.se.urgent.emergency.breathing' }),
          msg('You have severe bleeding.', { id: 'immuno.se.urgent.emergency.bleeding' }),
          msg('You pass out or have a seizure.', { id: 'immuno.se.urgent.emergency.collapse' }),
        ],
        now: [
          msg('You have a fever of 100.4°F (38°C) or higher.', { id: 'immuno.se.urgent.now.fever' }),
          msg('You feel unwell, even if you do not have a fever.', { id: 'immuno.se.urgent.now.unwell' }),
          msg('You have a severe side effect, including one that is not listed here.', {
            id: 'immuno.se.urgent.now.severe',
          }),
        ],
        nextVisit: [],
      },
    }),
  },
};
