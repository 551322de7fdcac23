import { css } from 'lit';

export const decisionChecklistStyles = css`
  /* Layout follows the widget's own width (a sidebar or a phone), not the viewport's. */
  .checklist {
    container: checklist / inline-size;
  }
  .intro {
    font-size: 1.0625em;
    max-width: 40em;
  }
  .role {
    max-width: 40em;
  }
  .block {
    margin-top: 1.5em;
  }
  .block > p {
    max-width: 40em;
  }

  /* Progress: the words carry the meaning; the bar is decoration (aria-hidden). */
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 1em;
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .progress-text {
    margin: 0;
    font-weight: 700;
  }
  .bar {
    flex: 1 1 8em;
    height: 0.625em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface);
    overflow: hidden;
  }
  .bar-fill {
    height: 100%;
    width: calc(var(--net-progress, 0) * 100%);
    background: var(--_accent);
    transition: width 0.2s ease;
  }

  /* Factors: numbered cards. */
  .factors {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .factors > li + li {
    margin-top: 0;
  }
  .factor {
    display: flex;
    gap: 0.75em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .factor.is-checked {
    border-inline-start-color: var(--_accent);
  }
  .factor-number {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-weight: 700;
    font-size: 0.9375em;
    line-height: 1;
  }
  .factor-body {
    flex: 1;
    min-width: 0;
  }
  .factor-heading {
    margin: 0.1em 0 0.4em;
    font-size: 1.0625em;
    line-height: 1.35;
    font-weight: 700;
    color: var(--_text);
  }
  .why,
  .question {
    margin: 0 0 0.6em;
  }
  .why {
    max-width: 40em;
  }
  .label {
    font-weight: 700;
  }
  .question {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface-alt);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }

  /* Checkboxes after nhsuk-frontend: the native input stays in place (transparent, full size, so
     it is the click and touch target), and the label draws the box and the tick. Borders use
     currentColor, so forced-colours mode maps them to system colours. */
  .check {
    position: relative;
    display: flex;
    align-items: center;
    min-height: 2.5em;
    padding-inline-start: 2.5em;
  }
  .check input {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    z-index: 1;
    width: 2.5em;
    height: 2.5em;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .check label {
    display: block;
    padding: 0.35em 0.5em 0.35em 0.75em;
    cursor: pointer;
    touch-action: manipulation;
  }
  .check label::before {
    content: '';
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    width: 2.5em;
    height: 2.5em;
    border: 2px solid currentColor;
    border-radius: 0.25em;
    background: var(--_surface);
  }
  .check label::after {
    content: '';
    position: absolute;
    top: 0.72em;
    inset-inline-start: 0.62em;
    width: 1.25em;
    height: 0.65em;
    border: solid var(--_accent-contrast);
    border-width: 0 0 0.22em 0.22em;
    border-top-color: transparent;
    transform: rotate(-45deg);
    opacity: 0;
  }
  .check input:checked + label::before {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .check input:checked + label::after {
    opacity: 1;
  }
  .check input:hover + label::before {
    box-shadow: 0 0 0 3px var(--_border);
  }
  .check input:focus-visible + label::before {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .check-factor {
    margin-top: 0.75em;
    padding-top: 0;
    font-weight: 600;
  }
  .factor .check-factor {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
    margin-top: 0.25em;
  }
  .factor .check-factor input,
  .factor .check-factor label::before {
    top: 0.75em;
  }
  .factor .check-factor label::after {
    top: calc(0.75em + 0.72em);
  }

  /* Priorities: tiles with a smaller box. */
  .priorities {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.5em;
  }
  .priorities > li + li {
    margin-top: 0;
  }
  .priority {
    display: flex;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .priority.is-checked {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-alt);
  }
  .priority .check {
    flex: 1;
    align-items: center;
    min-height: 2em;
    padding-inline-start: 2em;
  }
  .priority .check input,
  .priority .check label::before {
    top: 50%;
    width: 2em;
    height: 2em;
    margin-top: -1em;
  }
  .priority .check label::after {
    top: 50%;
    margin-top: -0.45em;
    inset-inline-start: 0.48em;
    width: 1em;
    height: 0.52em;
    border-width: 0 0 0.2em 0.2em;
  }

  /* Buttons. */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1.5em 0 0.5em;
  }
  .button {
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    font: inherit;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: normal;
    text-transform: none;
    cursor: pointer;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .primary:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .secondary:hover {
    background: var(--_surface-alt);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /* The printed sheet exists only on paper. */
  .sheet {
    display: none;
  }

  @container checklist (max-width: 30em) {
    .factor {
      display: block;
      padding: 0.75em;
    }
    .factor-number {
      float: inline-start;
      margin: 0 0.5em 0 0;
    }
    .question {
      padding: 0.4em 0.6em;
    }
  }

  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .bar-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .factor,
    .priority,
    .progress,
    .question {
      border-color: CanvasText;
    }
    .priority.is-checked {
      outline: 2px solid CanvasText;
      outline-offset: -4px;
    }
    .check input:checked + label::before {
      border-color: CanvasText;
    }
    .check label::after {
      border-color: CanvasText;
      border-top-color: transparent;
    }
    .button {
      border-color: ButtonText;
    }
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
