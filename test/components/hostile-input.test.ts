/**
 * Hostile input, at component level, in Chromium, Firefox ESR and WebKit (web-test-runner): attribute
 * and property values are data. Markup, script-looking strings, prototype names, nulls, RTL and
 * 100 000-character values are never parsed as markup and never throw; unknown values show the
 * localized message; heading-level garbage clamps to 1–6; polluted prototypes and a throwing
 * console change nothing; one broken widget never stops the others.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { setLocale } from '../../src/i18n/locale.js';
import { getTherapy } from '../../src/content/index.js';
import { TAGS, captureConsole, patched, shadowText, uncaught } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; therapy?: unknown; headingLevel?: unknown };

const UNKNOWN_EN = 'We do not have information about this treatment';
const UNKNOWN_FR = 'Nous n’avons pas d’information sur ce traitement';
const RENDER_ERROR_EN = 'This information could not be shown';

const STRANGE: Record<string, string> = {
  'img onerror': '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  'attribute breakout': '"><script>window.__xss=(window.__xss||0)+1</script><b x="',
  'svg onload': '<svg onload=window.__xss=1><foreignObject>',
  'template injection': '${window.__xss=1}{{constructor.constructor("window.__xss=1")()}}',
  'html entities': '&lt;b&gt;&amp;&#x27;',
  __proto__: '__proto__',
  constructor: 'constructor',
  toString: 'toString',
  hasOwnProperty: 'hasOwnProperty',
  'prototype chain': '__proto__.polluted',
  'NUL characters': '\u0000prrt\u0000',
  'RTL override': '\u202Etrrp',
  'RTL script': 'درمان با رادیونوکلئید',
  'combining marks': 'p\u0301r\u0301r\u0301t\u0301',
  emoji: '🧬'.repeat(2_000),
  'lone surrogate': '\uD800prrt',
  '100k characters': 'x'.repeat(100_000),
};

const MISSING_EN = 'No treatment was chosen';

/** Elements in a shadow root that should never come from data. */
function injected(el: Element): number {
  return el.shadowRoot!.querySelectorAll('img, script, svg foreignObject, iframe, object, embed, b[x]').length;
}

async function render(tag: string, attrs: Record<string, string>): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const parent = await fixture<HTMLDivElement>(html`<div></div>`);
  parent.append(el);
  await el.updateComplete;
  return el;
}

