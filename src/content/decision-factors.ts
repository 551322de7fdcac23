/**
 * The decision checklist's content: the factors a care team weighs when it suggests treatments for
 * a NET, and the priorities a reader can mark as mattering most to them.
 *
 * Factors come from the seeds' own lists: seed 000 "Factors that are considered when making
 * treatment decisions" (location, size, stage, hormone production, tumor grade, symptoms, overall
 * health, preferences), seed 002 (where it started, how fast it is growing, whether it makes
 * hormones, stage and grade; "a shared decision … based on the patient's goals and preferences")
 * and seed 004 (where the cancer started, if and where it has spread, grade, stage, functional or
 * not, other health conditions, "your personal preferences (what you want)").
 *
 * Priorities are values clarification (Ottawa Personal Decision Guide, docs/content-rules.md §4): the reader's
 * own goals, not medical claims. They say nothing about which treatment meets them.
 *
 * The checklist also carries general questions to ask about every option (seed 000: the goal of
 * the treatment; seed 002: side effects and quality of life; seed 004: follow-up after any
 * treatment) and signposting to support (a helpline per region, and NET patient support groups,
 * seed 003), as the sources state them. Evidence for every message:
 * decision-factors.evidence.json.
 *
 * Not carried, on purpose: seed 002's "Most NET patients are diagnosed at an advanced stage". It
 * is a statement about patients in general, not a factor in one person's decision (the stage
 * factor asks about the reader's own stage); it may alarm a reader whose NET was found early; and
 * no second source read for this project says it.
 *
 * Ids are stable: they are stored (with `persist`) and sent in the `net-checklist-change` event.
 */
import { msg } from '@lit/localize';
import type { SourceId } from './sources/index.js';

