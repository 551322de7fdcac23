import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Somatostatin analogues (SSAs): octreotide and lanreotide.
 * Seeds: 000 (SSAs counter excess hormones, help shrink NETs), 001 (side effects; long- and
 * short-acting injections), 002 (names, side effects, "won't shrink, may slow growth"),
 * 003 (copies somatostatin; symptoms; up to three injections a day or monthly), 004 (drug therapy).
 * Cancer Research UK, "Somatostatin analogues for neuroendocrine cancer" (cited by seed 000):
 * stops the body making too many hormones, eases diarrhea and flushing, may shrink the NET;
 * feeling sick and feeling bloated among the main side effects.
 * Brand names and approved uses per region: CONTENT.md §3.
 */
export const somatostatinAnalogues: Therapy = {
  id: 'somatostatin-analogues',
  status: 'approved',
  delivery: ['injection'],
  aims: ['control-symptoms', 'slow-growth'],
  sources: ['seed-us-hospital', 'seed-netrf', 'seed-ipsen-uk', 'seed-us-health', 'ref-cruk-ssa', 'regional-facts'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Somatostatin analogs', { id: 'ssa.name' }),
    summary: msg(
      'Somatostatin analogs are medicines that act like somatostatin, a hormone your body makes. They can stop the tumor from making too many hormones, which can ease symptoms such as diarrhea and flushing. They may also slow the growth of some NETs.',
      { id: 'ssa.summary' },
    ),
    howItWorks: msg(
      'Somatostatin is a chemical messenger that can stop other hormones from being made. These medicines copy it. They calm the extra hormones that many NETs release.',
      { id: 'ssa.howItWorks' },
    ),
    whenUsed: [
      msg('When a NET makes extra hormones that cause symptoms (a functioning NET).', {
        id: 'ssa.whenUsed.symptoms',
      }),
      msg('To slow the growth of some NETs.', { id: 'ssa.whenUsed.growth' }),
      msg('Often before other medicines, such as targeted therapy, are tried.', {
        id: 'ssa.whenUsed.first',
      }),
    ],
    howGiven: msg(
      'By injection. A short-acting form may be given up to three times a day. A long-acting form lasts about a month.',
      { id: 'ssa.howGiven' },
    ),
    examples: [
      {
        name: msg('Octreotide (Sandostatin; long-acting: Sandostatin LAR Depot)', {
          id: 'ssa.example.octreotide',
        }),
        sources: ['seed-us-hospital', 'regional-facts'],
      },
      {
        name: msg('Lanreotide (Somatuline Depot)', { id: 'ssa.example.lanreotide' }),
        sources: ['seed-us-hospital', 'regional-facts'],
      },
    ],
    subtypes: [
      {
        name: msg('Short-acting injections', { id: 'ssa.subtype.short' }),
        description: msg('Given up to three times a day, often when treatment starts.', {
          id: 'ssa.subtype.short.desc',
        }),
        sources: ['seed-ipsen-uk', 'seed-netrf'],
      },
      {
        name: msg('Long-acting injections', { id: 'ssa.subtype.long' }),
        description: msg('One injection lasts a month or so.', { id: 'ssa.subtype.long.desc' }),
        sources: ['seed-ipsen-uk', 'seed-netrf'],
      },
    ],
    subtypesTitle: msg('Short- and long-acting forms', { id: 'ssa.subtypesTitle' }),
    approval: msg('In the US, the FDA has approved long-acting octreotide to control symptoms.', {
      id: 'ssa.approval',
    }),
  }),
  sideEffects: {
    sources: ['seed-netrf', 'seed-us-hospital', 'ref-cruk-ssa'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Side effects are often mild. Not everyone gets them. Your care team may be able to suggest ways to manage them.',
        { id: 'ssa.se.intro' },
      ),
      items: [
        {
          name: msg('Feeling sick (nausea)', { id: 'ssa.se.nausea' }),
          description: msg('You may feel sick to your stomach.', { id: 'ssa.se.nausea.desc' }),
          sources: ['seed-netrf', 'seed-us-hospital', 'ref-cruk-ssa'],
        },
        {
          name: msg('Stomach cramps', { id: 'ssa.se.cramping' }),
          description: msg('You may have cramping pains in your belly.', {
            id: 'ssa.se.cramping.desc',
          }),
          sources: ['seed-netrf'],
        },
        {
          name: msg('Loose or fatty stools (steatorrhea)', { id: 'ssa.se.stools' }),
          description: msg('Your poop may be loose, or it may be fatty and look different from usual.', {
            id: 'ssa.se.stools.desc',
          }),
          sources: ['seed-netrf'],
        },
        {
          name: msg('Changes in heart rate', { id: 'ssa.se.heart' }),
          description: msg('Your heartbeat may become slower or faster than usual.', {
            id: 'ssa.se.heart.desc',
          }),
          sources: ['seed-netrf'],
        },
        {
          name: msg('Raised blood sugar (hyperglycemia)', { id: 'ssa.se.sugar' }),
          description: msg('The level of sugar in your blood may go up.', {
            id: 'ssa.se.sugar.desc',
          }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Gallstones', { id: 'ssa.se.gallstones' }),
          description: msg('Small stones may form in the gallbladder.', {
            id: 'ssa.se.gallstones.desc',
          }),
          sources: ['seed-us-hospital'],
        },
        {
          name: msg('Bloating', { id: 'ssa.se.bloating' }),
          description: msg('Your belly may feel full, tight or swollen.', {
            id: 'ssa.se.bloating.desc',
          }),
          sources: ['seed-us-hospital', 'ref-cruk-ssa'],
        },
      ],
      urgent: [
        msg('You have severe pain in your belly.', { id: 'ssa.se.urgent.pain' }),
        msg('Your heartbeat feels much faster or slower than usual.', {
          id: 'ssa.se.urgent.heart',
        }),
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'ssa.se.urgent.worried',
        }),
      ],
    }),
  },
};
