// Shared by the hostile-host e2e suites (test/e2e/hostile-*.test.mjs): the widget tags, and probes
// that run inside a page (passed to page.evaluate, so they must be self-contained functions).

/** Every element the bundle defines. */
export const TAGS = ['net-therapy-card', 'net-side-effect-list', 'net-decision-checklist'];
export const WIDGETS = TAGS.join(',');

/** The page's widgets: how many, how many are defined, how many drew content into a shadow root. */
export function widgetState(selector) {
  const hosts = [...document.querySelectorAll(selector)];
  return {
    total: hosts.length,
    defined: hosts.filter((h) => customElements.get(h.localName) === h.constructor).length,
    rendered: hosts.filter((h) => (h.shadowRoot?.textContent ?? '').trim().length > 20).length,
    notices: hosts.filter((h) => h.shadowRoot?.querySelector('.notice')).length,
    headings: hosts.map((h) => h.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6')?.textContent?.trim() ?? ''),
  };
}

/** True once every widget on the page has drawn something. */
export function allRendered(selector) {
  const hosts = [...document.querySelectorAll(selector)];
  return hosts.length > 0 && hosts.every((h) => (h.shadowRoot?.textContent ?? '').trim().length > 20);
}

/** The inherited properties a host can push into a widget, read as computed styles. */
export const TYPO_PROPS = [
  'textTransform',
  'letterSpacing',
  'wordSpacing',
  'whiteSpace',
  'textAlign',
  'textIndent',
  'textShadow',
  'fontStyle',
  'fontWeight',
  'fontVariantCaps',
  'writingMode',
  'direction',
  'visibility',
  'overflowWrap',
  'wordBreak',
];

/**
 * A snapshot, per widget, of the computed typography of every text-bearing element in its shadow
 * root (sizes relative to the widget's own font size), the box geometry against the host column,
 * and the text and background colours. Compared in node against the same widget on a page
 * without any host CSS: any difference is the host's CSS leaking in.
 */
export function styleSnapshot({ selector, props }) {
  return [...document.querySelectorAll(selector)].map((host, index) => {
    const where = `${host.localName}#${host.parentElement?.id || index}`;
    const root = host.shadowRoot;
    if (!root) return { where, tag: host.localName, missing: true, els: [] };
    const hostSize = parseFloat(getComputedStyle(host).fontSize);
    const texty = [...root.querySelectorAll('*')].filter(
      (el) =>
        !el.closest('.visually-hidden') &&
        [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== ''),
    );
    const els = texty.map((el) => {
      const cs = getComputedStyle(el);
      const size = parseFloat(cs.fontSize);
      const lh = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '';
      const values = {};
      for (const p of props) values[p] = cs[p];
      return {
        name: el.localName + cls,
        size,
        relSize: Math.round((size / hostSize) * 1000) / 1000,
        relLine: Math.round((lh / size) * 100) / 100,
        color: cs.color,
        background: cs.backgroundColor,
        values,
      };
    });
    const box = [...root.children].find((c) => c.localName !== 'style');
    const column = host.parentElement;
    const b = box?.getBoundingClientRect();
    const c = column?.getBoundingClientRect();
    return {
      where,
      tag: host.localName,
      hostSize,
      els,
      box:
        b && c
          ? {
              width: b.width,
              height: b.height,
              outside: b.left < c.left - 1 || b.right > c.right + 1,
              overflow: box.scrollWidth > box.clientWidth + 1 ? `${box.scrollWidth} > ${box.clientWidth}` : '',
            }
          : undefined,
    };
  });
}

/**
 * Problems of a hostile snapshot against a control snapshot (the same widgets on a clean page),
 * as strings; empty means the host's CSS changed nothing but the font size, within bounds.
 */
export function compareSnapshots(hostile, control, { minSize = 12, maxSize = 44 } = {}) {
  const problems = [];
  for (const w of hostile) {
    const ref = control.find((c) => c.tag === w.tag);
    if (!ref) {
      problems.push(`${w.where}: no control widget`);
      continue;
    }
    if (w.missing) {
      problems.push(`${w.where}: no shadow root`);
      continue;
    }
    if (w.els.length === 0) problems.push(`${w.where}: no text`);
    if (w.els.length !== ref.els.length) {
      problems.push(`${w.where}: ${w.els.length} text elements, control has ${ref.els.length}`);
    }
    const seen = new Set();
    const report = (what) => {
      if (!seen.has(what)) problems.push(`${w.where}: ${what}`);
      seen.add(what);
    };
    w.els.forEach((el, i) => {
      const r = ref.els[i];
      if (!(el.size >= minSize && el.size <= maxSize)) report(`${el.name} font-size ${el.size}px`);
      if (!r || r.name !== el.name) return;
      if (Math.abs(el.relSize - r.relSize) > 0.01)
        report(`${el.name} relative size ${el.relSize} (control ${r.relSize})`);
      if (Math.abs(el.relLine - r.relLine) > 0.02)
        report(`${el.name} line-height ×${el.relLine} (control ×${r.relLine})`);
      for (const [p, v] of Object.entries(el.values)) {
        if (v !== r.values[p]) report(`${el.name} ${p} ${v} (control ${r.values[p]})`);
      }
      if (el.color === el.background) report(`${el.name} text colour equals its background`);
    });
    if (!w.box) report('no outer box');
    else {
      if (w.box.width === 0 || w.box.height === 0) report('outer box has no size');
      if (w.box.outside) report('outer box leaves its column');
      if (w.box.overflow) report(`horizontal overflow ${w.box.overflow}`);
    }
  }
  return problems;
}

/**
 * The requests that went to the network: data: and blob: URLs never leave the browser (Firefox
 * itself loads a data: font on every page), so they are not counted.
 */
export function networkPaths(urls) {
  return urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')).map((u) => new URL(u).pathname);
}