export const FACTOR_IDS = [
  'location',
  'size',
  'stage',
  'hormones',
  'grade',
  'growth',
  'symptoms',
  'health',
  'preferences',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export const PRIORITY_IDS = [
  'side-effects',
  'symptoms',
  'growth',
  'daily-life',
  'fewer-visits',
  'at-home',
  'time-to-decide',
] as const;
export type PriorityId = (typeof PRIORITY_IDS)[number];

export interface DecisionFactorText {
  /** Plain name first, medical term after. */
  name: string;
  /** Why it matters, in one to three short sentences grounded in the seeds. */
  why: string;
  /** A question the reader could ask their care team. */
  question: string;
}

export interface DecisionFactor {
  id: FactorId;
  sources: readonly SourceId[];
  text(): DecisionFactorText;
}

export interface Priority {
  id: PriorityId;
  text(): string;
}

export interface DecisionChecklistText {
  title: string;
  intro: string;
  /** Shared decision: the reader's role (Ottawa guide: "your role"). */
  role: string;
  factorsTitle: string;
  factorsIntro: string;
  prioritiesTitle: string;
  prioritiesIntro: string;
  /** Heading over `questions`. */
  questionsTitle: string;
  /** Questions to ask about every option (the goal, side effects and quality of life, follow-up). */
  questions: readonly string[];
  /** Heading over `support` (Ottawa guide: "support"). */
  supportTitle: string;
  /** Where to find support, one short paragraph each: the region's helpline, patient support groups. */
  support: readonly string[];
}

export const decisionFactors: readonly DecisionFactor[] = [
  {
    id: 'location',
    sources: ['seed-us-health', 'seed-us-hospital', 'seed-ccs'],
    text: () => ({
      name: msg('Where the tumor started (location)', { id: 'factor.location.name' }),
      why: msg(
        'Most NETs start in the gut (the GI tract), and others in the lungs or pancreas. NETs that start in other places are rare. Where it started affects which treatments are possible, such as the type of surgery.',
        { id: 'factor.location.why' },
      ),
      question: msg('Where did my tumor start, and what type of NET is it? How does that affect my options?', {
        id: 'factor.location.question',
      }),
    }),
  },
  {
    id: 'size',
    sources: ['seed-us-health'],
    text: () => ({
      name: msg('The size of the tumor', { id: 'factor.size.name' }),
      why: msg('Along with where it is, the size of the tumor helps show whether it can be removed with surgery.', {
        id: 'factor.size.why',
      }),
      question: msg('How big is my tumor? Could it be removed with surgery?', {
        id: 'factor.size.question',
      }),
    }),
  },
  {
    id: 'stage',
    sources: ['seed-us-health', 'seed-ccs'],
    text: () => ({
      name: msg('The stage, and whether it has spread', { id: 'factor.stage.name' }),
      why: msg(
        'The stage takes in the size of the tumor and whether, and where, it has spread. When NETs spread, they often spread to the liver. Some treatments act throughout the body, so they can be used when cancer has spread.',
        { id: 'factor.stage.why' },
      ),
      question: msg('What stage is it? Has it spread, and if so, where?', {
        id: 'factor.stage.question',
      }),
    }),
  },
  {
    id: 'hormones',
    sources: ['seed-us-health', 'seed-us-hospital', 'seed-ccs'],
    text: () => ({
      name: msg('Whether it makes hormones (functioning or non-functioning)', {
        id: 'factor.hormones.name',
      }),
      why: msg(
        'A functioning NET makes and releases extra hormones into the body. A non-functioning NET does not. They cause different symptoms, and treatment needs to deal with them.',
        { id: 'factor.hormones.why' },
      ),
      question: msg('Is my tumor functioning or non-functioning? What does that mean for my treatment?', {
        id: 'factor.hormones.question',
      }),
    }),
  },
  {
    id: 'grade',
    sources: ['seed-us-health', 'seed-us-hospital', 'seed-ccs'],
    text: () => ({
      name: msg('The grade of the tumor', { id: 'factor.grade.name' }),
      why: msg(
        'The grade tells how fast the tumor cells are dividing. Cells that look close to normal under a microscope (well differentiated) tend to grow and spread more slowly. Cells that look more abnormal (poorly differentiated) are more likely to grow and spread quickly.',
        { id: 'factor.grade.why' },
      ),
      question: msg('What grade is my tumor? Do the cells look well or poorly differentiated?', {
        id: 'factor.grade.question',
      }),
    }),
  },
  {
    id: 'growth',
    sources: ['seed-us-hospital'],
    text: () => ({
      name: msg('How fast it is growing', { id: 'factor.growth.name' }),
      why: msg(
        'Some NETs grow slowly. A slow-growing, low-grade NET may be watched with regular tests and scans (active surveillance). This may spare you treatment you do not need.',
        { id: 'factor.growth.why' },
      ),
      question: msg('How fast is my tumor growing? Is watching it closely an option for me?', {
        id: 'factor.growth.question',
      }),
    }),
  },
  {
    id: 'symptoms',
    sources: ['seed-us-health'],
    text: () => ({
      name: msg('Your symptoms', { id: 'factor.symptoms.name' }),
      why: msg(
        'Your care team will think about whether the tumor is causing symptoms, what they are and how bad they are.',
        { id: 'factor.symptoms.why' },
      ),
      question: msg('Which of my symptoms come from the tumor? Which options could help with them?', {
        id: 'factor.symptoms.question',
      }),
    }),
  },
  {
    id: 'health',
    sources: ['seed-us-health', 'seed-us-hospital', 'seed-ccs'],
    text: () => ({
      name: msg('Your overall health', { id: 'factor.health.name' }),
      why: msg(
        'Your age and your general health matter. So do health problems you have had in the past, and any other conditions you have now.',
        { id: 'factor.health.why' },
      ),
      question: msg('How do my other health conditions affect my choices?', {
        id: 'factor.health.question',
      }),
    }),
  },
  {
    id: 'preferences',
    sources: ['seed-us-health', 'seed-us-hospital', 'seed-ccs'],
    text: () => ({
      name: msg('What you want (your preferences)', { id: 'factor.preferences.name' }),
      why: msg(
        'Your preferences and concerns are important too. Choosing a treatment should be a shared decision between you and your care team, based on your goals.',
        { id: 'factor.preferences.why' },
      ),
      question: msg('How would each option fit with what matters most to me?', {
        id: 'factor.preferences.question',
      }),
    }),
  },
];

export const priorities: readonly Priority[] = [
  {
    id: 'side-effects',
    text: () => msg('Avoiding side effects as much as I can', { id: 'priority.sideEffects' }),
  },
  {
    id: 'symptoms',
    text: () => msg('Keeping my symptoms under control', { id: 'priority.symptoms' }),
  },
  {
    id: 'growth',
    text: () => msg('Slowing or stopping the growth of the tumor', { id: 'priority.growth' }),
  },
  {
    id: 'daily-life',
    text: () => msg('Keeping up my daily life, such as work, family and hobbies', { id: 'priority.dailyLife' }),
  },
  {
    id: 'fewer-visits',
    text: () => msg('Fewer hospital visits', { id: 'priority.fewerVisits' }),
  },
  {
    id: 'at-home',
    text: () => msg('Having treatment at home, if I can', { id: 'priority.atHome' }),
  },
  {
    id: 'time-to-decide',
    text: () => msg('Having time to think before I decide', { id: 'priority.timeToDecide' }),
  },
];

/** The checklist's own words and the sources behind its framing. */
export const decisionChecklist = {
  sources: [
    'seed-us-health',
    'seed-us-hospital',
    'seed-ccs',
    'seed-netrf',
    'seed-ipsen-uk',
    'acs-being-part-of-trial',
    'macmillan-support-line-public',
    'macmillan-community-blog-2024',
    'ccs-cis-2016',
  ] as readonly SourceId[],
  review: { lastReviewed: '2026-12-01', nextReview: '2027-12-01' },
  text: (): DecisionChecklistText => ({
    title: msg('Preparing to talk about your treatment', { id: 'checklist.title' }),
    intro: msg(
      'Treatment for a NET is different for everyone. Your care team will make a plan based on your health and on what they know about the tumor. Research goes on, and treatment advice can change as new treatments become available.',
      { id: 'checklist.intro' },
    ),
    role: msg(
      'Choosing a treatment should be a shared decision between you and your care team. Use this list to prepare your questions, then print it or keep it open at your appointment.',
      { id: 'checklist.role' },
    ),
    factorsTitle: msg('What your care team will consider', { id: 'checklist.factorsTitle' }),
    factorsIntro: msg('Check off each one once you have talked about it with your care team.', {
      id: 'checklist.factorsIntro',
    }),
    prioritiesTitle: msg('What matters most to you', { id: 'checklist.prioritiesTitle' }),
    prioritiesIntro: msg(
      'Choose as many as you like. There are no right or wrong answers. Sharing them helps your care team understand your goals.',
      { id: 'checklist.prioritiesIntro' },
    ),
    questionsTitle: msg('Questions to ask about each option', { id: 'checklist.questionsTitle' }),
    questions: [
      msg('What is the goal of this treatment?', { id: 'checklist.question.goal' }),
      msg('What are the side effects, and how could they affect my quality of life?', {
        id: 'checklist.question.sideEffects',
      }),
      msg('What follow-up will I need after treatment? Will my specialists or my family doctor do it?', {
        id: 'checklist.question.followUp',
      }),
    ],
    supportTitle: msg('Support for you', { id: 'checklist.supportTitle' }),
    support: [
      msg(
        'You can call the American Cancer Society helpline at 1-800-227-2345, any time of day or night. Trained cancer information specialists answer questions about cancer.',
        { id: 'checklist.support.helpline' },
      ),
      msg('Patient support groups for NETs can often give social and emotional support.', {
        id: 'checklist.support.groups',
      }),
    ],
  }),
};

/** All factor and priority sources, in first-seen order, for the checklist's source list. */
export function checklistSources(): SourceId[] {
  const ids = new Set<SourceId>(decisionChecklist.sources);
  for (const factor of decisionFactors) for (const id of factor.sources) ids.add(id);
  return [...ids];
}
