// Issue 16, at component level in Chromium and Firefox: the host's own contact line
// (slot="contact") in every widget, each widget in its section's language (no text of another
// locale first), the out-of-date notice by the reader's clock (mocked) in every locale, and the
// content version the host can read (NetWidgets.content, CONTENT).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { CONTENT } from '../../src/index.js';
import { allTherapies, contentInfo, getTherapy } from '../../src/content/index.js';
import { decisionChecklist } from '../../src/content/decision-factors.js';
import { CONTENT_VERSION } from '../../src/content/version.js';
import type { Review } from '../../src/content/types.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { SUPPORTED_LOCALES, type Locale } from '../../src/i18n/locales.js';
import { isOverdue } from '../../src/base/footer.js';
import {
  captureConsole,
  mount,
  printRulesHiding,
  recordShadowText,
  shadowText,
  widgetsIn,
  withClock,
  norm,
  TAGS,
} from './helpers.js';
import type { Widget } from './helpers.js';

/** A macrotask: the document's `lang` observer and slotchange have run. */
const tick = () => new Promise((r) => setTimeout(r, 0));

/** One of each widget, with its review (what its out-of-date notice is about). */
const WIDGETS: Array<{ tag: string; attrs: string; review: () => Review; contactIn: string }> = [
  {
    tag: 'net-therapy-card',
    attrs: 'therapy="prrt"',
    review: () => getTherapy('prrt')!.review,
    contactIn: '[part="card"]',
  },
  {
    tag: 'net-side-effect-list',
    attrs: 'therapy="surgery"',
    review: () => getTherapy('surgery')!.sideEffects.review,
    contactIn: '[part="urgent"]',
  },
  {
    tag: 'net-decision-checklist',
    attrs: '',
    review: () => decisionChecklist.review,
    contactIn: '[part="checklist"]',
  },
  {
    tag: 'net-treatment-comparison',
    attrs: 'therapies="surgery,prrt"',
    review: () =>
      [getTherapy('surgery')!, getTherapy('prrt')!]
        .flatMap((t) => [t.review, t.sideEffects.review])
        .sort((a, b) => a.nextReview.localeCompare(b.nextReview))[0],
    contactIn: 'tbody',
  },
];

const markup = (w: (typeof WIDGETS)[number], inner = '', extra = '') =>
  `<${w.tag} ${w.attrs} ${extra}>${inner}</${w.tag}>`;

/** The element that holds a widget's content and carries its `lang`. */
const content = (el: Element) => el.shadowRoot!.querySelector('[lang]')!;

/** A long date as Intl writes it in `locale` (fr-CA: "1er" for the first of the month). */
function intlDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number);
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  return locale === 'fr-CA' ? text.replace(/^1 /, '1er ') : text;
}

/** Local midnight at the start of the day after `iso`, and one second before it. */
function around(iso: string): { lastSecond: Date; nextDay: Date } {
  const [y, m, d] = iso.split('-').map(Number);
  return { lastSecond: new Date(y, m - 1, d, 23, 59, 59), nextDay: new Date(y, m - 1, d + 1, 0, 0, 0) };
}

describe('coverage', () => {
  it('WIDGETS holds every element (a new element must join these tests), each defined under its own tagName', () => {
    expect(WIDGETS.map((w) => w.tag).sort()).to.deep.equal([...TAGS].sort());
    for (const tag of TAGS) {
      const ctor = customElements.get(tag) as unknown as { tagName?: string } | undefined;
      expect(ctor?.tagName, `src/${tag}.ts defines the class whose tagName is ${tag}`).to.equal(tag);
    }
  });
});

