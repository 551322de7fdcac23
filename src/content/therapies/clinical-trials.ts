import { msg } from '@lit/localize';
import type { Therapy } from '../types.js';

/**
 * Clinical trials. Every message's evidence (source and verbatim quote) is in
 * clinical-trials.evidence.json.
 *
 * - Seeds: 002 (treatment as part of a research study; new drugs, doses, combinations; the care
 *   team can help), 003 (not yet approved; may never be approved or available in your country),
 *   000 (recommendations change as research goes on).
 * - What a publisher requires (audit 1.10, M): taking part is voluntary and you can leave at any
 *   time without losing your usual care (CRUK, Macmillan, ACS); you may get the standard treatment
 *   (CCS); how to find a trial (NCI in the US; Cancer Trials Canada in Canada, per the translator
 *   notes). Not every trial compares with usual treatment (audit 1.10, L): the phases say which do.
 * - Downsides: the risks and drawbacks CRUK, Macmillan, ACS and CCS name, shown as the card's
 *   side-effect list. No source gives trial-specific urgent advice (it depends on the trial), so
 *   all three levels are empty and the widget tells the reader to ask the trial team.
 * - The NCI "Phases of clinical trials" page cited by seed 001 could not be read, so the phases
 *   rest on ACS instead (CCS's "Clinical research" page was read only on cdn.cancer.ca, so it is no
 *   longer cited: second reader X-9).
 * - Second reader T-2: the benefits CRUK's pros-and-cons page names (a treatment only available in
 *   a trial; helping future patients) are said in whenUsed, beside the drawbacks list.
 */
