// The pages the benchmark loads. Every timed page ends with the same marker: the time, relative
// to navigation start (performance.now()), of a task posted from requestAnimationFrame, i.e. just
// after the frame that shows the content has been produced (style, layout, paint).
import { TAGS, THERAPY_IDS } from '../../scripts/lib/project.mjs';

/**
 * The reservation a host page should add (docs/performance.md), in em of the host's font size,
 * [below a 40em-wide viewport, above]: about the mean rendered height (details closed) that the
 * benchmark measures at 390 px and 1280 px (results.heights, sections/cls.mjs). Heights vary by
 * therapy, width and locale, so a reservation shrinks the shift; only the exact height would
 * remove it. An element not listed here gets no reservation.
 */
export const RESERVATION_EM = {
  'net-therapy-card': [230, 135],
  'net-side-effect-list': [215, 130],
  'net-decision-checklist': [410, 255],
  // The mean of two, three and four treatments (COMPARISONS below); four are about 1.3 times three.
  'net-treatment-comparison': [635, 320],
};

const FRAME_AFTER = `function __frameAfter(cb) {
  requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => cb(performance.now()); c.port2.postMessage(0); });
}`;

const head = (title, extra = '') =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="viewport" content="width=device-width">${extra}</head>`;

const BODY_STYLE = 'max-width:48em;margin:0 auto;padding:1em;font:16px/1.5 sans-serif';

/** N therapy cards (the ten ids in turn) and the one-file script at the end of body. */
export function widgetPage(n, src = '/dist/net-widgets.js') {
  const cards = Array.from(
    { length: n },
    (_, i) => `<net-therapy-card therapy="${THERAPY_IDS[i % THERAPY_IDS.length]}"></net-therapy-card>`,
  ).join('\n');
  return `${head(`${n} cards`)}<body style="${BODY_STYLE}">
${cards}
<script src="${src}"></script>
<script>${FRAME_AFTER}
const cards = [...document.querySelectorAll('net-therapy-card')];
Promise.all(cards.map((c) => c.updateComplete)).then(() => __frameAfter((t) => { window.__done = t; }));
</script></body></html>`;
}

/**
 * The same N cards as static HTML: each card's rendered shadow DOM and its adopted stylesheets'
 * CSS, as declarative shadow DOM. No script at all, except the marker.
 * `cards` is [{ id, html, css }] as captured from the widgets (captureCards in sections/render.mjs).
 */
export function staticPage(n, cards) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const body = Array.from({ length: n }, (_, i) => {
    const id = THERAPY_IDS[i % THERAPY_IDS.length];
    const c = byId.get(id);
    return `<net-therapy-card therapy="${id}"><template shadowrootmode="open"><style>${c.css}</style>${c.html}</template></net-therapy-card>`;
  }).join('\n');
  return `${head(`${n} static cards`)}<body style="${BODY_STYLE}">
${body}
<script>${FRAME_AFTER}
__frameAfter((t) => { window.__done = t; });
</script></body></html>`;
}

/**
 * One card; the bundle is fetched first, then run as an inline script, so the time covers exactly
 * the script's parse, compile and execution, the element's first render and the next frame.
 */
export function firstWidgetPage(src) {
  return `${head('first widget')}<body style="${BODY_STYLE}">
<net-therapy-card therapy="prrt"></net-therapy-card>
<script>${FRAME_AFTER}
fetch(${JSON.stringify(src)}).then((r) => r.text()).then((code) => setTimeout(() => {
  const script = document.createElement('script');
  script.textContent = code;
  const t0 = performance.now();
  document.body.append(script);
  const executed = performance.now() - t0;
  document.querySelector('net-therapy-card').updateComplete.then(() =>
    __frameAfter((t) => { window.__done = { executed, toFrame: t - t0 }; }));
}, 50));
</script></body></html>`;
}

/**
 * Every widget, for their rendered heights: a card and a side-effect list per therapy, and one
 * checklist; done when every widget has rendered and the next frame is drawn.
 */
/** Comparisons of two, three (the usual choice) and four treatments, for their mean height. */
const COMPARISONS = [
  'surgery,prrt',
  'somatostatin-analogues,targeted-therapy',
  'surgery,somatostatin-analogues,prrt',
  'liver-directed-therapy,chemotherapy,prrt',
  'active-surveillance,surgery,somatostatin-analogues,prrt',
];

export function heightsPage() {
  const widgets = THERAPY_IDS.map(
    (id) =>
      `<net-therapy-card therapy="${id}"></net-therapy-card><net-side-effect-list therapy="${id}"></net-side-effect-list>`,
  ).join('\n');
  return `${head('heights')}<body style="${BODY_STYLE}">
