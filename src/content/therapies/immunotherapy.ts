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
 *   therapy"; the en-CA and fr-CA translations say what CCS means by the term (second reader I-5:
 *   the note confused US readers). CRUK lists interferon with targeted drugs.
 * - Status (audit 1.9, M; second reader I-2, H): "studied" (Being studied in research). Seed 001
 *   says immunotherapy is used more in other cancers and is being studied for NETs; seed 003 lists
 *   the other approaches as being developed. The pages on interferon for NETs are older or undated
 *   (CRUK's "carcinoid" section, older Macmillan and cancer.ca addresses, an old UPMC address), and
 *   none read shows that it is still offered for NETs today: a newer CRUK page on targeted and
 *   immunotherapy drugs for NETs, seen only on CRUK's CDN host, names sunitinib and everolimus for
 *   NETs and immunotherapy only for lung NEC. So the card says interferon "has been used", says
 *   plainly that the sources do not show whether it is still offered, and the status matches.
 * - Aim: 'slow' ("Slow growth"): CCS says "slow their growth" and CRUK "interferes with how NET
 *   cells grow and multiply"; no source says "stop" (second reader X-4).
 * - Fever (second reader I-1, H): most people get a fever within hours of an injection, and
 *   interferon can also lower white cells. The card gives the timing (UPMC), tells the reader to ask
 *   the team beforehand which fevers they expect, and keeps OncoLink's 100.4°F (38°C) threshold for
 *   any fever the team has not said to expect.
 * - Brand names (Intron A, Roferon-A) appear on older CRUK, Macmillan and CCS pages; whether they
 *   are still sold in each region was not checked, so the card names none. Checkpoint inhibitors
 *   are not mentioned: no source read covers them for NETs (a clinical-review item, audit 1.9).
 * - Side effects: CRUK's NET interferon page, UPMC, OncoLink and Macmillan. Their graded lists
 *   (common / less common) were not readable, so no item carries a frequency. OncoLink's "in a
 *   majority of patients" is given in words ("Most people") rather than as 'common': tagging that one
 *   item would put CRUK's other main side effects under "Other possible side effects" (I-5).
 * - Mood changes: no source read says when to call about them; the card sends the reader to the
 *   team, and a severe one falls under Macmillan's "severe side effects" bullet (second reader I-4).
 */
export const immunotherapy: Therapy = {
  id: 'immunotherapy',
  status: 'studied',
  delivery: ['injection'],
  aims: ['slow'],
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
      'Immunotherapy helps the body’s immune system fight cancer, but it is used more often for other types of cancer. Researchers are studying the part it can play in NETs, and doctors have used a drug called interferon. Our sources do not show whether interferon is still offered for NETs today, so ask your care team.',
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
      'Interferon is usually an injection just under the skin of your belly or thigh. You or a family member can learn to give it at home. You keep it in the refrigerator.',
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
          'A man-made copy of a substance the immune system makes. It is sometimes called a biologic therapy.',
          { id: 'immuno.example.interferon.desc' },
        ),
        sources: ['seed-ipsen-uk', 'cruk-carcinoid-interferon', 'seed-ccs', 'ccs-net-biological-therapy'],
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
    question: msg('Is interferon still used for NETs here, and would it be an option for me?', {
      id: 'immuno.question',
    }),
    compare: {
      what: msg(
        'Treatment that helps the immune system fight cancer; for NETs it is being studied, and interferon has been used.',
        {
          id: 'immuno.compare.what',
        },
      ),
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
      'roswell-park-chemo-side-effects',
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
            'Most people get a fever, chills, a headache, aching muscles and joints, or a poor appetite. These often start 1 to 2 hours after an injection and can last up to 18 hours. Before you start, ask your team which fevers they expect and which need a call.',
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
          name: msg('Nausea (feeling sick to your stomach) and not wanting to eat', { id: 'immuno.se.sick' }),
          description: msg('You may feel sick to your stomach (nausea) and lose your appetite.', {
            id: 'immuno.se.sick.desc',
          }),
          sources: ['cruk-carcinoid-interferon'],
        },
        {
          name: msg('Changes in how your liver works', { id: 'immuno.se.liver' }),
          description: msg('Interferon can change how your liver works, so blood tests check it.', {
            id: 'immuno.se.liver.desc',
          }),
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
          description: msg(
            'Some people feel depressed or notice other changes in their mood. Ask your care team who to contact if this happens.',
            { id: 'immuno.se.mood.desc' },
          ),
          sources: ['upmc-interferon-alfa', 'oncolink-interferon-alfa'],
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
          msg('You have chest pain, or you are struggling to breathe.', { id: 'immuno.se.urgent.emergency.chest' }),
          msg('You have severe bleeding.', { id: 'immuno.se.urgent.emergency.bleeding' }),
          msg('You pass out or have a seizure.', { id: 'immuno.se.urgent.emergency.collapse' }),
        ],
        now: [
          msg('You have a temperature of 100.4°F (38°C) or higher that your team has not told you to expect.', {
            id: 'immuno.se.urgent.now.fever',
          }),
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