describe('hostile input', () => {
  // The widgets warn once per bad value, by design: every test here runs with the console captured.
  beforeEach(() => {
    captureConsole();
  });
  afterEach(() => {
    setLocale(null);
    delete (window as { __xss?: unknown }).__xss;
  });

  // The elements that take a therapy id.
  const THERAPY_TAGS = TAGS.filter((tag) => 'therapy' in document.createElement(tag));
  it('the therapy elements are found', () => {
    expect(THERAPY_TAGS).to.include.members(['net-therapy-card', 'net-side-effect-list']);
  });

  for (const tag of THERAPY_TAGS) {
    describe(`<${tag} therapy="…">`, () => {
      for (const [name, value] of Object.entries(STRANGE)) {
        it(`${name}: data, never markup; the unknown-therapy message; no throw`, async () => {
          let el!: Widget;
          const errors = await uncaught(async () => {
            el = await render(tag, { therapy: value });
          });
          expect(errors).to.deep.equal([]);
          expect(injected(el)).to.equal(0);
          expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
          const text = shadowText(el);
          expect(text).to.include(UNKNOWN_EN);
          // The bad value itself is not echoed into the page.
          if (value.length > 3) expect(text).not.to.include(value.trim());
          expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(10);
        });
      }

      it('whitespace only counts as no therapy: the missing-therapy message', async () => {
        const el = await render(tag, { therapy: '\n\t\r ' });
        expect(shadowText(el)).to.include(MISSING_EN);
      });

      it('a valid id with stray case and spaces still renders', async () => {
        const el = await render(tag, { therapy: '  PRRT \n' });
        expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
        expect(el.shadowRoot!.querySelector('h2')).to.exist;
      });

      it('the unknown-therapy message follows the locale', async () => {
        const el = await render(tag, { therapy: '<b>nope</b>' });
        setLocale('fr-CA');
        await el.updateComplete;
        expect(shadowText(el)).to.include(UNKNOWN_FR);
      });
    });
  }

  describe('<net-treatment-comparison therapies="…">', () => {
    for (const [name, value] of Object.entries(STRANGE)) {
      for (const [shape, therapies] of [
        ['alone', value],
        ['with two valid ids', `${value},surgery prrt`],
      ]) {
        it(`${name} ${shape}: data, never markup; a message; no throw`, async () => {
          let el!: Widget;
          const errors = await uncaught(async () => {
            el = await render('net-treatment-comparison', { therapies });
          });
          expect(errors).to.deep.equal([]);
          expect(injected(el)).to.equal(0);
          expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
          const message = el.shadowRoot!.querySelector('[part="notice"], [part="problems"]');
          expect(message !== null, 'a message').to.equal(true);
          // What is echoed (the unknown ids) is cut short.
          expect(message!.textContent.length).to.be.below(600);
          if (shape !== 'alone') expect(el.shadowRoot!.querySelectorAll('thead th')).to.have.length(2);
        });
      }
    }
  });

  describe('heading-level garbage clamps to a real <h1>–<h6>', () => {
    const cases: Array<[string, number]> = [
      ['0', 1],
      ['-1', 1],
      ['-999', 1],
      ['1', 1],
      ['6', 6],
      ['7', 6],
      ['99', 6],
      ['1e3', 6],
      ['2.4', 2],
      ['2.5', 3],
      ['0x3', 3],
      [' 4 ', 4],
      ['', 2],
      ['   ', 2],
      ['abc', 2],
      ['NaN', 2],
      ['Infinity', 2],
      ['-Infinity', 2],
      ['<h1>', 2],
      ['"><h1>x</h1>', 2],
      ['\u0000', 2],
      ['٣', 2],
      ['__proto__', 2],
      ['x'.repeat(100_000), 2],
    ];
    for (const tag of TAGS) {
      it(`<${tag}>: ${cases.length} values`, async () => {
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        const errors = await uncaught(async () => {
          for (const [value, level] of cases) {
            const el = await render(tag, {
              'heading-level': value,
              therapy: 'somatostatin-analogues',
              therapies: 'somatostatin-analogues,prrt',
            });
            const top = el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6');
            const key = JSON.stringify(value.slice(0, 12));
            got[key] = top ? Number(top.localName[1]) : 0;
            want[key] = level;
            expect(el.shadowRoot!.querySelectorAll('h7, [role="heading"]').length).to.equal(0);
          }
        });
        expect(errors).to.deep.equal([]);
        expect(got).to.deep.equal(want);
      });
    }
  });

  describe('property values a host script might set', () => {
    it('numbers, objects, symbols, arrays: the unknown-therapy message', async () => {
      for (const value of [42, {}, [1], Symbol('x'), true, 1n]) {
        const el = await render('net-therapy-card', {});
        el.therapy = value;
        await el.updateComplete;
        expect(shadowText(el), String(typeof value)).to.include(UNKNOWN_EN);
      }
    });

    it('a throwing value breaks only that widget, which shows a notice; its neighbours render', async () => {
      const boom = {
        toString(): string {
          throw new Error('no');
        },
      };
      let broken!: Widget;
      let neighbour!: Widget;
      let level!: Widget;
      const errors = await uncaught(async () => {
        broken = await render('net-therapy-card', { therapy: 'prrt' });
        level = await render('net-decision-checklist', {});
        neighbour = await render('net-side-effect-list', { therapy: 'somatostatin-analogues' });
        broken.therapy = boom;
        level.headingLevel = boom;
        await broken.updateComplete;
        await level.updateComplete;
      });
      expect(errors).to.deep.equal([]);
      expect(shadowText(broken)).to.include(RENDER_ERROR_EN);
      expect(shadowText(level)).to.include(RENDER_ERROR_EN);
      expect(neighbour.shadowRoot!.querySelector('.notice')).to.equal(null);
      // …and the broken one recovers when given a good value.
      broken.therapy = 'surgery';
      await broken.updateComplete;
      expect(broken.shadowRoot!.querySelector('h2')!.textContent).to.equal(getTherapy('surgery')!.text().name);
    });
  });

  describe('a hostile runtime', () => {
    it('enumerable Object.prototype / Array.prototype additions change nothing', async () => {
      const proto = Object.prototype as Record<string, unknown>;
      const arr = Array.prototype as unknown as Record<string, unknown>;
      proto.polluted = 'yes';
      proto.therapy = 'chemotherapy';
      arr.each = function each() {};
      try {
        const card = await render('net-therapy-card', { therapy: 'prrt' });
        const list = await render('net-decision-checklist', {});
        expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal(getTherapy('prrt')!.text().name);
        expect(list.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.above(3);
        const empty = await render('net-therapy-card', {});
        expect(shadowText(empty)).to.include(MISSING_EN);
      } finally {
        delete proto.polluted;
        delete proto.therapy;
        delete arr.each;
      }
    });

    it('console.warn and console.error that throw: messages still show, nothing escapes', async () => {
      const throwing = (what: string) => () => {
        throw new Error(`host ${what}`);
      };
      let unknown!: Widget;
      let broken!: Widget;
      const errors = await patched(console, { warn: throwing('console.warn'), error: throwing('console.error') }, () =>
        uncaught(async () => {
          unknown = await render('net-therapy-card', { therapy: 'not-a-therapy-console-test' });
          broken = await render('net-side-effect-list', { therapy: 'prrt' });
          broken.therapy = {
            toString(): string {
              throw new Error('no');
            },
          };
          await broken.updateComplete;
        }),
      );
      expect(errors).to.deep.equal([]);
      expect(shadowText(unknown)).to.include(UNKNOWN_EN);
      expect(shadowText(broken)).to.include(RENDER_ERROR_EN);
    });
  });
});