${widgets}
<net-decision-checklist></net-decision-checklist>
${COMPARISONS.map((ids) => `<net-treatment-comparison therapies="${ids}"></net-treatment-comparison>`).join('\n')}
<script src="/dist/net-widgets.js"></script>
<script>Promise.all([...document.querySelectorAll(${JSON.stringify(TAGS.join(','))})].map((e) => e.updateComplete ?? Promise.resolve()))
  .then(() => requestAnimationFrame(() => { window.__done = 1; }));</script></body></html>`;
}

/** Pages for the heap figure: no script; the script and no widget; the script and N cards. */
export function emptyPage() {
  return `${head('empty')}<body style="${BODY_STYLE}"><p>Empty.</p><script>window.__done = 1;</script></body></html>`;
}

export function scriptOnlyPage(src = '/dist/net-widgets.js') {
  return `${head('script only')}<body style="${BODY_STYLE}"><p>No widget.</p><script src="${src}"></script>
<script>window.__done = 1;</script></body></html>`;
}

/**
 * The host-page reservation documented in docs/performance.md: before the script has defined a
 * tag, its elements take about the height they will have (`heights[tag] = [narrow, wide]` in em,
 * narrow below a 40em viewport) and the margin the widgets' own style gives them.
 */
export function reservationCss(heights) {
  const rules = (i) =>
    TAGS.filter((tag) => heights[tag])
      .map((tag) => `${tag}:not(:defined){min-height:${heights[tag][i]}em}`)
      .join('\n');
  return `${TAGS.map((t) => `${t}:not(:defined)`).join(',')}{display:block;margin-block:0 1em}
${rules(1)}
@media (max-width:40em){
${rules(0)}
}`;
}

const FILLER = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Host text ${i + 1}. Neuroendocrine tumours are treated in many ways; this paragraph is the ` +
    `host site's own text, below the widgets, and moves if the widgets grow after it was painted.</p>`,
).join('\n');

/**
 * A host page for layout shift. `placement`: 'readme' (the README snippet as written: the script
 * tag, then the three elements, in the body), 'defer' (script with defer in head), 'end' (script
 * at the end of body). The three elements are the README's.
 */
export function clsPage({ placement, reservation = '' }) {
  const observer = `<script>window.__cls = 0; window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) { window.__cls += e.value; window.__shifts.push(e.value); } })
  .observe({ type: 'layout-shift', buffered: true });</script>`;
  const style = reservation ? `<style>${reservation}</style>` : '';
  const deferTag = placement === 'defer' ? '<script src="/dist/net-widgets.js" defer></script>' : '';
  const elements = `<net-therapy-card therapy="prrt"></net-therapy-card>
<net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
<net-decision-checklist></net-decision-checklist>`;
  const snippet = placement === 'readme' ? `<script src="/dist/net-widgets.js"></script>\n${elements}` : elements;
  const endTag = placement === 'end' ? '<script src="/dist/net-widgets.js"></script>' : '';
  return `${head(`CLS ${placement}`, observer + style + deferTag)}<body style="${BODY_STYLE}">
<h1>Treatments for neuroendocrine tumours</h1>
<p>The host site's introduction, above the widgets.</p>
${snippet}
${FILLER}
${endTag}<script>window.__done = 1;</script></body></html>`;
}
