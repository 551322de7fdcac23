import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Clinical trials.
 * Seeds: 002 (the care team can help explore options; treatment as part of a research study;
 * tests whether new drugs, different doses or new combinations are better than the current
 * standard approach for that type and stage of cancer), 003 (treatments under development are not
 * yet approved and may never be approved or available in your country), 001 (NETRF funds studies
 * of immunotherapy for NETs), 000 (research is ongoing; recommendations change as new therapies
 * become available).
 * National Cancer Institute, "Phases of clinical trials" (cited by seed 001): trials are done in
 * steps called phases.
 * Side effects depend on the treatment being tested; the seeds name none.
 */
export const clinicalTrials: Therapy = {
  id: 'clinical-trials',
  status: 'studied',
  delivery: ['varies'],
  aims: ['test-new'],
  sources: ['seed-us-hospital', 'seed-ipsen-uk', 'seed-netrf', 'seed-us-health', 'ref-nci-trial-phases'],
  review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
  text: () => ({
    name: msg('Clinical trials', { id: 'trials.name' }),
    summary: msg(
      'A clinical trial gives treatment as part of a research study. Trials find out whether a new treatment may be better than the current standard one. Your care team can help you look at options for taking part.',
      { id: 'trials.summary' },
    ),
    howItWorks: msg(
      'Researchers compare a new treatment with the usual treatment for that type and stage of cancer. New treatments are tested in steps, called phases. Research into NETs is ongoing, and treatment advice can change as new treatments become available.',
      { id: 'trials.howItWorks' },
    ),
    whenUsed: [
      msg('When you and your care team want to explore treatments that are still being studied.', {
        id: 'trials.whenUsed.explore',
      }),
      msg(
        'Treatments still under development are not yet approved. They may never be approved or available in your country.',
        {
          id: 'trials.whenUsed.notApproved',
        },
      ),
    ],
    howGiven: msg('It depends on the trial and the treatment being tested.', { id: 'trials.howGiven' }),
    examples: [],
    subtypes: [
      {
        name: msg('New drugs', { id: 'trials.subtype.drugs' }),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('Different doses', { id: 'trials.subtype.doses' }),
        sources: ['seed-us-hospital'],
      },
      {
        name: msg('New combinations of treatments', { id: 'trials.subtype.combinations' }),
        sources: ['seed-us-hospital'],
      },
    ],
    subtypesTitle: msg('What a trial may test', { id: 'trials.subtypesTitle' }),
  }),
  sideEffects: {
    sources: ['seed-us-hospital'],
    review: { lastReviewed: '2026-11-23', nextReview: '2027-11-23' },
    text: () => ({
      intro: msg(
        'Side effects depend on the treatment being tested, so they vary from trial to trial. Ask the trial team which side effects to expect.',
        { id: 'trials.se.intro' },
      ),
      items: [],
      urgent: [
        msg('You are worried about a new symptom, or a symptom that is getting worse.', {
          id: 'trials.se.urgent.worried',
        }),
      ],
    }),
  },
};
