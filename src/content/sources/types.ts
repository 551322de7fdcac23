/**
 * A citation, as structured data. Everything the widget says about a source around these fields
 * (the kind, "Updated …", the date) is localized when rendered (base/footer.ts); the title stays
 * as published, in its own language (`lang`).
 */
export interface Source {
  /**
   * Who published it, as a proper name ("Canadian Cancer Society", "U.S. Food and Drug
   * Administration"). Shown as written, in every locale.
   */
  publisher: string;
  /** The title exactly as published. */
  title: string;
  /** The title's language when it is not English (BCP 47, e.g. "fr-CA"). */
  lang?: string;
  /** The date the source gives, ISO: YYYY-MM-DD, or YYYY-MM, or YYYY when that is all it says. */
  date?: string;
  /** What `date` is: when it was published, last updated or last reviewed (default: published). */
  dateKind?: 'published' | 'updated' | 'reviewed';
  /** The public address; shown as a plain link (the widget itself never fetches it). */
  url?: string;
  /**
   * patient-information (a health body's or charity's page for patients), regulatory (a label,
   * approval or appraisal), journal (a peer-reviewed article) or industry-sponsored (written or
   * paid for by a drug company: labelled as such in every locale, IPDAS "funding source").
   */
  kind: 'patient-information' | 'regulatory' | 'journal' | 'industry-sponsored';
  /**
   * The day a person on this project read it (ISO YYYY-MM-DD). Required for every source that is
   * not a seed: content:check fails without it. Not shown to readers.
   */
  accessed?: string;
  /** The file in evidence/seeds/ when this is one of the five seed documents. */
  seed?: string;
}
