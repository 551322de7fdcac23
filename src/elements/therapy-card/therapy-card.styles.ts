import { css } from 'lit';

export const therapyCardStyles = css`
  .card-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
    margin-bottom: 0.5em;
  }
  .card-header .heading {
    margin: 0;
  }
  .status {
    margin: 0;
    padding: 0.15em 0.7em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_accent);
    background: var(--_surface);
  }
  .status-studied {
    color: var(--_muted);
    border-style: dashed;
  }
  .summary {
    font-size: 1.0625em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.5em 1em;
    margin: 0 0 0.5em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .facts dt {
    font-weight: 700;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .facts .values {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .facts .values li + li {
    margin-top: 0.1em;
  }
  details {
    border-top: 1px solid var(--_border);
  }
  details:last-of-type {
    border-bottom: 1px solid var(--_border);
    margin-bottom: 0.75em;
  }
  .details-body {
    padding: 0 0 0.5em 1.1em;
  }
  .items .item-name,
  .items .item-desc {
    display: block;
  }
  .names {
    columns: 2 12em;
    column-gap: 1.5em;
  }
  .names li {
    break-inside: avoid;
  }
  .approval {
    font-size: 0.9375em;
  }
  .group-label {
    margin: 0.75em 0 0.25em;
    font-weight: 700;
  }
  .experience {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  .experience dt {
    font-weight: 700;
  }
  .experience dd {
    margin: 0;
    max-width: var(--_measure);
  }
  .experience dd.unknown {
    color: var(--_muted);
  }
  .question {
    max-width: var(--_measure);
  }

  /* Forced colours drop backgrounds: the quick-facts box keeps its shape with a border. */
  @media (forced-colors: active) {
    .facts {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    details {
      border: 0;
    }
    details:last-of-type {
      border: 0;
    }
    .details-body {
      padding-inline-start: 0;
    }
    /* No background on paper: the quick facts get a thin frame instead. */
    .facts {
      border: 1px solid #777;
    }
    .status {
      border-color: #000;
    }
  }
`;
