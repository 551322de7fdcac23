/**
 * How another widget (the therapy card, the comparison) points to a <net-side-effect-list> for the
 * same therapy on the page, instead of repeating the whole list. Only the list's public
 * `reveal()` method is used, so this module does not import the list element.
 */
import { getTherapy } from '../content/index.js';

/** What this module needs of a <net-side-effect-list>: an element that can bring itself into view. */
type RevealableList = HTMLElement & { reveal?: () => void };

/**
 * The first <net-side-effect-list> showing `therapyId`, looked for next to `from` (the same
 * document or shadow root) and then in the document. Attribute values are compared as data, never
 * put into a selector.
 */
export function findSideEffectList(from: Node, therapyId: string): RevealableList | undefined {
  const roots = new Set<Document | ShadowRoot>();
  const own = from.getRootNode();
  if (own instanceof Document || own instanceof ShadowRoot) roots.add(own);
  if (typeof document !== 'undefined') roots.add(document);
  for (const root of roots) {
    for (const el of root.querySelectorAll<RevealableList>('net-side-effect-list')) {
      if (el !== from && getTherapy(el.getAttribute('therapy'))?.id === therapyId) return el;
    }
  }
  return undefined;
}

/** Scroll to that list and move focus into it (nothing happens when there is none). */
export function revealSideEffectList(from: Node, therapyId: string): void {
  const list = findSideEffectList(from, therapyId);
  if (typeof list?.reveal === 'function') list.reveal();
  else list?.scrollIntoView({ block: 'start' });
}