describe('slot="contact": the host’s own line', () => {
  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      it('shows nothing while the slot is empty', async () => {
        const page = await mount(markup(w));
        const el = page.firstElementChild!;
        const wrapper = el.shadowRoot!.querySelector('.contact')!;
        const box = wrapper.closest('tr') ?? wrapper;
        expect((box as HTMLElement).hidden).to.equal(true);
        expect(getComputedStyle(box).display).to.equal('none');
        expect(
          el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="contact"]')!.assignedElements(),
        ).to.have.length(0);
      });

      it('shows the line, labelled "From your care team", where the contract puts it; printed', async () => {
        const page = await mount(markup(w, '<p slot="contact">Call the NET nurse line on 555-0100.</p>'));
        const el = page.firstElementChild!;
        const wrapper = el.shadowRoot!.querySelector('[part~="contact"]')!;
        const box = wrapper.closest('tr') ?? wrapper;
        expect((box as HTMLElement).hidden).to.equal(false);
        expect(getComputedStyle(box).display).not.to.equal('none');
        expect(norm(box.textContent)).to.include('From your care team');
        expect(box.closest(w.contactIn), `inside ${w.contactIn}`).to.exist;
        const slot = box.querySelector<HTMLSlotElement>('slot[name="contact"]')!;
        expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal([
          'Call the NET nurse line on 555-0100.',
        ]);
        // Kept apart from the sourced text: after the content, before the sources.
        const sources = el.shadowRoot!.querySelector('.sources');
        expect(sources, 'every widget lists its sources').to.exist;
        // The checklist's line sits at its very foot, under its printed sheet: its own place.
        if (w.tag !== 'net-decision-checklist') {
          expect(box.compareDocumentPosition(sources!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
        }
        // Print: no print rule hides it, nor any box around it.
        expect(printRulesHiding(box)).to.deep.equal([]);
        expect(printRulesHiding(slot)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });

      it('follows the host: slotchange both ways', async () => {
        const page = await mount(markup(w));
        const el = page.firstElementChild as Widget;
        const box = () => {
          const wrapper = el.shadowRoot!.querySelector('.contact')!;
          return (wrapper.closest('tr') ?? wrapper) as HTMLElement;
        };
        const line = document.createElement('p');
        line.slot = 'contact';
        line.textContent = 'Call us on 555-0100.';
        el.append(line);
        await tick();
        await el.updateComplete;
        expect(box().hidden).to.equal(false);
        line.remove();
        await tick();
        await el.updateComplete;
        expect(box().hidden).to.equal(true);
        // An element that is not slotted, or only white space, shows nothing.
        el.append(document.createElement('p'), document.createTextNode('  '));
        await tick();
        await el.updateComplete;
        expect(box().hidden).to.equal(true);
      });

      it('takes a slot passed on by a host component, shown only while that has content', async () => {
        const page = await mount('<div class="host-component"></div>');
        const host = page.firstElementChild!;
        host.attachShadow({ mode: 'open' }).innerHTML = markup(w, '<slot name="contact" slot="contact"></slot>');
        const el = host.shadowRoot!.firstElementChild as Widget;
        await el.updateComplete;
        const box = () => {
          const wrapper = el.shadowRoot!.querySelector('.contact')!;
          return (wrapper.closest('tr') ?? wrapper) as HTMLElement;
        };
        expect(box().hidden).to.equal(true);
        const line = document.createElement('p');
        line.slot = 'contact';
        line.textContent = 'Call us.';
        host.append(line);
        await tick();
        await el.updateComplete;
        expect(box().hidden).to.equal(false);
      });
    });
  }

  it('a contact line that comes while the widget shows a notice is there when the content comes', async () => {
    captureConsole(); // the missing therapy warns once, by design
    const page = await mount('<net-therapy-card></net-therapy-card>');
    const el = page.firstElementChild as Widget;
    const line = document.createElement('p');
    line.slot = 'contact';
    line.textContent = 'Call us.';
    el.append(line);
    await tick();
    el.setAttribute('therapy', 'prrt');
    await el.updateComplete;
    expect((el.shadowRoot!.querySelector('.contact') as HTMLElement).hidden).to.equal(false);
    line.remove();
    el.setAttribute('therapy', 'surgery');
    await tick();
    await el.updateComplete;
    expect((el.shadowRoot!.querySelector('.contact') as HTMLElement).hidden).to.equal(true);
  });
});

