import { css } from 'lit';

/**
 * The widgets' two kinds of button: real buttons (`.button.primary`, `.button.secondary`) and a
 * button that reads as an in-page link (`.reveal-button`, "See the full list…", with a chevron
 * pointing down to where it goes; underlined accent text, a target at least 24 px high).
 */
export const buttonStyles = css`
  /* Buttons (the checklist's print and clear, the comparison's print): at least 44 px high. */
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
  .primary:hover,
  .secondary:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .secondary:hover {
    background: var(--_surface-alt);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }

  .reveal-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 1.75em;
    margin: 0;
    padding: 0.2em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    line-height: 1.3;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .reveal-button::before {
    content: '';
    flex: none;
    width: 0.45em;
    height: 0.45em;
    margin-top: -0.25em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  .reveal-button:hover {
    text-decoration-thickness: 3px;
  }
  @media (forced-colors: active) {
    .reveal-button {
      color: LinkText;
    }
  }
`;
