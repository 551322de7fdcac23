import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Surgery, with the kinds that seed 002 names plus two from the Canadian Cancer Society.
 * Evidence for every message: surgery.evidence.json.
 * Seeds: 000 (usually the preferred first step, not always possible; size decides whether a tumor
 * can be removed), 002 (first approach for localized NETs; remove fully or reduce tumor burden;
 * relieve symptoms in advanced disease; enucleation, debulking, cytoreductive, laparoscopic,
 * liver transplant, palliative), 003 (first choice when localized or limited spread; maybe no
 * other treatment needed; debulking "may still be possible" when spread; relieve a blocked bowel;
 * remove parts of the liver; liver transplant very occasionally), 004 (usually used; most people
 * with NETs benefit when it can be done; type depends on location).
 * Beyond the seeds: CCS (carcinoid crisis and how it is prevented; local excision; bowel resection;
 * follow-up intervals; report new symptoms between visits), CRUK (debulking won't get rid of the
 * NET; recovery room, ICU; pain; infection), ACS (risks; what is done to reduce them), Macmillan
 * (blood clots, and 999 when you cannot reach a doctor), NHS (999 for DVT symptoms with
 * breathlessness and chest pain). Not found in a source we could read: time in hospital in days,
 * recovery time at home, and when to call about bleeding or the wound, so the card does not say.
 */
