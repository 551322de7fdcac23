// In-page measurements shared by the a11y-*.test.mjs files. Every function here is passed to
// page.evaluate(), so it must be self-contained (no closures over Node values).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core's browser source, evaluated in the page. */
export async function axeSource() {
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/** WCAG 2.0–2.2 A and AA rules plus axe's best practices; returns the violations, shortened. */
export async function runAxe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated by the test driver, not as an inline <script>: pages with a strict CSP (the
    // gallery's script-src 'self') are checked as they are.
    await page.evaluate(await axeSource());
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  });
}

/** Wait until the bundle has defined the elements and every widget has rendered. */
export async function widgetsReady(page) {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('net-'));
    return (
      customElements.get('net-therapy-card') &&
      widgets.length > 0 &&
      widgets.every((w) => w.shadowRoot && w.shadowRoot.childElementCount > 0)
    );
  });
}

/**
 * Text contrast inside every widget's shadow root under `scope` (a CSS selector of the host page):
 * for each visible text node, its computed colour against the composited background of its
 * ancestors (through the shadow boundary, down to the page canvas). Returns { min, worst, count }.
 */
export function measureTextContrast(scope) {
  const parse = (c) => {
    const m = /^rgba?\(([^)]+)\)$/.exec(c.trim());
    if (!m) throw new Error(`unparsed colour ${c}`);
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    return [p[0], p[1], p[2], p[3] ?? 1];
  };
  const over = (top, bottom) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const lum = (c) => {
    const f = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const up = (el) => {
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };
  const probe = document.createElement('div');
  probe.style.background = 'Canvas';
  document.body.append(probe);
  const canvas = parse(getComputedStyle(probe).backgroundColor);
  probe.remove();
  const backgroundOf = (el) => {
    const layers = [];
    for (let e = el; e; e = up(e)) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    return layers.reverse().reduce((acc, layer) => over(layer, acc), canvas);
  };

  const hosts = [...document.querySelectorAll(scope)].flatMap((s) =>
    [s, ...s.querySelectorAll('*')].filter((e) => e.localName.startsWith('net-') && e.shadowRoot),
  );
  const found = [];
  for (const host of hosts) {
    const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent.trim()) continue;
      if (el.closest('.visually-hidden, style')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const fg = parse(getComputedStyle(el).color);
      const bg = backgroundOf(el);
      const r = ratio(over(fg, bg), bg);
      found.push({
        ratio: Math.round(r * 100) / 100,
        text: node.textContent.trim().slice(0, 40),
        widget: host.localName,
        fg: getComputedStyle(el).color,
        bg: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
      });
    }
  }
  found.sort((a, b) => a.ratio - b.ratio);
  return { count: found.length, min: found[0]?.ratio ?? null, worst: found.slice(0, 3) };
}

/** Every interactive element inside the widgets' shadow roots, with its box and name. */
export function interactiveBoxes() {
  const hosts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('net-') && e.shadowRoot);
  const out = [];
  for (const host of hosts) {
    for (const el of host.shadowRoot.querySelectorAll(
      'summary, button, input:not([type="hidden"]), select, textarea, a[href], [tabindex]:not([tabindex="-1"])',
    )) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      // A checkbox or radio is operated through its label too (the label is part of the target).
      const label = el.matches('input[type="checkbox"], input[type="radio"]')
        ? (el.closest('label') ?? (el.id ? host.shadowRoot.querySelector(`label[for="${el.id}"]`) : null))
        : null;
      const lr = label?.getBoundingClientRect();
      // Links inside a sentence are exempt (WCAG 2.5.8 "inline").
      const inline = el.localName === 'a' && getComputedStyle(el).display === 'inline';
      out.push({
        widget: host.localName,
        tag: el.localName,
        type: el.getAttribute('type'),
        text: (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30),
        width: Math.round(r.width * 10) / 10,
        height: Math.round(r.height * 10) / 10,
        labelWidth: lr ? Math.round(lr.width * 10) / 10 : null,
        labelHeight: lr ? Math.round(lr.height * 10) / 10 : null,
        inline,
      });
    }
  }
  return out;
}
