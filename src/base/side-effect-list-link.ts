/**
 * How another widget (the therapy card, the comparison) points to a <net-side-effect-list> for the
 * same therapy on the page, instead of repeating the whole list. Only the list's public
 * `reveal()` method is used, so this module does not import the list element.
 *
 * A list can arrive after the widget that points to it has rendered: with the script tag before
 * the widgets (the README's snippet), the parser upgrades and renders each widget as it reaches
 * it, so a card at the top of the page renders before the list below it exists. So lists announce
 * themselves here when they connect, disconnect or change therapy, and the widgets that show that
 * therapy render again (only those: a page of 100 cards and 100 lists stays linear).
 */
import { getTherapy } from '../content/index.js';

/** What this module needs of a <net-side-effect-list>: an element that can bring itself into view. */
type RevealableList = HTMLElement & { reveal?: () => void };

/** A widget that may point to lists: the therapy ids it shows, and how to make it render again. */
interface Watcher {
  therapyIds(): readonly string[];
  requestUpdate(): void;
}

const watchers = new Set<Watcher>();

/** Render `widget` again whenever a list for one of its therapies appears or goes. Returns the unsubscribe. */
export function watchSideEffectLists(widget: Watcher): () => void {
  watchers.add(widget);
  return () => {
    watchers.delete(widget);
  };
}

/** Called by a list when it connects, disconnects or changes therapy (`ids`: the old and new ones). */
export function sideEffectListChanged(...ids: (string | null | undefined)[]): void {
  const changed = new Set<string>(ids.flatMap((id) => getTherapy(id)?.id ?? []));
  if (!changed.size) return;
  for (const w of watchers) if (w.therapyIds().some((id) => changed.has(id))) w.requestUpdate();
}

/**
 * The first <net-side-effect-list> showing `therapyId`, looked for next to `from` (the same
 * document or shadow root) and then in the document. Attribute values are compared as data, never
 * put into a selector.
 */
export function findSideEffectList(from: Node, therapyId: string): RevealableList | undefined {
  // Rendered on the server (Lit SSR), there is no page to look in: the button comes with hydration.
  if (typeof document === 'undefined') return undefined;
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
