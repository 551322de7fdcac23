import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-therapy-card.js';
import { negotiateFirst, negotiateLocale } from '../../src/i18n/negotiate.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { formatDate, formatList } from '../../src/i18n/format.js';
import { getTherapy } from '../../src/content/index.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import { captureConsole, shadowText as text } from './helpers.js';
// Not requestAnimationFrame: wtr runs pages side by side, and background tabs get no frames.
// The <html lang> observer reacts in a microtask; a macrotask later it has run.
const nextFrame = () => new Promise((r) => setTimeout(r, 0));

describe('locale negotiation (the README table)', () => {
  const table: Array<[string, string | undefined]> = [
    ['en-US', 'en-US'],
    ['en-GB', 'en-GB'],
    ['en-CA', 'en-CA'],
    ['fr-CA', 'fr-CA'],
    ['en', 'en-US'],
    ['en-AU', 'en-GB'],
    ['en-IE', 'en-GB'],
    ['en-NZ', 'en-GB'],
    ['en-ZA', 'en-GB'],
    ['en-IN', 'en-GB'],
    ['en-gb', 'en-GB'],
    ['EN-ca', 'en-CA'],
    ['en_GB', 'en-GB'],
    ['en-PH', 'en-US'],
    ['en-Latn-GB', 'en-GB'],
    ['fr', 'fr-CA'],
    ['fr-FR', 'fr-CA'],
    ['fr-BE', 'fr-CA'],
    ['fr-CH', 'fr-CA'],
    ['de', 'en-US'],
    ['de-DE', 'en-US'],
    ['es-MX', 'en-US'],
    ['zh-Hant-TW', 'en-US'],
    ['', undefined],
    ['   ', undefined],
    ['!!', undefined],
    ['en--GB', undefined],
    ['12345', undefined],
  ];
  for (const [tag, expected] of table) {
    it(`"${tag}" → ${expected ?? '(not a tag: next candidate)'}`, () => {
      expect(negotiateLocale(tag)).to.equal(expected);
    });
  }
  it('falls through malformed and empty candidates, then to en-US, without throwing', () => {
    expect(negotiateFirst(['!!', null, undefined, 'en-AU'])).to.equal('en-GB');
    expect(negotiateFirst(['<script>', '', 'x'.repeat(10000)])).to.equal('en-US');
    expect(negotiateFirst([])).to.equal('en-US');
  });
});

describe('Intl formatting per locale', () => {
  it('formats dates in each locale ("18 March 2025"), the first of the month "1er" in Canadian French', () => {
    expect(formatDate('2025-03-18', 'en-US')).to.equal('March 18, 2025');
    expect(formatDate('2025-03-18', 'en-GB')).to.equal('18 March 2025');
    expect(formatDate('2025-03-18', 'en-CA')).to.equal('March 18, 2025');
    expect(formatDate('2025-03-18', 'fr-CA')).to.equal('18 mars 2025');
    expect(formatDate('2025-10-01', 'fr-CA')).to.equal('1er octobre 2025');
    expect(formatDate('2027-12-01', 'fr-CA')).to.equal('1er décembre 2027');
  });
  it('joins lists in each locale', () => {
    expect(formatList(['a', 'b', 'c'], 'en-US')).to.equal('a, b, and c');
    expect(formatList(['a', 'b', 'c'], 'en-GB')).to.equal('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'fr-CA')).to.equal('a, b et c');
  });
});

describe('locale at runtime', () => {
  afterEach(() => {
    setLocale(null);
    document.documentElement.lang = 'en-US';
  });

  it('re-renders every widget when <html lang> changes, and sets lang on the content', async () => {
    const a = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>`,
    );
    const b = await fixture<NetTherapyCard>(html`<net-therapy-card therapy="prrt"></net-therapy-card>`);
    expect(a.shadowRoot!.querySelector('article')!.lang).to.equal('en-US');
    document.documentElement.lang = 'en-GB';
    await nextFrame();
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(getLocale()).to.equal('en-GB');
    expect(a.shadowRoot!.querySelector('article')!.lang).to.equal('en-GB');
    expect(b.shadowRoot!.querySelector('article')!.lang).to.equal('en-GB');
    const { lastReviewed } = getTherapy('somatostatin-analogues')!.review;
    expect(text(a)).to.include(formatDate(lastReviewed, 'en-GB'));
    expect(formatDate(lastReviewed, 'en-GB')).not.to.equal(formatDate(lastReviewed, 'en-US'));
    document.documentElement.lang = 'fr-FR';
    await nextFrame();
    await a.updateComplete;
    expect(getLocale()).to.equal('fr-CA');
    expect(a.shadowRoot!.querySelector('article')!.lang).to.equal('fr-CA');
    expect(text(a)).to.include(formatDate(lastReviewed, 'fr-CA'));
  });

  it('a programmatic locale wins over <html lang>; null returns to detection', async () => {
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>`,
    );
    expect(setLocale('en-CA')).to.equal('en-CA');
    document.documentElement.lang = 'fr-CA';
    await nextFrame();
    await el.updateComplete;
    expect(getLocale()).to.equal('en-CA');
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal('en-CA');
    expect(setLocale(null)).to.equal('fr-CA');
  });

  it('a malformed programmatic tag warns and changes nothing', () => {
    const { warnings } = captureConsole();
    expect(setLocale('%%%')).to.equal(getLocale());
    expect(warnings.join()).to.include('not a language tag');
  });

  it('announces changes with a net-locale-change event', async () => {
    const events: string[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<{ locale: string }>).detail.locale);
    document.addEventListener('net-locale-change', listener);
    await fixture(html`<net-therapy-card therapy="prrt"></net-therapy-card>`);
    setLocale('fr-CA');
    setLocale('fr-CA');
    setLocale('en-GB');
    document.removeEventListener('net-locale-change', listener);
    expect(events).to.deep.equal(['fr-CA', 'en-GB']);
  });
});
