import { css } from 'lit';

/**
 * The grid. Wide: a table with the questions down the side. Narrow (the widget's own width under
 * 40em, a phone at 320 px): each question becomes a block, its answers stacked beneath it, each
 * answer labelled with its treatment; the column headings stay in the accessibility tree
 * (visually hidden), and the explicit table roles keep the table's semantics when its boxes are
 * no longer table boxes. Print: one page, black on white, no buttons.
 */
export const treatmentComparisonStyles = css`
  .comparison {
    container: comparison / inline-size;
  }
  .grid {
    margin: 1em 0;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  th,
  td {
    padding: 0.6em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface-alt);
    font-size: 1.0625em;
    line-height: 1.3;
  }
  tbody th {
    width: 9em;
    background: var(--_surface-alt);
    font-weight: 700;
  }
  .corner {
    width: 9em;
    border-top-color: transparent;
    border-inline-start-color: transparent;
  }
  td p {
    margin: 0 0 0.4em;
  }
  td p:last-child {
    margin-bottom: 0;
  }
  .label-line {
    font-weight: 700;
  }
  .unknown {
    color: var(--_muted);
  }
  .values {
    margin: 0 0 0.4em;
    padding-inline-start: 1.1em;
  }
  .values li + li {
    margin-top: 0.15em;
  }
  .cell-label {
    display: none;
  }
  /* The host's own line: a dashed rule and its muted label set it apart from the sourced rows. */
  .contact-row th,
  .contact-row td {
    border-style: dashed;
  }
  .contact-row .contact {
    margin: 0;
    padding: 0;
    border: 0;
  }

  @container comparison (max-width: 40em) {
    table,
    tbody,
    tr,
    th,
    td,
    caption {
      display: block;
      width: auto;
    }
    /* The column headings stay for screen readers; each answer shows its treatment instead. */
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      margin: 0 0 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    tbody th {
      width: auto;
      border: 0;
      border-bottom: 1px solid var(--_border);
    }
    td {
      border: 0;
    }
    td + td {
      border-top: 1px solid var(--_border);
    }
    .cell-label {
      display: block;
      margin-bottom: 0.25em;
      font-weight: 700;
      color: var(--_accent);
    }
  }

  @media (forced-colors: active) {
    th,
    td {
      border-color: CanvasText;
    }
  }

  /* The sources in one line: only on paper (the full citations are on screen). */
  .print-only {
    display: none;
  }

  /*
   * Print: a sheet to take to an appointment, black on white, no buttons. The table keeps every
   * answer at a small but readable size, its header repeats on each page, no row is split; the
   * sources become one line of publishers (base/footer.ts sourcesLine), the review dates stay.
   */
  @media print {
    .comparison.surface {
      border: 0;
      padding: 0;
      background: #fff;
      color: #000;
      font-size: 0.66em;
      line-height: 1.15;
    }
    /* French runs about a sixth longer than English: a touch smaller, so it keeps to one page too. */
    .comparison.surface[lang^='fr'] {
      font-size: 0.62em;
    }
    .heading {
      margin-bottom: 0.2em;
      font-size: 1.25em;
    }
    .intro {
      margin: 0 0 0.3em;
    }
    .grid {
      margin: 0.3em 0;
    }
    /* On paper the column headings say it: the caption (the names again) gives its lines to the answers. */
    caption {
      display: none;
    }
    th,
    td {
      padding: 0.15em 0.3em;
      border-color: #777;
      background: #fff !important;
    }
    /* Wide enough for the longest French word of a question ("rétablissement", bold) at this size. */
    tbody th,
    .corner {
      width: 8em;
    }
    thead th {
      font-size: 1em;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    td p,
    .values {
      margin-bottom: 0.15em;
    }
    .values {
      padding-inline-start: 1em;
    }
    .values li + li {
      margin-top: 0;
    }
    /* Names and aims run on as one line of text on paper ("Pain · Infection · …"); urgent advice keeps its bullets. */
    .values.run-in {
      padding: 0;
      list-style: none;
    }
    .values.run-in li {
      display: inline;
    }
    .values.run-in li:not(:last-child)::after {
      content: ' · ';
    }
    /* Urgent advice on paper: each sentence after the last, every one kept (the screen has bullets). */
    .values.print-run-on {
      padding: 0;
      list-style: none;
    }
    .values.print-run-on li {
      display: inline;
    }
    .values.print-run-on li:not(:last-child)::after {
      content: ' ';
    }
    /* On paper the status answers "Approved, or being studied?"; who approved what, per region, is
       on the screen and on each card's printout. */
    .approval {
      display: none;
    }
    /* The heading and the grid say what it is on paper. */
    .intro {
      display: none;
    }
    /* Four columns are tight on A4 and Letter portrait: a smaller type keeps them readable. */
    table.cols-4 {
      font-size: 0.92em;
    }
    .sources {
      display: none;
    }
    .print-only {
      display: block;
    }
    .print-sources,
    .review,
    .disclaimer {
      margin: 0.3em 0 0;
      font-size: 0.85em;
    }
    .disclaimer {
      padding-top: 0.25em;
    }
  }
`;
