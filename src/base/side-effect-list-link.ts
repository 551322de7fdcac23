/**
 * How a widget (the therapy card, the comparison) points to a <net-side-effect-list> for the same
 * therapy on the page, instead of repeating the whole list: two reactive controllers, Lit's and
 * Shoelace's pattern for a concern that several elements share.
 *
 * - `SideEffectListPresence`, owned by each list: the list is in `lists` while it is connected,
 *   and says so when it connects, disconnects or changes therapy (its property, however it was
 *   set: an attribute, React 19 or a script setting `list.therapy`).
 * - `SideEffectListLink`, owned by each card and comparison: `find(id)` is the first connected
 *   list for that therapy (next to the widget, in the same document or shadow root, before the
 *   rest of the document), and the widget renders again when such a list comes, goes or changes.
 *
 * A list can arrive after the widget that points to it has rendered (with the script tag before
 * the widgets, the parser upgrades each widget as it reaches it), so the link listens. Only the
 * widgets that show a changed therapy render again: a page of 100 cards and 100 lists stays linear.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getTherapy } from '../content/index.js';

/** What a link needs of a list: its therapy and how to bring it into view. */
export interface LinkedList extends HTMLElement {
  therapy: string | null;
  reveal(): void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected list, and every connected widget that points to lists. */
const lists = new Set<LinkedList>();
const links = new Set<SideEffectListLink>();

/** The catalogue id of what `value` names (a list's `therapy`), or undefined. */
const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? getTherapy(value)?.id : undefined);

function changed(...values: unknown[]): void {
  const ids = new Set(values.map(idOf).filter((id): id is string => id !== undefined));
  if (!ids.size) return;
  for (const link of links) link.listChanged(ids);
}

/** Owned by a <net-side-effect-list>: it tells the links when it comes, goes or changes therapy. */
export class SideEffectListPresence implements ReactiveController {
  /** The therapy the links were last told about (the property's value at the last update). */
  private announced: unknown;

  constructor(private readonly list: LinkedList & ReactiveControllerHost) {
    list.addController(this);
  }

  hostConnected(): void {
    lists.add(this.list);
    this.announced = this.list.therapy;
    changed(this.announced);
  }

  hostDisconnected(): void {
    lists.delete(this.list);
    changed(this.announced);
  }

  // Before each update: the property may have changed since the list connected.
  hostUpdate(): void {
    const now = this.list.therapy;
    if (now === this.announced) return;
    const before = this.announced;
    this.announced = now;
    changed(before, now);
  }
}

/**
 * Owned by a widget that offers a "full list" button: `therapyIds()` are the therapies it shows.
 * `find()` answers only once the widget's first render is on the page: a server that rendered it
 * could not see the page's other widgets, and hydration needs the first render to be the server's
 * (the update after it shows the button).
 */
export class SideEffectListLink implements ReactiveController {
  private firstRenderDone = false;

  constructor(
    private readonly host: Host,
    private readonly therapyIds: () => readonly string[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    links.add(this);
  }

  hostDisconnected(): void {
    links.delete(this);
  }

  hostUpdated(): void {
    if (this.firstRenderDone) return;
    this.firstRenderDone = true;
    if (this.therapyIds().some((id) => this.find(id))) this.host.requestUpdate();
  }

  /** Called when a list for one of `ids` came, went or changed. */
  listChanged(ids: ReadonlySet<string>): void {
    if (this.therapyIds().some((id) => ids.has(id))) this.host.requestUpdate();
  }

  /** The list the button for `therapyId` goes to, or undefined (none yet, or first render). */
  find(therapyId: string): LinkedList | undefined {
    if (!this.firstRenderDone) return undefined;
    const root = this.host.getRootNode();
    const candidates = [...lists].filter(
      (list) => (list as HTMLElement) !== this.host && idOf(list.therapy) === therapyId,
    );
    // Next to the widget first, then the rest of the page; in document order within each.
    const near = candidates.filter((list) => list.getRootNode() === root);
    return firstInDocumentOrder(near.length ? near : candidates);
  }

  /** Scroll to the list for `therapyId` and move focus into it (nothing happens without one). */
  reveal(therapyId: string): void {
    this.find(therapyId)?.reveal();
  }
}

function firstInDocumentOrder(elements: readonly LinkedList[]): LinkedList | undefined {
  let first: LinkedList | undefined;
  for (const el of elements) {
    if (!first || first.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) first = el;
  }
  return first;
}
