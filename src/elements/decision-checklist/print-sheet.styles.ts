import { css } from 'lit';

/** The printed sheet (print-sheet.ts): hidden on screen, the only part of the checklist on paper. */
export const printSheetStyles = css`
  /* The printed sheet exists only on paper. */
  .sheet {
    display: none;
  }

  @media print {
    .screen {
      display: none;
    }
    .checklist.surface {
      border: 0;
      padding: 0;
      background: #fff;
      color: #000;
    }
    .sheet {
      display: block;
      font-size: 0.8em;
      line-height: 1.35;
      color: #000;
    }
    .sheet-title {
      margin: 0 0 0.15em;
      font-size: 1.5em;
      font-weight: 700;
      line-height: 1.2;
    }
    .sheet-progress {
      margin: 0 0 0.6em;
      font-weight: 700;
    }
    .sheet-factors {
      width: 100%;
      border-collapse: collapse;
      margin: 0 0 0.8em;
    }
    .sheet-factors th,
    .sheet-factors td {
      padding: 0.3em 0.5em;
      border-bottom: 1px solid #999;
      text-align: start;
      vertical-align: top;
    }
    .sheet-factors th {
      border-bottom: 2px solid #000;
      font-size: 0.9em;
    }
    .sheet-factors tr {
      break-inside: avoid;
    }
    .col-box {
      width: 5.5em;
      text-align: center !important;
    }
    .sheet-name {
      font-weight: 700;
      width: 35%;
    }
    .box {
      font-size: 1.35em;
      line-height: 1;
    }
    .sheet-heading {
      margin: 0.6em 0 0.3em;
      font-size: 1.1em;
      font-weight: 700;
    }
    .sheet-priorities {
      list-style: none;
      margin: 0 0 0.6em;
      padding: 0;
      columns: 2;
      column-gap: 1.5em;
    }
    .sheet-priorities li {
      display: flex;
      gap: 0.4em;
      margin: 0 0 0.25em;
      break-inside: avoid;
    }
    .sheet-questions {
      margin: 0 0 0.6em;
      padding-inline-start: 1.2em;
      columns: 2;
      column-gap: 1.5em;
    }
    .sheet-questions li {
      break-inside: avoid;
    }
    .sheet-support {
      margin: 0 0 0.4em;
      font-size: 0.85em;
    }
    .sheet-lines {
      margin: 0 0 0.8em;
    }
    .sheet-lines span {
      display: block;
      height: 2em;
      border-bottom: 1px solid #999;
    }
    .sheet-sources,
    .sheet .review,
    .sheet .disclaimer {
      margin: 0 0 0.25em;
      font-size: 0.85em;
    }
  }
`;