describe('each widget in its section’s language', () => {
  afterEach(() => {
    setLocale(null);
    document.documentElement.lang = 'en-US';
  });

  const all = (extra = '') => WIDGETS.map((w) => markup(w, '', extra)).join('\n');
  /**
   * Texts that exist only in `from` and not in `to`: the review dates as Intl writes them (names and
   * sentences are not used: a message not yet translated falls back to the en-US source text).
   */
  function foreignTexts(from: Locale, to: Locale): string[] {
    const dates = (l: Locale) =>
      WIDGETS.flatMap((w) => [intlDate(w.review().nextReview, l), intlDate(w.review().lastReviewed, l)]);
    const theirs = dates(to);
    return [...new Set(dates(from))].filter((text) => !theirs.includes(text));
  }

  it('a page in en-US: widgets in <section lang="fr-CA"> render in fr-CA, the others in en-US', async () => {
    const page = await mount(`<section class="en">${all()}</section><section lang="fr-CA">${all()}</section>`);
    const [en, fr] = [...page.querySelectorAll('section')];
    for (const el of widgetsIn(en)) expect(content(el).getAttribute('lang'), el.localName).to.equal('en-US');
    for (const el of widgetsIn(fr)) {
      expect(content(el).getAttribute('lang'), el.localName).to.equal('fr-CA');
      const w = WIDGETS.find((x) => x.tag === el.localName)!;
      expect(shadowText(el)).to.include(intlDate(w.review().nextReview, 'fr-CA'));
    }
    expect(getLocale()).to.equal('en-US');
  });

  it('the reverse: a page in fr-CA, a section in en-US', async () => {
    document.documentElement.lang = 'fr-CA';
    await tick();
    const page = await mount(`<div>${all()}</div><div lang="en-US">${all()}</div>`);
    const [fr, en] = [...page.children];
    for (const el of widgetsIn(fr)) expect(content(el).getAttribute('lang')).to.equal('fr-CA');
    for (const el of widgetsIn(en)) {
      expect(content(el).getAttribute('lang')).to.equal('en-US');
      const w = WIDGETS.find((x) => x.tag === el.localName)!;
      expect(shadowText(el)).to.include(intlDate(w.review().nextReview, 'en-US'));
    }
    expect(getLocale()).to.equal('fr-CA');
  });

  for (const [page, section] of [
    ['en-US', 'fr-CA'],
    ['fr-CA', 'en-US'],
    ['en-US', 'en-GB'],
  ] as Array<[Locale, Locale]>) {
    it(`no ${page} text is ever inserted into a widget in a ${section} section (page in ${page})`, async () => {
      document.documentElement.lang = page;
      await tick();
      const forbidden = foreignTexts(page, section);
      expect(forbidden.length, 'there is something to look for').to.be.greaterThan(0);
      const recorder = recordShadowText();
      await mount(`<section lang="${section}">${all()}</section>`);
      recorder.stop();
      const inserted = recorder.text();
      expect(inserted).to.include(intlDate(WIDGETS[0].review().nextReview, section));
      for (const text of forbidden) expect(inserted.includes(text), `"${text}" was inserted`).to.equal(false);
      // Every element ever inserted with a lang carried the section's locale (sources' titles keep
      // their own language: "en" inside French content), never the page's.
      const langs = recorder.langs();
      expect(langs.filter((l) => SUPPORTED_LOCALES.includes(l as Locale))).to.deep.equal(
        langs.filter((l) => l === section),
      );
      expect(langs.filter((l) => l === section).length).to.be.at.least(WIDGETS.length);
    });
  }

  it('changing a section’s lang re-renders only the widgets in it, and fires no page event', async () => {
    const page = await mount(`<section id="a" lang="en-US">${all()}</section><section id="b">${all()}</section>`);
    const a = page.querySelector('#a')!;
    const b = page.querySelector('#b')!;
    const counts = new Map<Element, number>();
    for (const el of widgetsIn(page)) {
      counts.set(el, 0);
      const instance = el as unknown as { update: (changed: unknown) => void };
      const update = instance.update.bind(el);
      instance.update = (changed: unknown) => {
        counts.set(el, counts.get(el)! + 1);
        update(changed);
      };
    }
    const events: string[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<{ locale: string }>).detail.locale);
    document.addEventListener('net-locale-change', listener);
    try {
      a.setAttribute('lang', 'fr-CA');
      await tick();
      await Promise.all(widgetsIn(page).map((el) => el.updateComplete));
    } finally {
      document.removeEventListener('net-locale-change', listener);
    }
    for (const el of widgetsIn(a)) {
      expect(counts.get(el), el.localName).to.equal(1);
      expect(content(el).getAttribute('lang')).to.equal('fr-CA');
    }
    for (const el of widgetsIn(b)) {
      expect(counts.get(el), `${el.localName} outside`).to.equal(0);
      expect(content(el).getAttribute('lang')).to.equal('en-US');
    }
    expect(events, 'net-locale-change is page-level only').to.deep.equal([]);
    expect(getLocale()).to.equal('en-US');
  });

  it('lang on the widget itself wins over its section, and is watched', async () => {
    const page = await mount(`<section lang="fr-CA">${all('lang="en-CA"')}</section>`);
    for (const el of widgetsIn(page)) expect(content(el).getAttribute('lang')).to.equal('en-CA');
    for (const el of widgetsIn(page)) el.setAttribute('lang', 'en-GB');
    await Promise.all(widgetsIn(page).map((el) => el.updateComplete));
    for (const el of widgetsIn(page)) expect(content(el).getAttribute('lang')).to.equal('en-GB');
    for (const el of widgetsIn(page)) el.removeAttribute('lang');
    await tick();
    await Promise.all(widgetsIn(page).map((el) => el.updateComplete));
    for (const el of widgetsIn(page)) expect(content(el).getAttribute('lang')).to.equal('fr-CA');
  });

  it('a widget moved into another section speaks that section’s language', async () => {
    const page = await mount(`<section id="en">${all()}</section><section id="fr" lang="fr-CA"></section>`);
    const fr = page.querySelector('#fr')!;
    for (const el of widgetsIn(page.querySelector('#en')!)) fr.append(el);
    await Promise.all(widgetsIn(fr).map((el) => el.updateComplete));
    for (const el of widgetsIn(fr)) expect(content(el).getAttribute('lang')).to.equal('fr-CA');
  });

  it('a widget inside another component’s shadow root takes the language around that component', async () => {
    const page = await mount('<section lang="fr-CA"><div class="host-component"></div></section>');
    const host = page.querySelector('.host-component')!;
    host.attachShadow({ mode: 'open' }).innerHTML = all();
    await Promise.all(widgetsIn(host.shadowRoot!).map((el) => el.updateComplete));
    for (const el of widgetsIn(host.shadowRoot!)) expect(content(el).getAttribute('lang')).to.equal('fr-CA');
  });

  it('a malformed or empty section lang falls back to the page’s locale', async () => {
    document.documentElement.lang = 'en-GB';
    await tick();
    const page = await mount(`<section lang="!!">${all()}</section><section lang="">${all()}</section>`);
    for (const el of widgetsIn(page)) expect(content(el).getAttribute('lang')).to.equal('en-GB');
  });

  it('getLocale() stays the page’s; setLocale() still sets every widget', async () => {
    const page = await mount(`<section lang="fr-CA">${all()}</section>`);
    expect(getLocale()).to.equal('en-US');
    setLocale('en-GB');
    await Promise.all(widgetsIn(page).map((el) => el.updateComplete));
    expect(getLocale()).to.equal('en-GB');
    for (const el of widgetsIn(page)) expect(content(el).getAttribute('lang')).to.equal('en-GB');
    setLocale(null);
    await Promise.all(widgetsIn(page).map((el) => el.updateComplete));
    for (const el of widgetsIn(page)) expect(content(el).getAttribute('lang')).to.equal('fr-CA');
  });
});

