/**
 * How another widget (the therapy card) points to a <net-side-effect-list> for the same therapy on
 * the page, instead of repeating the whole list.
 */
import { css } from 'lit';
import { getTherapy } from '../../content/index.js';

/**
 * The first <net-side-effect-list> showing `therapyId`, looked for next to `from` (the same
 * document or shadow root) and then in the document. Attribute values are compared as data, never
 * put into a selector.
 */
export function findSideEffectList(from: Node, therapyId: string): HTMLElement | undefined {
  const roots = new Set<Document | ShadowRoot>();
  const own = from.getRootNode();
  if (own instanceof Document || own instanceof ShadowRoot) roots.add(own);
  if (typeof document !== 'undefined') roots.add(document);
  for (const root of roots) {
    for (const el of root.querySelectorAll<HTMLElement>('net-side-effect-list')) {
      if (el !== from && getTherapy(el.getAttribute('therapy'))?.id === therapyId) return el;
    }
  }
  return undefined;
}

/** Scroll to that list and move focus into it; false when there is none. */
export function revealSideEffectList(from: Node, therapyId: string): boolean {
  const list = findSideEffectList(from, therapyId) as (HTMLElement & { reveal?: () => void }) | undefined;
  if (!list) return false;
  if (typeof list.reveal === 'function') list.reveal();
  else list.scrollIntoView({ block: 'start' });
  return true;
}

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
