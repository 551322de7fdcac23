import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Surgery, with the six kinds that seed 002 names.
 * Seeds: 000 (usually the preferred first step, not always possible; size decides whether a tumor
 * can be removed), 002 (first approach for localized NETs; remove fully or reduce tumor burden;
 * relieve symptoms in advanced disease; enucleation, debulking, cytoreductive, laparoscopic,
 * liver transplant, palliative), 003 (first choice when localized or limited spread; maybe no
 * other treatment needed; debulking when spread; relieve a blocked bowel; remove parts of the
 * liver; liver transplant very occasionally), 004 (usually used; most people benefit when it can
 * be done; type depends on location; follow-up plan made for each person).
 */
export const surgery: Therapy = {
  id: 'surgery',
  status: 'standard',
  delivery: ['operation'],
  aims: ['remove', 'relieve', 'control-symptoms'],
  sources: ['seed-us-hospital', 'seed-ipsen-uk', 'seed-ccs', 'seed-us-health'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Surgery', { id: 'surgery.name' }),
    summary: msg(
      'Surgery is an operation to take out the tumor, or as much of it as possible. It is often the first treatment for a NET that has not spread. If the whole tumor can be removed, you may not need any other treatment.',
      { id: 'surgery.summary' },
    ),
    howItWorks: msg(
      'A surgeon removes the tumor, or part of it. Making the tumor smaller can also ease symptoms. The kind of operation depends mainly on where the tumor is.',
      { id: 'surgery.howItWorks' },
    ),
    whenUsed: [
      msg('When the tumor is in one place (localized), or has spread only a little within one organ.', {
        id: 'surgery.whenUsed.localized',
      }),
      msg('When the NET has spread, to remove part of the tumor and other tumors (debulking).', {
        id: 'surgery.whenUsed.spread',
      }),
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
      'As an operation in the hospital. Some operations use only a few small cuts (laparoscopic surgery). After treatment, you and your care team agree on a follow-up plan that suits you.',
      { id: 'surgery.howGiven' },
    ),
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
        name: msg('Removing part of the tumor (debulking)', { id: 'surgery.subtype.debulking' }),
        description: msg(
          'If the whole tumor cannot be removed, some of it is taken out. This may ease some symptoms.',
          { id: 'surgery.subtype.debulking.desc' },
        ),
        sources: ['seed-us-hospital', 'seed-ipsen-uk'],
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
  }),
  sideEffects: {
    sources: ['seed-us-hospital', 'seed-ccs'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      title: msg('Recovery after surgery', { id: 'surgery.se.title' }),
      intro: msg(
        'What to expect depends on the kind of operation and where the tumor is. Your care team can tell you what recovery may be like for you.',
        { id: 'surgery.se.intro' },
      ),
      items: [
        {
          name: msg('Time to recover', { id: 'surgery.se.recovery' }),
          description: msg(
            'You will need time to recover after an operation. Recovery from laparoscopic surgery is faster than from standard surgery.',
            { id: 'surgery.se.recovery.desc' },
          ),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Follow-up checks', { id: 'surgery.se.followUp' }),
          description: msg(
            'After treatment you will have follow-up care. Your plan is made for you and may be shared between your specialists and your family doctor.',
            { id: 'surgery.se.followUp.desc' },
          ),
          sources: ['seed-ccs'],
        },
      ],
      urgent: [
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'surgery.se.urgent.worried',
        }),
      ],
    }),
  },
};
