// The content catalogue as the widgets use it (no blank text where a widget always shows some,
// per-item sources that the entry lists), and every card cites its sources as structured citations (publisher, title in its own
// language, the kind, industry sponsorship labelled, the date at the source's precision and in the
// reader's locale, a plain link). The writing rules (sentence length, reading grade, no
// percentages, regional spelling) belong to `npm run check:content` and `npm run check:locales`.
// No medical sentence is written here: expected values come from the catalogue.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-therapy-card.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import { allTherapies, getTherapy } from '../../src/content/index.js';
import { THERAPY_IDS } from '../../src/content/therapy-ids.js';
import { getSource, type SourceId } from '../../src/content/sources/index.js';
import type { Source } from '../../src/content/sources/types.js';
import { URGENT_LEVELS } from '../../src/base/urgent-advice.js';
import { formatDate, formatPartialDate } from '../../src/i18n/format.js';
import { setLocale } from '../../src/i18n/locale.js';
import type { Locale } from '../../src/i18n/locales.js';
import { norm } from './helpers.js';

const KIND_LABEL: Record<Source['kind'], string> = {
  'patient-information': 'Patient information',
  regulatory: 'Regulator’s document',
  journal: 'Journal article',
  'industry-sponsored': 'Industry-sponsored: written or paid for by a drug company',
};

/** How a source's date reads in en-US: as precise as the source, with what the date is. */
function dateText(s: Source, locale: Locale): string | undefined {
  if (!s.date) return undefined;
  const date = formatPartialDate(s.date, locale);
  if (/^\d{4}$/.test(s.date)) return date;
  const kind = s.dateKind === 'updated' ? 'Updated' : s.dateKind === 'reviewed' ? 'Reviewed' : 'Published';
  return `${kind} ${date}`;
}

describe('content catalogue: every therapy card cites its sources', () => {
  afterEach(() => setLocale(null));

  it('registers every therapy id, in the contract order', () => {
    expect(allTherapies().map((t) => t.id)).to.deep.equal([...THERAPY_IDS]);
  });

  for (const id of THERAPY_IDS) {
    it(`${id}: every source as a structured citation, and the review dates`, async () => {
      const therapy = getTherapy(id)!;
      const el = await fixture<NetTherapyCard>(html`<net-therapy-card therapy=${id}></net-therapy-card>`);
      const root = el.shadowRoot!;
      const items = [...root.querySelectorAll('.sources li')];
      expect(items).to.have.length(therapy.sources.length);
      therapy.sources.forEach((sourceId, i) => {
        const s = getSource(sourceId);
        const li = items[i];
        const text = norm(li.textContent);
        expect(norm(li.querySelector('.source-publisher')!.textContent)).to.equal(`${norm(s.publisher)}.`);
        const cite = li.querySelector('cite')!;
        expect(norm(cite.textContent)).to.equal(norm(s.title));
        if (s.lang) expect(cite.getAttribute('lang')).to.equal(s.lang);
        const kind = li.querySelector('.source-kind')!;
        expect(norm(kind.textContent)).to.equal(`${KIND_LABEL[s.kind]}.`);
        expect(kind.classList.contains('industry')).to.equal(s.kind === 'industry-sponsored');
        const date = dateText(s, 'en-US');
        if (date) expect(text).to.include(`${date}.`);
        const link = li.querySelector('a');
        if (s.url) {
          expect(link?.getAttribute('href')).to.equal(s.url);
          expect(link?.getAttribute('rel')).to.equal('noreferrer');
          expect(link?.contains(cite)).to.equal(true);
        } else {
          expect(link === null).to.equal(true);
        }
      });
      const text = norm(root.textContent);
      expect(text).to.include(`Last reviewed: ${formatDate(therapy.review.lastReviewed, 'en-US')}`);
      expect(text).to.include(`Next review due: ${formatDate(therapy.review.nextReview, 'en-US')}`);
      await expect(el).to.be.accessible();
    });
  }

  it('in fr-CA: titles and publishers keep their language, the rest is French (dates through Intl)', async () => {
    setLocale('fr-CA');
    const therapy = getTherapy('somatostatin-analogues')!;
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('.sources li')];
    therapy.sources.forEach((sourceId, i) => {
      const s = getSource(sourceId);
      expect(items[i].querySelector('cite')!.getAttribute('lang')).to.equal(s.lang ?? 'en');
      expect(items[i].querySelector('.source-publisher')!.getAttribute('lang')).to.equal('en');
      if (s.date && !/^\d{4}$/.test(s.date))
        expect(norm(items[i].textContent)).to.include(formatPartialDate(s.date, 'fr-CA'));
    });
    expect(norm(el.shadowRoot!.textContent)).to.include(formatDate(therapy.review.nextReview, 'fr-CA'));
  });

  it('dates at the source’s precision: a year, a month, a day', () => {
    expect(formatPartialDate('2024', 'en-US')).to.equal('2024');
    expect(formatPartialDate('2018-09', 'en-US')).to.equal('September 2018');
    expect(formatPartialDate('2018-09', 'en-GB')).to.equal('September 2018');
    expect(formatPartialDate('2018-09', 'fr-CA')).to.equal('septembre 2018');
    expect(formatPartialDate('2022-06-06', 'en-US')).to.equal('June 6, 2022');
    expect(formatPartialDate('2022-06-06', 'en-GB')).to.equal('6 June 2022');
  });
});

// Review dates, the five-bullet limit, every source's citation fields and that every cited id
// exists are content:check's (scripts/content-check/rules.mjs, with negative tests in
// test/tools/content-check.test.mjs); the types guarantee the enumerations. What is left here is
// what neither sees: text every widget shows is never blank, and an item cites only sources its
// entry lists (so the widget's source list names every citation).
describe('content catalogue: what the widgets rely on', () => {
  for (const therapy of allTherapies()) {
    it(`${therapy.id}: no blank text where a widget always shows some; items cite their entry's sources`, () => {
      const x = therapy.text();
      const se = therapy.sideEffects.text();
      for (const level of URGENT_LEVELS) for (const line of se.urgent[level]) expect(norm(line)).not.to.equal('');
      for (const [field, value] of Object.entries({
        name: x.name,
        summary: x.summary,
        howItWorks: x.howItWorks,
        howGiven: x.howGiven,
        question: x.question,
        'compare.what': x.compare.what,
        'compare.given': x.compare.given,
        intro: se.intro,
      })) {
        expect(norm(value), field).not.to.equal('');
      }
      expect(x.whenUsed.length).to.be.greaterThan(0);
      for (const item of [...x.examples, ...x.subtypes]) {
        expect(item.sources.length, `${item.name} has sources`).to.be.greaterThan(0);
        for (const id of item.sources) expect([...therapy.sources] as SourceId[], `${item.name}: ${id}`).to.include(id);
      }
      for (const item of se.items) {
        expect(item.sources.length, `${item.name} has sources`).to.be.greaterThan(0);
        for (const id of item.sources) {
          expect([...therapy.sideEffects.sources] as SourceId[], `${item.name}: ${id}`).to.include(id);
        }
      }
    });
  }
});