export const surgery: Therapy = {
  id: 'surgery',
  status: 'standard',
  delivery: ['operation'],
  aims: ['remove', 'relieve', 'control-symptoms'],
  sources: [
    'seed-ccs',
    'seed-us-health',
    'seed-us-hospital',
    'seed-ipsen-uk',
    'cruk-net-surgery-types',
    'ccs-net-surgery',
    'ccs-neuroendocrine-surgery',
    'cruk-net-after-surgery',
    'ccs-net-follow-up',
    'macmillan-pancreatic-surgery',
    'acs-risks-of-cancer-surgery',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Surgery', { id: 'surgery.name' }),
    summary: msg(
      'Surgery is an operation to take out the tumor, or as much of it as possible. Most people with NETs benefit from surgery when it can be done, but it is not always possible. If the whole tumor can be removed, you may not need any other treatment.',
      { id: 'surgery.summary' },
    ),
    howItWorks: msg(
      'A surgeon removes the tumor, or part of it. Making the tumor smaller may also ease symptoms. The kind of operation depends mainly on where the tumor is.',
      { id: 'surgery.howItWorks' },
    ),
    whenUsed: [
      msg('When the tumor is in one place (localized), or has spread only a little within one organ.', {
        id: 'surgery.whenUsed.localized',
      }),
      msg(
        'If the NET has spread, surgery may still be possible, to remove part of the tumor and other tumors (debulking). This can help control symptoms, but it will not get rid of the NET.',
        { id: 'surgery.whenUsed.spread' },
      ),
      msg('When a tumor blocks an organ, such as the bowel, to relieve the blockage.', {
        id: 'surgery.whenUsed.blockage',
      }),
      msg('When the NET has spread to the liver, to remove the parts of the liver with tumor in them.', {
        id: 'surgery.whenUsed.liver',
      }),
      msg('The size and place of the tumor help decide whether surgery is possible.', {
        id: 'surgery.whenUsed.size',
      }),
    ],
    howGiven: msg(
      'As an operation in the hospital. Some operations use only a few small cuts (laparoscopic surgery). Before surgery, doctors usually give a drug such as octreotide or lanreotide to control hormone levels.',
      { id: 'surgery.howGiven' },
    ),
    experience: {
      howOften: msg(
        'After surgery, you have follow-up visits. These are usually every 3 to 6 months for the first 3 to 5 years, then once a year.',
        { id: 'surgery.experience.howOften' },
      ),
      hospital: msg(
        'After the operation you go to a recovery room, then back to the ward. After a big operation, you may spend a day or so in intensive care or a high-dependency unit. You are likely to have a drip into your arm (IV) for fluids until you are eating and drinking again.',
        { id: 'surgery.experience.hospital' },
      ),
      dailyLife: msg(
        'If you live alone or care for someone else, you may need help when you go home. Tell your nurse about this early. Report new symptoms, such as diarrhea, flushing or belly pain, without waiting for your next visit.',
        { id: 'surgery.experience.dailyLife' },
      ),
    },
    examples: [],
    subtypes: [
      {
        name: msg('Removing only the tumor (enucleation)', { id: 'surgery.subtype.enucleation' }),
        description: msg('This may be an option for small tumors that have not spread.', {
          id: 'surgery.subtype.enucleation.desc',
        }),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('Removing a small tumor from the inner lining of the gut (local excision)', {
          id: 'surgery.subtype.localExcision',
        }),
        description: msg(
          'This removes early-stage tumors on the inner lining of an organ, often with a thin tube (endoscope). It can be done for small NETs in the gut, including the stomach, small bowel, appendix or rectum.',
          { id: 'surgery.subtype.localExcision.desc' },
        ),
        sources: ['ccs-net-surgery'],
      },
      {
        name: msg('Removing part of the bowel (bowel resection)', { id: 'surgery.subtype.bowelResection' }),
        description: msg(
          'This removes part of the small bowel, the large bowel or both. It is used for tumors of the small bowel, appendix, colon or rectum.',
          { id: 'surgery.subtype.bowelResection.desc' },
        ),
        sources: ['ccs-neuroendocrine-surgery'],
      },
      {
        name: msg('Removing part of the tumor (debulking)', { id: 'surgery.subtype.debulking' }),
        description: msg(
          'If the whole tumor cannot be removed, some of it is taken out. This may ease some symptoms, but it will not get rid of the NET.',
          { id: 'surgery.subtype.debulking.desc' },
        ),
        sources: ['seed-us-hospital', 'seed-ipsen-uk', 'cruk-net-surgery-types'],
      },
      {
        name: msg('Removing as many cancer cells as possible (cytoreductive surgery)', {
          id: 'surgery.subtype.cytoreductive',
        }),
        description: msg(
          'This is used for NETs in the digestive system (gastrointestinal NETs). With fewer cancer cells, the tumor makes fewer hormones. It may also ease some symptoms.',
          { id: 'surgery.subtype.cytoreductive.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('Surgery through small cuts (laparoscopic surgery)', { id: 'surgery.subtype.laparoscopic' }),
        description: msg(
          'The surgeon works through one or more small cuts in the belly. Recovery is faster because it is less invasive than standard surgery.',
          { id: 'surgery.subtype.laparoscopic.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('Liver transplant', { id: 'surgery.subtype.transplant' }),
        description: msg(
          'For NETs that have spread to the liver, replacing the liver may be an option. It is considered only very occasionally.',
          { id: 'surgery.subtype.transplant.desc' },
        ),
        sources: ['seed-us-hospital', 'seed-ipsen-uk'],
      },
      {
        name: msg('Surgery to ease symptoms (palliative surgery)', { id: 'surgery.subtype.palliative' }),
        description: msg(
          'If a tumor cannot be fully removed, making it smaller may ease symptoms. The aim is to improve comfort and quality of life. It may be done together with radiation therapy.',
          { id: 'surgery.subtype.palliative.desc' },
        ),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('Kinds of surgery', { id: 'surgery.subtypesTitle' }),
    question: msg('What are the possible risks of my operation, and what will be done to reduce them?', {
      id: 'surgery.question',
    }),
    compare: {
      what: msg('An operation to remove the tumor, or as much of it as possible.', { id: 'surgery.compare.what' }),
      given: msg('An operation in the hospital, then follow-up visits every few months at first.', {
        id: 'surgery.compare.given',
      }),
      hospital: msg('You stay in the hospital; after a big operation, you may spend a day or so in intensive care.', {
        id: 'surgery.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'cruk-problems-after-surgery',
      'acs-risks-of-cancer-surgery',
      'acs-risks-of-cancer-surgery-prod',
      'ccs-side-effects-of-surgery',
      'ccs-net-surgery',
      'macmillan-blood-clots',
      'nhs-dvt-beta',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      title: msg('Risks and recovery after surgery', { id: 'surgery.se.title' }),
      intro: msg(
        'Any operation can cause problems, and the possible problems depend on the kind of operation. The more complex the surgery, the greater the risk. Many problems are minor, but some can be life-threatening, so treating them early is important.',
        { id: 'surgery.se.intro' },
      ),
      items: [
        {
          name: msg('Pain', { id: 'surgery.se.pain' }),
          description: msg(
            'It is natural to have some pain after surgery. It usually goes away a few weeks after the operation.',
            {
              id: 'surgery.se.pain.desc',
            },
          ),
          helps: msg('Painkillers usually control it well. Some people need to keep taking them for longer.', {
            id: 'surgery.se.pain.helps',
          }),
          sources: ['cruk-problems-after-surgery'],
        },
        {
          name: msg('Infection', { id: 'surgery.se.infection' }),
          description: msg(
            'You can get an infection after an operation, for example in the wound, the chest or the urine.',
            {
              id: 'surgery.se.infection.desc',
            },
          ),
          helps: msg('You will have antibiotics to lower the risk of infection.', { id: 'surgery.se.infection.helps' }),
          sources: ['cruk-problems-after-surgery'],
        },
        {
          name: msg('Bleeding', { id: 'surgery.se.bleeding' }),
          description: msg('Bleeding is part of any surgery, and it is usually controlled.', {
            id: 'surgery.se.bleeding.desc',
          }),
          sources: ['acs-risks-of-cancer-surgery-prod'],
        },
        {
          name: msg('Blood clots', { id: 'surgery.se.clots' }),
          description: msg(
            'The risk of a blood clot is higher after surgery. A clot in a leg or arm can cause pain, swelling, heat and redness. A clot in the lungs can cause shortness of breath or chest pain.',
            { id: 'surgery.se.clots.desc' },
          ),
          helps: msg(
            'Your team might use leg pumps or compression stockings, and low-dose blood thinners, to help prevent clots.',
            {
              id: 'surgery.se.clots.helps',
            },
          ),
          sources: ['macmillan-blood-clots', 'acs-risks-of-cancer-surgery'],
        },
        {
          name: msg('Damage to nearby tissues or organs', { id: 'surgery.se.organs' }),
          description: msg('An operation can damage nearby tissues or other organs.', {
            id: 'surgery.se.organs.desc',
          }),
          sources: ['acs-risks-of-cancer-surgery-prod'],
        },
        {
          name: msg('A sudden release of hormones (carcinoid crisis)', { id: 'surgery.se.carcinoidCrisis' }),
          description: msg(
            'A NET may release too many hormones during surgery, when an anesthetic is given or the tumor is touched. This causes severe flushing, low blood pressure, trouble breathing and an uneven heartbeat. It is serious and can be life-threatening.',
            { id: 'surgery.se.carcinoidCrisis.desc' },
          ),
          helps: msg('To prevent it, doctors usually give octreotide or lanreotide before surgery.', {
            id: 'surgery.se.carcinoidCrisis.helps',
          }),
          sources: ['ccs-net-surgery'],
        },
      ],
      urgent: {
        emergency: [
          msg('You have pain and swelling in a leg, with shortness of breath and chest pain.', {
            id: 'surgery.se.urgent.emergency.clot',
          }),
          msg('You are short of breath or have chest pain, and you cannot speak to a doctor right away.', {
            id: 'surgery.se.urgent.emergency.breathing',
          }),
        ],
        now: [
          msg('You have signs of infection, such as a fever.', { id: 'surgery.se.urgent.now.infection' }),
          msg('You have pain, swelling, heat or redness in a leg (usually the calf) or an arm.', {
            id: 'surgery.se.urgent.now.clot',
          }),
          msg('Your pain is not controlled, or it is getting worse.', { id: 'surgery.se.urgent.now.pain' }),
        ],
        nextVisit: [
          msg('You have other side effects that you think might be from your surgery.', {
            id: 'surgery.se.urgent.nextVisit.other',
          }),
        ],
      },
    }),
  },
};
