// The catalogue's version, for hosts and reviewers ("which content do we have?"). Bump it with
// every change to what the widgets say — text, translation, source, date or status — then run
// `npm run content:stamp`; content:check fails while the recorded fingerprint
// (evidence/content-fingerprint.json) does not match the content or the version.
//
// Calendar version: year.month.n, the n-th content release of that month.

/** The content's version (e.g. "2026.12.1"), separate from the code's package version. */
export const CONTENT_VERSION = '2026.12.1';
