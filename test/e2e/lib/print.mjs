// Print without a print command. WebKit's WebDriver cannot print or emulate print media (and
// Firefox's BiDi driver here cannot emulate it either), so these page functions apply the widgets'
// print stylesheet by hand: every adopted stylesheet of every widget is swapped for a copy in which
// `@media print` rules hold and `@media screen` rules do not, and `beforeprint` is fired (the
// event the widgets' print helper, src/base/print.ts, listens to). The browser's own CSS engine
// then lays the widgets out with exactly their print rules. print.test.mjs checks, in Chromium,
// that this gives the same result as real print media emulation.
// Every function here is passed to page.evaluate(), so it must be self-contained.

/** Swap in the print rules and fire beforeprint. Returns the number of widgets changed. */
export function applyPrintRules() {
  const asPrinted = (query) => {
    const q = query.trim();
    if (/^not\s+print\b/i.test(q)) return 'not all';
    if (/^not\s+screen\b/i.test(q)) return 'all';
    if (/^(only\s+)?screen\b/i.test(q)) return 'not all';
    return q.replace(/^(only\s+)?print\b/i, 'all');
  };
  const text = (rule) => {
    if (rule instanceof CSSMediaRule) {
      const media = Array.from(rule.media, asPrinted).join(', ');
      return `@media ${media} {${Array.from(rule.cssRules, text).join('\n')}}`;
    }
    if (rule instanceof CSSSupportsRule) {
      return `@supports ${rule.conditionText} {${Array.from(rule.cssRules, text).join('\n')}}`;
    }
    return rule.cssText;
  };
  const swapped = [];
  for (const host of document.querySelectorAll('*')) {
    const root = host.shadowRoot;
    if (!root || !host.localName.startsWith('net-')) continue;
    // A copy: adoptedStyleSheets is a live (observable) array.
    const screen = [...root.adoptedStyleSheets];
    root.adoptedStyleSheets = screen.map((sheet) => {
      const copy = new CSSStyleSheet();
      copy.replaceSync(Array.from(sheet.cssRules, text).join('\n'));
      return copy;
    });
    swapped.push([root, screen]);
  }
  Object.defineProperty(window, '__screenRules', { configurable: true, value: swapped });
  window.dispatchEvent(new Event('beforeprint'));
  return swapped.length;
}

/** Put the screen rules back and fire afterprint. */
export function restoreScreenRules() {
  for (const [root, sheets] of window.__screenRules ?? []) root.adoptedStyleSheets = sheets;
  delete window.__screenRules;
  window.dispatchEvent(new Event('afterprint'));
  return true;
}

/** What would be on paper: details, sources, buttons, chevrons, and the checklist's sheet. */
export function printState() {
  const hosts = [...document.querySelectorAll('*')].filter((h) => h.localName.startsWith('net-') && h.shadowRoot);
  const all = (sel) => hosts.flatMap((h) => [...h.shadowRoot.querySelectorAll(sel)]);
  const checklist = document.querySelector('net-decision-checklist')?.shadowRoot;
  const sheet = checklist?.querySelector('[part~="print-sheet"], [part~="summary"]');
  return {
    details: all('details').map((d) => d.open),
    // Cards and side-effect lists print their full source list; the checklist prints its own sheet.
    sourcesShown: hosts
      .filter((h) => h.localName !== 'net-decision-checklist')
      .map((h) => h.shadowRoot.querySelector('.sources'))
      .every((s) => s && s.checkVisibility() && s.textContent.trim().length > 20),
    buttonsShown: all('button').filter((b) => b.checkVisibility()).length,
    inputsShown: all('input').filter((b) => b.checkVisibility()).length,
    chevrons: all('summary').map((s) => getComputedStyle(s, '::before').display),
    sheet: sheet
      ? {
          shown: sheet.checkVisibility(),
          ticked: (sheet.textContent.match(/☑/g) ?? []).length,
          unticked: (sheet.textContent.match(/☐/g) ?? []).length,
        }
      : null,
  };
}
