import { css } from 'lit';

export const sideEffectListStyles = css`
  .list:focus {
    outline: none;
  }
  .list:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .items {
    list-style: none;
    margin: 0 0 1.25em;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .item {
    margin: 0;
    padding: 0.75em 0 0.75em 1em;
    border-bottom: 1px solid var(--_border);
    position: relative;
  }
  /* A short accent rule beside each name: a visual rhythm, not information. */
  .item::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.95em;
    width: 0.25em;
    height: 1.1em;
    border-radius: 0.125em;
    background: var(--_accent);
  }
  .item-heading {
    margin: 0 0 0.25em;
    font-size: 1.0625em;
    line-height: 1.35;
    font-weight: 700;
    color: var(--_text);
  }
  .term {
    font-weight: 400;
    color: var(--_muted);
  }
  .description {
    margin: 0;
    max-width: var(--_measure);
  }
  .helps {
    margin: 0.5em 0 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    max-width: var(--_measure);
  }
  .helps-label {
    color: var(--_accent);
  }

  .group-heading {
    margin: 1.25em 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }

  /* Urgent advice, after the NHS care cards: three boxes, each a heading band and a heavy border,
     so the level shows by shape, order and words (and the hidden "Emergency:" / "Urgent advice:" /
     "Non-urgent advice:" prefixes), not by colour alone. */
  .urgent-advice {
    margin: 1.25em 0 1em;
    display: grid;
    gap: 0.75em;
  }
  .urgent {
    border: 4px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    color: var(--_text);
    overflow: hidden;
  }
  .urgent-heading {
    margin: 0;
    padding: 0.6em 1em;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 700;
    background: var(--_urgent);
    color: var(--_surface);
  }
  .urgent ul {
    margin: 0;
    padding: 0.75em 1em 0.9em 2.25em;
  }
  .urgent li {
    font-weight: 600;
  }
  .urgent li::marker {
    color: var(--_urgent);
  }
  /* Emergency: the heaviest border. Next visit: a calm box in the widget's own colours. */
  .urgent-emergency {
    border-width: 6px;
  }
  .urgent-next-visit {
    border: 2px solid var(--_border);
    background: var(--_surface-alt);
  }
  .urgent-next-visit .urgent-heading {
    background: transparent;
    color: var(--_text);
    border-bottom: 1px solid var(--_border);
  }
  .urgent-next-visit li {
    font-weight: 400;
  }
  .urgent-next-visit li::marker {
    color: var(--_muted);
  }
  .urgent-ask .urgent-heading {
    font-size: 1em;
  }

  @media (forced-colors: active) {
    .item::before {
      background: CanvasText;
    }
    .urgent {
      border-color: CanvasText;
    }
    .urgent-heading {
      border-bottom: 2px solid CanvasText;
    }
    .helps {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .list {
      break-inside: auto;
    }
    .item {
      break-inside: avoid;
    }
    .item::before {
      background: #000;
    }
    .urgent {
      break-inside: avoid;
      border-color: #000;
      background: #fff;
    }
    .urgent-heading,
    .urgent-next-visit .urgent-heading {
      background: #fff;
      color: #000;
      border-bottom: 2px solid #000;
    }
    .helps {
      background: #fff;
      border: 1px solid #777;
    }
  }
`;
