import { css } from 'lit';

/** The checklist on screen: its layout, progress bar, factor cards and priority tiles. */
export const decisionChecklistStyles = css`
  /* Layout follows the widget's own width (a sidebar or a phone), not the viewport's. */
  .checklist {
    container: checklist / inline-size;
  }
  .role {
    max-width: var(--_measure);
  }
  .block {
    margin-top: 1.5em;
  }
  .block > p {
    max-width: var(--_measure);
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
    width: calc(var(--_progress, 0) * 100%);
    background: var(--_accent);
    transition: width 0.2s ease;
  }

  /* Factors: numbered cards. */
  .factors {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    /* minmax(0, …): a long word in a factor must not widen the column past the widget. */
    grid-template-columns: minmax(0, 1fr);
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
  .questions {
    max-width: var(--_measure);
    padding-inline-start: 1.25em;
  }
  .support {
    max-width: var(--_measure);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 1.5em 0 0.5em;
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
    max-width: var(--_measure);
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
  }
`;
