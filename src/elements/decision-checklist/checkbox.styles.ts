import { css } from 'lit';

/** The checklist's large checkboxes (a factor's and a priority's size). */
export const checkboxStyles = css`
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

  @media (forced-colors: active) {
    .check input:checked + label::before {
      border-color: CanvasText;
    }
    .check label::after {
      border-color: CanvasText;
      border-top-color: transparent;
    }
  }
`;
