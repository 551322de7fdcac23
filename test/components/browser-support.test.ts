// The browser support the README states ("Supported browsers"), checked in every engine the tests
// run in: the features the widgets rely on are there, and the fallback for browsers without
// light-dark() holds. Such a browser is imitated here: the widgets' stylesheets are read the way
// it reads them (light-dark() unknown, so `@supports not (color: light-dark(…))` applies), and the
// result must be exactly the light look of a browser that has light-dark().
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { TAGS } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** What the README's table is derived from: each feature, and how a browser shows it has it. */
const FEATURES: Array<[string, () => boolean]> = [
  ['custom elements and shadow DOM', () => 'customElements' in window && 'attachShadow' in Element.prototype],
  [
    'constructable stylesheets',
    () => 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype,
  ],
  ['light-dark()', () => CSS.supports('color', 'light-dark(#000, #fff)')],
  [':focus-visible', () => CSS.supports('selector(:focus-visible)')],
  ['container queries', () => CSS.supports('container-type', 'inline-size')],
  ['clamp() and max()', () => CSS.supports('font-size', 'clamp(15px, 1em, max(28px, 1.75rem))')],
  ['logical properties', () => CSS.supports('inset-inline-start', '0') && CSS.supports('margin-block', '0 1em')],
  ['overflow-wrap: anywhere', () => CSS.supports('overflow-wrap', 'anywhere')],
  ['Object.hasOwn', () => typeof Object.hasOwn === 'function'],
  [
    'Intl.Locale, Intl.ListFormat, dateStyle',
    () => typeof Intl.Locale === 'function' && typeof Intl.ListFormat === 'function',
  ],
];

/**
 * The widgets' stylesheets as a browser without light-dark() reads them; `fallback: false` also
 * drops the `@supports not (… light-dark() …)` fallback, to show what it is for.
 */
function withoutLightDark(sheet: CSSStyleSheet, { fallback = true } = {}): CSSStyleSheet {
  const read = (rule: CSSRule): string => {
    if (rule instanceof CSSSupportsRule && rule.conditionText.includes('light-dark(')) {
      // `not (… light-dark() …)` holds there; anything else that needs light-dark() does not.
      const holds = rule.conditionText.trim().startsWith('not') && fallback;
      return holds ? Array.from(rule.cssRules, read).join('\n') : '';
    }
    // @media, @container (Firefox counts style rules as grouping rules too: nesting).
    if (rule instanceof CSSGroupingRule && !(rule instanceof CSSStyleRule)) {
      const prelude = rule.cssText.slice(0, rule.cssText.indexOf('{'));
      return `${prelude}{${Array.from(rule.cssRules, read).join('\n')}}`;
    }
    // An unknown function: a declaration using it is dropped, a token holding it is invalid where used.
    return rule.cssText.replaceAll('light-dark(', 'no-light-dark(');
  };
  const copy = new CSSStyleSheet();
  copy.replaceSync(Array.from(sheet.cssRules, read).join('\n'));
  return copy;
}

/** Every colour, border and outline in the widgets (focused first checkbox included), as strings. */
function colours(widgets: Widget[]): string[] {
  const out: string[] = [];
  for (const widget of widgets) {
    for (const el of widget.shadowRoot!.querySelectorAll('*')) {
      for (const pseudo of [null, '::before']) {
        const cs = getComputedStyle(el, pseudo);
        out.push(
          `${widget.localName} ${el.localName}.${String(el.className)}${pseudo ?? ''}: ` +
            [
              cs.color,
              cs.backgroundColor,
              `${cs.borderTopStyle} ${cs.borderTopWidth} ${cs.borderTopColor}`,
              `${cs.borderLeftStyle} ${cs.borderLeftWidth} ${cs.borderLeftColor}`,
              `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
            ].join(' | '),
        );
      }
    }
  }
  return out;
}

describe('supported browsers', () => {
  for (const [feature, present] of FEATURES) {
    it(`has ${feature}`, () => {
      expect(present(), feature).to.equal(true);
    });
  }

  describe('without light-dark()', () => {
    let widgets: Widget[];
    let screen: Array<CSSStyleSheet[]>;
    beforeEach(async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div style="--net-color-scheme: light">
          <button id="before">before</button>
          <net-decision-checklist></net-decision-checklist>
          <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
          <net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>
          <net-treatment-comparison therapies="surgery,prrt"></net-treatment-comparison>
        </div>
      `);
      widgets = [...page.querySelectorAll<Widget>(TAGS.join(','))];
      await Promise.all(widgets.map((w) => w.updateComplete));
      screen = widgets.map((w) => [...w.shadowRoot!.adoptedStyleSheets]);
      // Keyboard focus on the first checkbox, so its focus ring is compared too.
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
    });
    afterEach(() => {
      widgets.forEach((w, i) => (w.shadowRoot!.adoptedStyleSheets = screen[i]));
    });

    it('the imitation is faithful: it removes every light-dark() the widgets use', () => {
      const text = (sheets: CSSStyleSheet[]) =>
        sheets.flatMap((s) => Array.from(s.cssRules, (r) => r.cssText)).join('\n');
      const lightDark = /(?<![\w-])light-dark\(/;
      expect(text(screen.flat())).to.match(lightDark);
      const read = text(screen.flat().map((sheet) => withoutLightDark(sheet)));
      expect(read.replace(/@supports[^{]*/g, '')).not.to.match(lightDark);
    });

    it('every widget gets the light palette: the same colours, borders and focus ring as the light scheme', () => {
      expect(widgets.map((w) => w.localName)).to.have.members([...TAGS]);
      const light = colours(widgets);
      widgets.forEach((w, i) => (w.shadowRoot!.adoptedStyleSheets = screen[i].map((sheet) => withoutLightDark(sheet))));
      const old = colours(widgets);
      // Compared line by line, so a difference names the element and the property.
      expect(old.filter((line, i) => line !== light[i])).to.deep.equal([]);
      expect(old).to.have.length(light.length);
    });

    it('is not vacuous: without the fallback, surfaces and the focus ring would disappear', () => {
      const focusRing = () =>
        getComputedStyle(widgets[0].shadowRoot!.querySelector('input')!.labels![0], '::before').outlineStyle;
      const surface = () => getComputedStyle(widgets[0].shadowRoot!.querySelector('.surface')!).backgroundColor;
      expect(focusRing()).to.equal('solid');
      widgets.forEach(
        (w, i) =>
          (w.shadowRoot!.adoptedStyleSheets = screen[i].map((sheet) => withoutLightDark(sheet, { fallback: false }))),
      );
      expect(surface()).to.equal('rgba(0, 0, 0, 0)');
      expect(focusRing()).to.equal('none');
    });
  });
});