describe('the out-of-date notice, by the reader’s clock', () => {
  afterEach(() => setLocale(null));

  it('isOverdue: not on the day itself, from the next day on (local time)', () => {
    const { lastSecond, nextDay } = around('2027-11-23');
    expect(isOverdue('2027-11-23', new Date(2026, 0, 1))).to.equal(false);
    expect(isOverdue('2027-11-23', new Date(2027, 10, 23, 0, 0, 0))).to.equal(false);
    expect(isOverdue('2027-11-23', lastSecond)).to.equal(false);
    expect(isOverdue('2027-11-23', nextDay)).to.equal(true);
    expect(isOverdue('2027-11-23', new Date(2031, 0, 1))).to.equal(true);
  });

  for (const locale of SUPPORTED_LOCALES) {
    for (const w of WIDGETS) {
      it(`${locale} <${w.tag}>: the notice above the content, with the date in ${locale}; nothing before`, async () => {
        setLocale(locale);
        const { nextReview } = w.review();
        const { lastSecond, nextDay } = around(nextReview);
        // The day itself (its last second): nothing.
        await withClock(lastSecond, async () => {
          const page = await mount(markup(w));
          expect(page.firstElementChild!.shadowRoot!.querySelector('[part="overdue"]') === null).to.equal(true);
          page.remove();
        });
        // The day after: the notice.
        await withClock(nextDay, async () => {
          const page = await mount(markup(w));
          const el = page.firstElementChild!;
          const notice = el.shadowRoot!.querySelector('[part="overdue"]')!;
          expect(notice, 'the notice').to.exist;
          expect(notice.getAttribute('role')).to.equal('note');
          expect(norm(notice.textContent)).to.include(intlDate(nextReview, locale));
          // Above everything else in the content, inside the element that carries lang.
          const holder = content(el);
          expect(holder.getAttribute('lang')).to.equal(locale);
          expect(holder.contains(notice)).to.equal(true);
          const first = holder.querySelector('.screen') ?? holder;
          expect(first.firstElementChild === notice, 'first in the content').to.equal(true);
          await expect(el).to.be.accessible();
        });
      });
    }
  }

  it('writes the date each locale’s way ("23 November 2027"), in the en-US sentence', async () => {
    const prrt = getTherapy('prrt')!;
    const review = prrt.review;
    prrt.review = { lastReviewed: '2026-11-23', nextReview: '2027-11-23' };
    const want: Record<Locale, string> = {
      'en-US': 'November 23, 2027',
      'en-GB': '23 November 2027',
      'en-CA': 'November 23, 2027',
      'fr-CA': '23 novembre 2027',
    };
    try {
      await withClock(new Date(2028, 0, 15, 12), async () => {
        const page = await mount(
          SUPPORTED_LOCALES.map((l) => `<net-therapy-card therapy="prrt" lang="${l}"></net-therapy-card>`).join(''),
        );
        const texts = widgetsIn(page).map((el) => norm(el.shadowRoot!.querySelector('[part="overdue"]')!.textContent));
        SUPPORTED_LOCALES.forEach((l, i) => expect(texts[i], l).to.include(want[l]));
        expect(texts[0]).to.equal(
          'This information was due for review on November 23, 2027. It may be out of date. Check with your care team.',
        );
      });
    } finally {
      prrt.review = review;
    }
  });

  it('the comparison is as old as its oldest treatment', async () => {
    const surgery = getTherapy('surgery')!;
    const review = surgery.sideEffects.review;
    surgery.sideEffects = { ...surgery.sideEffects, review: { lastReviewed: '2025-01-01', nextReview: '2026-02-01' } };
    try {
      await withClock(new Date(2026, 1, 2, 9), async () => {
        const page = await mount('<net-treatment-comparison therapies="prrt,surgery"></net-treatment-comparison>');
        const el = page.firstElementChild!;
        expect(norm(el.shadowRoot!.querySelector('[part="overdue"]')!.textContent)).to.include('February 1, 2026');
        expect(shadowText(el)).to.include('Next review due: February 1, 2026');
      });
    } finally {
      surgery.sideEffects = { ...surgery.sideEffects, review };
    }
  });

  it('today (the real clock), no widget says it is out of date', async () => {
    const page = await mount(WIDGETS.map((w) => markup(w)).join(''));
    for (const el of widgetsIn(page)) expect(el.shadowRoot!.querySelector('[part="overdue"]') === null).to.equal(true);
  });
});

