import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Somatostatin analogues (SSAs): octreotide and lanreotide, also called hormone therapy (seeds 001,
 * 002; Canadian Cancer Society). Every message's quotes are in somatostatin-analogues.evidence.json.
 * Seeds: 000 (SSAs counter excess hormones), 001 (quality of life, mild side effects; side
 * effects; long- and short-acting injections), 002 (names, side effects, "typically won't shrink a
 * tumor, but it may slow its growth"), 003 (copies somatostatin; diarrhoea, flushing and wheezing;
 * up to three injections a day or monthly).
 * Where the seeds disagree (000 "also help shrink NETs", 002 "typically won't shrink"), the card
 * says the cautious one, as the audit asks.
 * Public pages read 2026-12-01: Cancer Research UK and Macmillan (every 4 weeks / 28 days; a nurse
 * usually gives it; lanreotide can be self-injected; most common side effects; diabetes), the
 * Canadian Cancer Society (hormone therapy; slows growth when surgery can't be done; once a month),
 * Cancer Care Ontario (conditions to mention before starting), and the manufacturers' US pages
 * (Ipsen for Somatuline Depot, Novartis for Sandostatin: who gives it, most common side effects,
 * gallstone and high blood sugar warning signs).
 * Approval per region (label documents, prrt-and-regulatory.md §2): US — octreotide LAR for
 * symptoms only, lanreotide also for tumor growth (openFDA label; Novartis and Ipsen US); UK —
 * octreotide LAR also for advanced midgut NETs (Novartis UK); Canada — lanreotide (Ipsen Canada,
 * Health Canada approval 2018); no Canadian octreotide indication was found.
 * Aim 'slow' ("Slow growth"): the sources say "may slow", never "stop" (second reader X-4).
 * Urgent advice: no independent source giving reasons to call could be read (the CRUK, Macmillan,
 * CCS and Cancer Care Ontario pages were cut off before them), so the "right away" signs are
 * Ipsen's US list ("Tell your healthcare provider (HCP) if you have any of the following
 * symptoms"), and the intro says so (X-13, SSA-1). The 911 bullet is the one every card carries.
 */
export const somatostatinAnalogues: Therapy = {
  id: 'somatostatin-analogues',
  status: 'approved',
  delivery: ['injection'],
  aims: ['control-symptoms', 'slow'],
  sources: [
    'seed-us-hospital',
    'seed-netrf',
    'seed-ipsen-uk',
    'seed-us-health',
    'cruk-net-somatostatin-analogues',
    'cruk-carcinoid-somatostatin-analogues',
    'macmillan-somatostatin-analogues-nets',
    'ccs-net-hormone-therapy',
    'ccs-net-drug-therapy',
    'cco-lanreotide-info-sheet',
    'ipsen-somatuline-depot-treatment',
    'ipsen-somatuline-depot-us-hcp',
    'fda-lanreotide-label',
    'novartis-sandostatin-us',
    'novartis-sandostatin-lar-us-hcp',
    'novartis-sandostatin-lar-uk',
    'ipsen-canada-somatuline-autogel',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Hormone therapy (somatostatin analogs)', { id: 'ssa.name' }),
    summary: msg(
      'Somatostatin analogs are medicines that act like somatostatin, a hormone your body makes. They can stop the body from making too many hormones, which can ease symptoms such as diarrhea, flushing and wheezing. They may also slow the growth of some NETs.',
      { id: 'ssa.summary' },
    ),
    howItWorks: msg(
      'Somatostatin is a chemical messenger that can stop other hormones from being made. These medicines copy it. They reduce the extra hormones that some NETs release.',
      { id: 'ssa.howItWorks' },
    ),
    whenUsed: [
      msg('When a NET makes extra hormones that cause symptoms (a functioning NET).', {
        id: 'ssa.whenUsed.symptoms',
      }),
      msg(
        'To slow the growth of some NETs that are advanced or have spread, when surgery cannot be done. They usually do not shrink the tumor.',
        { id: 'ssa.whenUsed.growth' },
      ),
      msg('Often before other medicines, such as targeted therapy, are tried.', {
        id: 'ssa.whenUsed.first',
      }),
    ],
    howGiven: msg(
      'By injection, under the skin or into a muscle. The long-acting form is usually given every 4 weeks. A short-acting form is injected a few times a day.',
      { id: 'ssa.howGiven' },
    ),
    experience: {
      howOften: msg(
        'Most people have a long-acting injection every 4 weeks (28 days). Your doctor may change the dose or the time between injections. You usually keep having it for as long as it works.',
        { id: 'ssa.experience.howOften' },
      ),
      hospital: msg(
        'A health care provider gives the long-acting injection. You can learn to give the short-acting injections yourself.',
        { id: 'ssa.experience.hospital' },
      ),
      dailyLife: msg(
        'Your blood sugar may go up or down. If you have diabetes, you need to check your blood sugar more often. Tell your care team if you have or have had diabetes, or heart, liver, kidney, thyroid or gallbladder problems.',
        { id: 'ssa.experience.dailyLife' },
      ),
    },
    examples: [
      {
        name: msg('Octreotide (Sandostatin; long-acting: Sandostatin LAR Depot)', {
          id: 'ssa.example.octreotide',
        }),
        sources: [
          'seed-us-hospital',
          'novartis-sandostatin-us',
          'cruk-net-somatostatin-analogues',
          'novartis-sandostatin-lar-uk',
          'ccs-net-drug-therapy',
        ],
      },
      {
        name: msg('Lanreotide (Somatuline Depot)', { id: 'ssa.example.lanreotide' }),
        sources: [
          'seed-us-hospital',
          'ipsen-somatuline-depot-treatment',
          'cruk-net-somatostatin-analogues',
          'ccs-net-drug-therapy',
          'ipsen-canada-somatuline-autogel',
        ],
      },
    ],
    subtypes: [
      {
        name: msg('Short-acting injections', { id: 'ssa.subtype.short' }),
        description: msg('Injected under the skin a few times a day. This may be used when treatment starts.', {
          id: 'ssa.subtype.short.desc',
        }),
        sources: ['seed-ipsen-uk', 'seed-netrf', 'novartis-sandostatin-us', 'cruk-carcinoid-somatostatin-analogues'],
      },
      {
        name: msg('Long-acting injections', { id: 'ssa.subtype.long' }),
        description: msg('Usually one injection every 4 weeks, into a muscle or deep under the skin.', {
          id: 'ssa.subtype.long.desc',
        }),
        sources: [
          'seed-ipsen-uk',
          'seed-netrf',
          'cruk-net-somatostatin-analogues',
          'macmillan-somatostatin-analogues-nets',
          'ipsen-somatuline-depot-treatment',
          'novartis-sandostatin-us',
        ],
      },
    ],
    subtypesTitle: msg('Short- and long-acting forms', { id: 'ssa.subtypesTitle' }),
    approval: msg(
      'In the US, lanreotide is approved to slow the growth of some advanced NETs of the gut or pancreas. Both drugs are approved for carcinoid syndrome, a group of symptoms such as flushing and diarrhea. Long-acting octreotide is approved only for these symptoms: its effect on tumor growth has not been determined.',
      { id: 'ssa.approval' },
    ),
    question: msg('Who will give my injections, and where? Could I learn to give them myself?', {
      id: 'ssa.question',
    }),
    compare: {
      what: msg(
        'Injections that act like the hormone somatostatin, to ease hormone symptoms. They may also slow growth.',
        {
          id: 'ssa.compare.what',
        },
      ),
      given: msg('An injection, usually every 4 weeks for the long-acting form.', { id: 'ssa.compare.given' }),
      hospital: msg('A health care provider gives the long-acting injection, usually every 4 weeks.', {
        id: 'ssa.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'seed-netrf',
      'seed-us-hospital',
      'cruk-net-somatostatin-analogues',
      'cruk-carcinoid-somatostatin-analogues',
      'cruk-lanreotide',
      'ipsen-somatuline-depot-side-effects',
      'royal-surrey-oncology-hotline',
      'wmas-999-or-111',
      'roswell-park-chemo-side-effects',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      intro: msg(
        'Some side effects can be serious: gallstones, blood sugar changes, a slow heart rate or high blood pressure. Still, these medicines can improve quality of life; most side effects are mild, and your team may suggest ways to manage them. The warning signs below come from the maker of lanreotide.',
        { id: 'ssa.se.intro' },
      ),
      items: [
        {
          name: msg('Nausea (feeling sick to your stomach)', { id: 'ssa.se.nausea' }),
          description: msg('Your stomach may feel unsettled, or you may throw up.', { id: 'ssa.se.nausea.desc' }),
          frequency: 'common',
          sources: [
            'seed-netrf',
            'seed-us-hospital',
            'cruk-net-somatostatin-analogues',
            'ipsen-somatuline-depot-side-effects',
          ],
        },
        {
          name: msg('Stomach pain or cramps', { id: 'ssa.se.cramping' }),
          description: msg('You may have pain or cramps in your belly.', {
            id: 'ssa.se.cramping.desc',
          }),
          frequency: 'common',
          sources: ['seed-netrf', 'cruk-net-somatostatin-analogues', 'ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('Bloating', { id: 'ssa.se.bloating' }),
          description: msg('Your belly may feel full, tight or swollen.', {
            id: 'ssa.se.bloating.desc',
          }),
          frequency: 'common',
          sources: ['seed-us-hospital', 'cruk-net-somatostatin-analogues'],
        },
        {
          name: msg('Loss of appetite', { id: 'ssa.se.appetite' }),
          description: msg('You may not feel like eating as much as usual.', { id: 'ssa.se.appetite.desc' }),
          frequency: 'common',
          sources: ['cruk-net-somatostatin-analogues'],
        },
        {
          name: msg('Headaches and dizziness', { id: 'ssa.se.headache' }),
          description: msg('You may have headaches, or feel dizzy.', { id: 'ssa.se.headache.desc' }),
          frequency: 'common',
          sources: ['cruk-net-somatostatin-analogues', 'ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('Tiredness (fatigue)', { id: 'ssa.se.fatigue' }),
          description: msg('You may feel tired or low in energy.', { id: 'ssa.se.fatigue.desc' }),
          frequency: 'common',
          sources: ['cruk-net-somatostatin-analogues'],
        },
        {
          name: msg('Soreness where the injection goes in', { id: 'ssa.se.injectionSite' }),
          description: msg('The skin may be sore, red or itchy for a while, or you may feel a lump.', {
            id: 'ssa.se.injectionSite.desc',
          }),
          frequency: 'common',
          helps: msg('If you give the injections yourself, change the place where you inject each time.', {
            id: 'ssa.se.injectionSite.helps',
          }),
          sources: ['cruk-carcinoid-somatostatin-analogues', 'cruk-lanreotide', 'ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('Muscle and joint aches', { id: 'ssa.se.aches' }),
          description: msg('With lanreotide, your muscles or joints may ache.', {
            id: 'ssa.se.aches.desc',
          }),
          frequency: 'common',
          sources: ['ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('Loose or fatty stools (steatorrhea)', { id: 'ssa.se.stools' }),
          description: msg('Your stools may be loose, or they may be fatty and look different from usual.', {
            id: 'ssa.se.stools.desc',
          }),
          sources: ['seed-netrf'],
        },
        {
          name: msg('More diarrhea', { id: 'ssa.se.diarrhea' }),
          description: msg('Rarely, diarrhea gets worse.', { id: 'ssa.se.diarrhea.desc' }),
          frequency: 'less-common',
          sources: ['cruk-carcinoid-somatostatin-analogues'],
        },
        {
          name: msg('Changes in heart rate', { id: 'ssa.se.heart' }),
          description: msg('Your heartbeat may become slower or faster than usual.', {
            id: 'ssa.se.heart.desc',
          }),
          sources: ['seed-netrf', 'ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('High or low blood sugar', { id: 'ssa.se.sugar' }),
          description: msg('The level of sugar in your blood may go up or down.', {
            id: 'ssa.se.sugar.desc',
          }),
          sources: ['seed-us-hospital', 'cruk-carcinoid-somatostatin-analogues', 'ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('High blood pressure', { id: 'ssa.se.bloodPressure' }),
          description: msg('Lanreotide can raise your blood pressure. This can be serious.', {
            id: 'ssa.se.bloodPressure.desc',
          }),
          sources: ['ipsen-somatuline-depot-side-effects'],
        },
        {
          name: msg('Gallstones', { id: 'ssa.se.gallstones' }),
          description: msg('Small stones may form in the gallbladder.', {
            id: 'ssa.se.gallstones.desc',
          }),
          sources: ['seed-us-hospital', 'ipsen-somatuline-depot-side-effects'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have chest pain, or you are struggling to breathe.', {
            id: 'ssa.se.urgent.emergency.chestPain',
          }),
        ],
        now: [
          msg(
            'You have sudden pain in your upper right belly, your right shoulder or between your shoulder blades, sometimes with nausea.',
            { id: 'ssa.se.urgent.gallstonePain' },
          ),
          msg('Your skin or the whites of your eyes turn yellow.', { id: 'ssa.se.urgent.yellow' }),
          msg('You have a fever with chills.', { id: 'ssa.se.urgent.fever' }),
          msg(
            'You are very thirsty, urinate more than usual, or your breath smells fruity (signs of high blood sugar).',
            {
              id: 'ssa.se.urgent.sugar',
            },
          ),
          msg('You feel shaky, sweaty, dizzy or confused (signs of low blood sugar).', {
            id: 'ssa.se.urgent.lowSugar',
          }),
        ],
        nextVisit: [
          msg('You would like help to manage a side effect, such as nausea or bloating.', {
            id: 'ssa.se.urgent.next.manage',
          }),
        ],
      },
    }),
  },
};