export const clinicalTrials: Therapy = {
  id: 'clinical-trials',
  status: 'studied',
  delivery: ['varies'],
  aims: ['test-new'],
  sources: [
    'seed-us-hospital',
    'seed-ipsen-uk',
    'seed-us-health',
    'acs-phases-of-trials',
    'cruk-what-you-should-be-told-trial',
    'cruk-trial-pros-cons',
    'macmillan-taking-part-trial',
    'macmillan-clinical-trials',
    'macmillan-trial-benefits-risks',
    'acs-being-part-of-trial',
    'nci-trial-search-help',
    'ccs-cancer-trials-canada-launch',
  ],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: () => ({
    name: msg('Clinical trials', { id: 'trials.name' }),
    summary: msg(
      'A clinical trial gives treatment as part of a research study. Trials find out whether a new treatment may be better than the current standard one. Your care team can help you look at options, but taking part is always your choice.',
      { id: 'trials.summary' },
    ),
    howItWorks: msg(
      'New treatments are tested in steps, called phases, that build on one another. Each phase answers certain questions, starting with the highest dose that can be given safely. Research into NETs is ongoing, and treatment advice can change as new treatments become available.',
      { id: 'trials.howItWorks' },
    ),
    whenUsed: [
      msg('When you and your care team want to explore treatments that are still being studied.', {
        id: 'trials.whenUsed.explore',
      }),
      msg(
        'When a trial is open that fits your type of cancer and your age, near where you live. In the US, you can search the National Cancer Institute’s list or call 1-800-4-CANCER for help.',
        { id: 'trials.whenUsed.find' },
      ),
      msg(
        'When you want a treatment only available in a trial, or want to help improve treatment for future patients.',
        {
          id: 'trials.whenUsed.benefits',
        },
      ),
      msg(
        'Some treatments tested in trials are not yet approved. They may never be approved or available in your country.',
        { id: 'trials.whenUsed.notApproved' },
      ),
    ],
    howGiven: msg(
      'It depends on the trial and the treatment being tested. Before you join, the team must explain the trial and its likely risks. You sign a form to say you agree (consent).',
      { id: 'trials.howGiven' },
    ),
    experience: {
      howOften: msg(
        'It depends on the trial. Before you join, the team must tell you which tests and check-ups you will have. They must also say how often you will have follow-up visits, and for how long.',
        { id: 'trials.experience.howOften' },
      ),
      hospital: msg(
        'You may need to go to the hospital more often, or travel to a different hospital. Trials often run in several hospitals around the country.',
        { id: 'trials.experience.hospital' },
      ),
      dailyLife: msg(
        'You can say no, or leave the trial at any time, without losing your usual care. You can ask questions at any time during the trial. The researchers watch you closely during and after it.',
        { id: 'trials.experience.dailyLife' },
      ),
    },
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
    question: msg('Is there a clinical trial that could suit me, and what would taking part involve?', {
      id: 'trials.question',
    }),
    compare: {
      what: msg('Treatment given as part of a research study, to find out whether a new treatment may be better.', {
        id: 'trials.compare.what',
      }),
      given: msg('It depends on the trial; you may have more tests and visits than usual.', {
        id: 'trials.compare.given',
      }),
      hospital: msg('You may need to go to the hospital more often, or travel to another hospital.', {
        id: 'trials.compare.hospital',
      }),
    },
  }),
  sideEffects: {
    sources: [
      'seed-us-hospital',
      'cruk-what-you-should-be-told-trial',
      'cruk-trial-pros-cons',
      'acs-phases-of-trials',
      'ccs-trial-benefits-risks',
      'macmillan-trial-benefits-risks',
      'macmillan-clinical-trials',
    ],
    review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
    text: () => ({
      title: msg('Possible risks and drawbacks', { id: 'trials.se.title' }),
      intro: msg(
        'Side effects depend on the treatment being tested, so they vary from trial to trial. Before you join, the trial team must tell you the likely risks and side effects.',
        { id: 'trials.se.intro' },
      ),
      items: [
        {
          name: msg('Unexpected or serious side effects', { id: 'trials.se.unexpected' }),
          description: msg(
            'As with any treatment, a new treatment can cause unexpected or serious side effects. The team will tell you what they know so far. But there is some risk that an experimental treatment could harm you.',
            { id: 'trials.se.unexpected.desc' },
          ),
          sources: ['cruk-trial-pros-cons', 'macmillan-trial-benefits-risks'],
        },
        {
          name: msg('More risk in early (phase 1) trials', { id: 'trials.se.phase1' }),
          description: msg(
            'Phase 1 trials look for the highest dose that can be given safely. They carry the most potential risk, but they do help some patients.',
            { id: 'trials.se.phase1.desc' },
          ),
          sources: ['acs-phases-of-trials'],
        },
        {
          name: msg('The new treatment may not work better', { id: 'trials.se.mayNotWork' }),
          description: msg(
            'No one knows for sure whether the new treatment works better than the standard treatment. That is why the trial is being done.',
            { id: 'trials.se.mayNotWork.desc' },
          ),
          sources: ['cruk-trial-pros-cons'],
        },
        {
          name: msg('You may not get the new treatment', { id: 'trials.se.standard' }),
          description: msg(
            'When a new treatment is compared with a standard one, you might not get the new treatment. You will still get the best standard treatment available.',
            { id: 'trials.se.standard.desc' },
          ),
          sources: ['ccs-trial-benefits-risks'],
        },
        {
          name: msg('More tests, visits and travel', { id: 'trials.se.visits' }),
          description: msg(
            'You may have check-ups more often and for longer than usual, with tests such as blood tests and CT scans. The extra visits can cost you time and money, for example for bus fares or parking.',
            { id: 'trials.se.visits.desc' },
          ),
          sources: ['cruk-trial-pros-cons', 'macmillan-trial-benefits-risks'],
        },
        {
          name: msg('How the extra checks feel', { id: 'trials.se.feelings' }),
          description: msg(
            'Some people find the extra tests make them more nervous and make them think about cancer too often. Others find them reassuring.',
            { id: 'trials.se.feelings.desc' },
          ),
          sources: ['cruk-trial-pros-cons'],
        },
      ],
      urgent: { emergency: [], now: [], nextVisit: [] },
    }),
  },
};