describe('the content version for the host', () => {
  /** Every `nextReview` anywhere in the catalogue's data (not only where index.ts looks today). */
  function everyNextReview(): string[] {
    const found: string[] = [];
    const seen = new Set<unknown>();
    const walk = (value: unknown) => {
      if (!value || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      for (const [key, v] of Object.entries(value)) {
        if (key === 'nextReview' && typeof v === 'string') found.push(v);
        else walk(v);
      }
    };
    walk(allTherapies());
    walk(decisionChecklist);
    return found;
  }

  it('NetWidgets.content and CONTENT: { version, nextReview }, frozen, the same', () => {
    const api = window.NetWidgets!;
    expect(api.content).to.equal(CONTENT);
    expect(Object.keys(CONTENT).sort()).to.deep.equal(['nextReview', 'version']);
    expect(Object.isFrozen(CONTENT)).to.equal(true);
    expect(CONTENT.version).to.equal(CONTENT_VERSION);
    expect(CONTENT.version).to.match(/^\d{4}\.(?:[1-9]|1[0-2])\.\d+$/);
    expect(CONTENT.version).not.to.equal(api.version);
    expect(CONTENT.nextReview).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(contentInfo()).to.deep.equal(CONTENT);
  });

  it('nextReview is the earliest next-review date in the whole catalogue', () => {
    const dates = everyNextReview();
    expect(dates.length).to.be.greaterThan(allTherapies().length * 2);
    expect(CONTENT.nextReview).to.equal([...dates].sort()[0]);
  });

  it('a host reading it can tell when the content is due (no network needed)', () => {
    expect(isOverdue(CONTENT.nextReview, new Date())).to.equal(false);
  });
});
