/**
 * The shape of the content catalogue. Data that does not change with the locale (ids, sources,
 * dates, status) is plain data; every reader-facing string comes from a `text()` function whose
 * body calls `msg()` with a stable id, so it is evaluated at render time in the active locale and
 * extracted to XLIFF for translators.
 */
import type { SourceId } from './sources/index.js';
import type { TherapyId } from './therapy-ids.js';

export type { TherapyId };

/** ISO calendar dates (YYYY-MM-DD). */
export interface Review {
  lastReviewed: string;
  nextReview: string;
}

/** standard: an established treatment or approach; approved: an approved medicine; studied: research. */
export type TherapyStatus = 'standard' | 'approved' | 'studied';
export type Delivery =
  'monitoring' | 'operation' | 'injection' | 'tablet' | 'drip' | 'procedure' | 'radiation' | 'varies';
/**
 * What a treatment aims to do, as its sources say it: 'slow-growth' is "slow or stop growth" (the
 * source says both), 'slow' only "slow growth" (the source says "may slow", never "stop").
 */
export type Aim = 'remove' | 'shrink' | 'slow-growth' | 'slow' | 'control-symptoms' | 'watch' | 'relieve' | 'test-new';

/** A named thing with its sources, e.g. a drug example or a sub-type of a treatment. */
export interface SourcedItem {
  name: string;
  description?: string;
  sources: readonly SourceId[];
}

/**
 * What it is like to have the treatment (IPDAS "what it is like to live with"), one short passage
 * each, as far as the sources say. A missing field is shown as "Our sources do not say", never
 * left out, so every option has the same sections.
 */
export interface Experience {
  /** How often and for how long: "an injection every 4 weeks", "daily, Monday to Friday, for weeks". */
  howOften?: string;
  /** Time in hospital and recovery: "You usually stay overnight", "Most people go home the same day". */
  hospital?: string;
  /** Living with it between treatments: monitoring, tests, radiation precautions at home, daily life. */
  dailyLife?: string;
}

/**
 * The short cells of the comparison grid (<net-treatment-comparison>), where the card's own text is
 * too long for a cell. Each is one plain sentence, sourced like every other message.
 */
export interface CompareText {
  /** "What is it?" in one sentence. */
  what: string;
  /** "How is it given, and how often?" in one sentence. */
  given: string;
  /** "Time in hospital and recovery" in one sentence; absent when the sources say nothing. */
  hospital?: string;
}

export interface TherapyText {
  /** The treatment's name as a heading, plain term first: "Hormone-blocking injections (somatostatin analogues)". */
  name: string;
  /** One short paragraph in plain words. */
  summary: string;
  /** How it works: one to three sentences. */
  howItWorks: string;
  /** When it is used, one situation per item. */
  whenUsed: readonly string[];
  /** How it is given, in words (the delivery labels are shown too). */
  howGiven: string;
  /** What it is like to have it (see Experience). */
  experience: Experience;
  /** Examples: generic names with the region's brand names. */
  examples: readonly SourcedItem[];
  /** Kinds of this treatment that the sources name (e.g. the kinds of surgery). */
  subtypes: readonly SourcedItem[];
  /** Heading over the kinds, e.g. "Kinds of surgery"; a generic one is used when absent. */
  subtypesTitle?: string;
  /** What regulators have approved, per region (differs by country), when the sources say. */
  approval?: string;
  /** A question the reader could ask their care team about this treatment. */
  question: string;
  /** The comparison grid's short cells. */
  compare: CompareText;
}

/**
 * How often a side effect happens, in the source's own words only: `common` ("common", "most
 * common", "very common") or `less-common` ("less common", "rare"). Absent when the source does
 * not say, and for a source's "other possible" effects, which is not a frequency (they show as
 * "Other possible side effects" beside graded ones); never a number.
 */
export type Frequency = 'common' | 'less-common';

export interface SideEffectText extends SourcedItem {
  /** Plain name first, medical term after where useful: "Loose or fatty stools (steatorrhea)". */
  name: string;
  /** One or two plain sentences. */
  description: string;
  /** How often, as the source says it; absent when it does not. */
  frequency?: Frequency;
  /** What helps, as far as the sources say. */
  helps?: string;
}

/**
 * When to get help, at three levels (the NHS pattern). Each bullet is one symptom or situation,
 * sourced; at most five a level. Every level may be empty; when all three are, the list tells the
 * reader to ask the care team which symptoms need a call (never invented advice).
 */
export interface UrgentAdvice {
  /** "Call 911 now if:" (999 in the UK). */
  emergency: readonly string[];
  /** "Contact your care team right away, day or night, if:" (or NHS 111 in the UK). */
  now: readonly string[];
  /** "Tell your care team at your next visit if:". */
  nextVisit: readonly string[];
}

export interface SideEffectsText {
  /**
   * What the list is about when "side effects" is not the whole story (risks and recovery after
   * surgery, what monitoring involves); "Possible side effects" when absent.
   */
  title?: string;
  /** One or two sentences that set the list in context. When `items` is empty, it says so plainly. */
  intro: string;
  items: readonly SideEffectText[];
  urgent: UrgentAdvice;
}

export interface SideEffects {
  sources: readonly SourceId[];
  review: Review;
  text(): SideEffectsText;
}

export interface Therapy {
  id: TherapyId;
  status: TherapyStatus;
  delivery: readonly Delivery[];
  aims: readonly Aim[];
  sources: readonly SourceId[];
  review: Review;
  text(): TherapyText;
  sideEffects: SideEffects;
}
