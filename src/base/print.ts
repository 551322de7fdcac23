/**
 * `<details>` prints collapsed, and a patient who prints a card for an appointment needs all of it.
 *
 * Two layers:
 * 1. CSS (styles.ts, `@media print`): `details::details-content` is made visible, which covers
 *    Chromium 131+ and any other browser that supports the pseudo-element, whatever triggers print.
 * 2. This helper, for every other browser: when printing starts (`beforeprint`, or the `print`
 *    media query turning on, which Safari and emulated print media fire), every closed `<details>`
 *    inside a connected widget's shadow root is opened; when printing ends they are closed again,
 *    so the reader finds the page exactly as they left it.
 *
 * Listeners are installed once, on first use, and hold no reference to a disconnected widget.
 */
const widgets = new Set<Element>();
let openedForPrint: HTMLDetailsElement[] = [];
let printing = false;
let installed = false;

function expandForPrint(): void {
  if (printing) return;
  printing = true;
  for (const widget of widgets) {
    const closed = widget.shadowRoot?.querySelectorAll<HTMLDetailsElement>('details:not([open])');
    for (const details of closed ?? []) {
      details.open = true;
      openedForPrint.push(details);
    }
  }
}

function restoreAfterPrint(): void {
  if (!printing) return;
  printing = false;
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
}

function install(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener('beforeprint', expandForPrint);
  window.addEventListener('afterprint', restoreAfterPrint);
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
  query?.addEventListener?.('change', (event) => (event.matches ? expandForPrint() : restoreAfterPrint()));
}

/** Expand `widget`'s `<details>` while the page prints. Returns the function that stops it. */
export function expandDetailsWhenPrinting(widget: Element): () => void {
  install();
  widgets.add(widget);
  return () => {
    widgets.delete(widget);
  };
}

/** The print button's action: the browser's print dialog (blocked in a sandboxed frame, where the
 * browser's own print command still works). */
export function printPage(): void {
  try {
    globalThis.print?.();
  } catch {
    /* printing blocked: nothing more to do */
  }
}
