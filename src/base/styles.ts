import { css } from 'lit';

/**
 * Design tokens and the host reset shared by every widget (one constructable stylesheet, adopted
 * by every shadow root).
 *
 * Inherited on purpose: `font-family` (so the widget looks native to the host).
 * Owned: every other inherited property the design depends on, because a host's `body` styles
 * (uppercase, justified, nowrap, tiny line-height, white text…) cross the shadow boundary.
 * Sizes are in `em` from the host's body size, never `rem`, which follows root-font-size tricks.
 *
 * The public --net-* tokens are documented once, on NetElement (net-element.ts), from which the
 * manifest and the README take them; docs/theming.md's table is written for designers and
 * test/package/manifest.test.mjs checks it lists the same tokens.
 */
export const baseStyles = css`
  /*
   * Tokens. Every public --net-* property falls back to a light-dark() pair, so the widget follows
   * the reader's prefers-color-scheme; a host pins one look with --net-color-scheme: light | dark.
   * Defaults are measured (test/e2e/a11y-pages.test.mjs): text ≥ 4.5:1 on every surface it sits on.
   */
  :host {
    color-scheme: var(--net-color-scheme, light dark);
    --_text: var(--net-color-text, light-dark(#1d2530, #e8edf2));
    --_muted: var(--net-color-muted, light-dark(#4a5666, #b4bfcc));
    --_surface: var(--net-color-surface, light-dark(#ffffff, #161b22));
    --_surface-alt: var(--net-color-surface-alt, light-dark(#f2f5f8, #1f2630));
    --_border: var(--net-color-border, light-dark(#b3bdc9, #4f5b69));
    --_accent: var(--net-color-accent, light-dark(#0b5cad, #7cb8ff));
    --_accent-contrast: var(--net-color-accent-contrast, light-dark(#ffffff, #0b1320));
    --_urgent: var(--net-color-urgent, light-dark(#a4151b, #ff9b9b));
    --_urgent-surface: var(--net-color-urgent-surface, light-dark(#fdf0f0, #2c1518));
    --_focus: var(--net-color-focus, light-dark(#ffbf47, #ffd27a));
    --_radius: var(--net-radius, 0.5em);
    --_space: var(--net-space, 1em);
    /* The longest line of running text (about 75 characters). */
    --_measure: 40em;
  }
  /*
   * Without light-dark() (Safari < 17.5, Chrome < 123, Firefox < 120) every token above would be
   * invalid where it is used: no colours, no borders, no focus ring. Those browsers get the light
   * half of each pair (test/components/browser-support.test.ts keeps the two lists equal).
   */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      color-scheme: light;
      --_text: var(--net-color-text, #1d2530);
      --_muted: var(--net-color-muted, #4a5666);
      --_surface: var(--net-color-surface, #ffffff);
      --_surface-alt: var(--net-color-surface-alt, #f2f5f8);
      --_border: var(--net-color-border, #b3bdc9);
      --_accent: var(--net-color-accent, #0b5cad);
      --_accent-contrast: var(--net-color-accent-contrast, #ffffff);
      --_urgent: var(--net-color-urgent, #a4151b);
      --_urgent-surface: var(--net-color-urgent-surface, #fdf0f0);
      --_focus: var(--net-color-focus, #ffbf47);
    }
  }
  /*
   * Host reset (proved by test/e2e/hostile-css.test.mjs on test/fixtures/hostile/css.html). A host rule
   * that reaches the tag itself ("* { all: unset }", "body * { … !important }") beats a normal
   * :host rule, but an !important :host declaration beats every host declaration. So the
   * typography the design depends on is !important (hosts theme it through --net-* tokens), while
   * layout (display, margin, visibility) stays the host's to place and hide the widget.
   * Font size: the host's body size, at least 15px, at most 28px (or 1.75rem when the reader's
   * default font is larger), whatever "html { font-size: 62.5% }" does to rem.
   */
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    margin-block: 0 var(--_space);
    font-family: var(--net-font-family, inherit);
    font-size: var(--net-font-size, clamp(15px, 1em, max(28px, 1.75rem))) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    font-feature-settings: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-align-last: auto !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    overflow-wrap: anywhere !important;
    word-break: normal !important;
    hyphens: manual !important;
    -webkit-text-fill-color: currentcolor !important;
    color: var(--_text);
    direction: ltr !important;
    writing-mode: horizontal-tb !important;
    visibility: visible;
    cursor: auto;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .surface {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }
  .subheading {
    margin: 1.25em 0 0.4em;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
    color: var(--_text);
  }
  p {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.25em;
  }
  /* Every widget's opening paragraph. */
  .intro {
    font-size: 1.0625em;
    max-width: var(--_measure);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Focus: a dark inner ring and a bright outer ring, visible on any surface (light, dark, host theme). */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_text);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .notice {
    border: 2px solid var(--_border);
    border-inline-start-width: 0.4em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    padding: 0.75em 1em;
  }
  .notice p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  /* Past the next-review date (footer.ts renderOverdueNotice): above the content, impossible to miss. */
  .overdue {
    margin: 0 0 1em;
    padding: 0.75em 1em;
    border: 2px solid var(--_text);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    font-weight: 600;
  }
  /* The host's own contact line (slot="contact"): set apart from the sourced text by a rule and its label. */
  .contact {
    margin: 1em 0;
    padding: 0.75em 1em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .contact-label {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 700;
    color: var(--_muted);
  }
  ::slotted([slot='contact']) {
    margin: 0;
  }
  /* The footer every content widget shares (src/base/footer.ts). */
  .sources ol {
    font-size: 0.875em;
  }
  .review,
  .disclaimer {
    font-size: 0.875em;
  }
  .disclaimer {
    margin: 0;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  details > summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.25em;
    font-weight: 700;
    color: var(--_accent);
    list-style: none;
    border-radius: calc(var(--_radius) / 2);
  }
  details > summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  details > summary::-webkit-details-marker {
    display: none;
  }
  /* The open/closed chevron. State is also in the accessibility tree (expanded/collapsed). */
  details > summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin-inline: 0.1em 0.15em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      transition-delay: 0s !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  /*
   * Windows High Contrast / forced colours: the browser swaps every colour for a system colour,
   * and backgrounds vanish, so every box that was told apart by its background gets a border,
   * and focus uses the system Highlight (box-shadows are dropped in this mode).
   */
  @media (forced-colors: active) {
    .surface,
    .notice {
      border-color: CanvasText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    details > summary {
      color: LinkText;
    }
    details > summary::before {
      border-color: LinkText;
    }
  }
  /*
   * Print: black on white, everything expanded (see print.ts for browsers without
   * ::details-content), interactive chrome hidden, headings kept with what follows.
   */
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #333;
      --_accent: #000;
      --_urgent: #000;
      --_surface: #fff;
      --_surface-alt: #fff;
      --_border: #777;
      color: #000;
    }
    .surface {
      border-color: #777;
      padding: 0.75em 1em;
    }
    .heading,
    .subheading,
    details > summary {
      break-after: avoid;
    }
    li,
    .notice {
      break-inside: avoid;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    details > summary {
      min-height: 0;
      padding-block: 0;
      margin-top: 0.75em;
      color: #000;
      cursor: auto;
    }
    details > summary::before,
    .no-print {
      display: none !important;
    }
  }
`;
