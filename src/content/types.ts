/**
 * The shape of the content catalogue. Data that does not change with the locale (ids, sources,
 * dates, status) is plain data; every reader-facing string comes from a `text()` function whose
 * body calls `msg()` with a stable id, so it is evaluated at render time in the active locale and
 * extracted to XLIFF for translators.
 */
import type { SourceId } from './sources.js';
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
export type Aim = 'remove' | 'shrink' | 'slow-growth' | 'control-symptoms' | 'watch' | 'relieve' | 'test-new';

/** A named thing with its sources, e.g. a drug example or a sub-type of a treatment. */
export interface SourcedItem {
  name: string;
  description?: string;
  sources: readonly SourceId[];
}

export interface TherapyText {
  /** The treatment's plain name as a heading. */
  name: string;
  /** One short paragraph in plain words. */
  summary: string;
  /** How it works: one to three sentences. */
  howItWorks: string;
  /** When it is used, one situation per item. */
  whenUsed: readonly string[];
  /** How it is given, in words (the delivery labels are shown too). */
  howGiven: string;
  /** Examples: generic names with the region's brand names. */
  examples: readonly SourcedItem[];
  /** Kinds of this treatment that the seeds name (e.g. the six kinds of surgery). */
  subtypes: readonly SourcedItem[];
  /** Heading over the kinds, e.g. "Kinds of surgery"; a generic one is used when absent. */
  subtypesTitle?: string;
  /** What regulators have approved, per region (differs by country), when the sources say. */
  approval?: string;
}

export interface SideEffectText extends SourcedItem {
  /** Plain name first, medical term after where useful: "Loose or fatty stools (steatorrhea)". */
  name: string;
  /** One or two plain sentences. */
  description: string;
  /** What helps, as far as the sources say. */
  helps?: string;
}

export interface SideEffectsText {
  /**
   * What the list is about when "side effects" is not the right name (recovery after surgery,
   * what monitoring involves); "Possible side effects" when absent.
   */
  title?: string;
  /** One or two sentences that set the list in context. */
  intro: string;
  items: readonly SideEffectText[];
  /** When to contact the care team: at most five bullets. */
  urgent: readonly string[];
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
