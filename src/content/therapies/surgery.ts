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
 * NET; recovery room, ICU; pain; infection; wound signs of infection), ACS (risks; what is done to
 * reduce them; bleeding), VCU Massey Cancer Center (damage to organs, blood loss), Macmillan (blood
 * clots), Gloucestershire Hospitals NHS trust (999 for signs of a clot in the lungs), OncoLink
 * (100.4°F / 38°C). Not found in a source we could read: time in hospital in days, recovery time at
 * home, and mild, non-urgent problems to keep for the next visit, so the card does not say
 * (second reader S-4: that level stays empty).
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
    'cruk-small-bowel-net-follow-up',
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
      'As an operation in the hospital. Some operations use only a few small cuts (laparoscopic surgery). To prevent a sudden release of hormones (carcinoid crisis), doctors usually give octreotide or lanreotide before surgery.',
      { id: 'surgery.howGiven' },
    ),
    experience: {
      howOften: msg(
        'Follow-up visits are often every 3 to 6 months for the first 3 to 5 years, then once a year. They may be more often for a fast-growing NET. Your plan depends on your situation, so ask your care team.',
        { id: 'surgery.experience.howOften' },
      ),
      hospital: msg(
        'After the operation you go to a recovery room, then back to your hospital room. After a big operation, you may spend a day or so in intensive care or a special care unit. You will likely have an IV line in your arm for fluids until you can eat and drink again.',
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
        name: msg('Removing part of the tumor (debulking, also called cytoreductive surgery)', {
          id: 'surgery.subtype.debulking',
        }),
        description: msg(
          'If the whole tumor cannot be removed, the surgeon takes out as many cancer cells as possible. The aim is to ease symptoms and lower the hormones the tumor makes. It will not get rid of the NET.',
          { id: 'surgery.subtype.debulking.desc' },
        ),
        sources: ['seed-us-hospital', 'seed-ipsen-uk', 'cruk-net-surgery-types'],
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
      given: msg('An operation in the hospital, then regular follow-up visits.', {
        id: 'surgery.compare.given',
      }),
      hospital: msg('After a big operation you stay in the hospital, and may spend a day or so in intensive care.', {
        id: 'surgery.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'cruk-problems-after-surgery',
      'acs-risks-of-cancer-surgery',
      'acs-surgery-risks-guide',
      'massey-surgery-risks',
      'ccs-net-surgery',
      'macmillan-blood-clots',
      'glos-hospitals-dvt',
      'oncolink-neutropenic-fever',
      'cruk-symptoms-of-infection',
      'christie-infection-fever',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      title: msg('Risks and recovery after surgery', { id: 'surgery.se.title' }),
      intro: msg(
        'Any operation can cause problems, and the possible problems depend on the kind of operation. Many problems are minor, but some can be life-threatening, so treating them early is important.',
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
          description: msg(
            'You can lose blood during or after surgery. Bleeding is part of any operation, and it can usually be controlled.',
            {
              id: 'surgery.se.bleeding.desc',
            },
          ),
          sources: ['massey-surgery-risks', 'acs-surgery-risks-guide'],
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
          name: msg('Damage to organs', { id: 'surgery.se.organs' }),
          description: msg('An operation can damage organs in the body.', {
            id: 'surgery.se.organs.desc',
          }),
          sources: ['massey-surgery-risks'],
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
          msg('You have chest pain, or you are short of breath for no clear reason.', {
            id: 'surgery.se.urgent.emergency.breathing',
          }),
          msg('You cough up blood.', { id: 'surgery.se.urgent.emergency.coughBlood' }),
          msg('You have heavy bleeding.', { id: 'surgery.se.urgent.emergency.bleeding' }),
        ],
        now: [
          msg('You have a temperature of 100.4°F (38°C) or higher, or other signs of infection.', {
            id: 'surgery.se.urgent.now.infection',
          }),
          msg('Your wound is red, swollen, hot or painful, or fluid is coming out of it.', {
            id: 'surgery.se.urgent.now.wound',
          }),
          msg('You have pain, swelling, heat or redness in a leg (usually the calf) or an arm.', {
            id: 'surgery.se.urgent.now.clot',
          }),
          msg('Your pain is not controlled, or it is getting worse.', { id: 'surgery.se.urgent.now.pain' }),
        ],
        nextVisit: [],
      },
    }),
  },
};
