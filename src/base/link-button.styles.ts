import { css } from 'lit';

/**
 * A button that reads as an in-page link ("See the full list…", with a chevron pointing down to
 * where it goes): underlined accent text, a target of at least 24 px high.
 */
export const revealButtonStyles = css`
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
