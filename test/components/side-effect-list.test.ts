// <net-side-effect-list>: every therapy's list from the catalogue's own data (grouped by how often
// when the source says), urgent advice at three levels (emergency / now / next visit, at most five
// bullets each, each named for screen readers, never by colour alone), or the "ask your team" box
// when no source gives any; sources, dates, heading-level, bad input, reveal().
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-side-effect-list.js';
import type { NetSideEffectList } from '../../src/elements/side-effect-list/side-effect-list.js';
import { getTherapy } from '../../src/content/index.js';
import { THERAPY_IDS } from '../../src/content/therapy-ids.js';
import type { SideEffectsText, UrgentAdvice } from '../../src/content/types.js';
import { byFrequency, frequencyHeading } from '../../src/content/labels.js';
import { MAX_URGENT, URGENT_LEVELS, askWhenToCall, urgentHeading, urgentPrefix } from '../../src/base/urgent-advice.js';
import { formatDate } from '../../src/i18n/format.js';
import { setLocale } from '../../src/i18n/locale.js';
import { captureConsole, shadowText, norm } from './helpers.js';

const NO_URGENT: UrgentAdvice = { emergency: [], now: [], nextVisit: [] };

/** Swap one therapy's side-effect text for the duration of `fn`. */
async function withSideEffects(
  id: string,
  change: (text: SideEffectsText) => SideEffectsText,
  fn: () => Promise<void>,
): Promise<void> {
  const therapy = getTherapy(id)!;
  const original = therapy.sideEffects;
  therapy.sideEffects = { ...original, text: () => change(original.text()) };
  try {
    await fn();
  } finally {
    therapy.sideEffects = original;
  }
}

const list = (id: string) =>
  fixture<NetSideEffectList>(html`<net-side-effect-list therapy=${id}></net-side-effect-list>`);

describe('<net-side-effect-list>', () => {
  for (const id of THERAPY_IDS) {
    it(`${id}: grouped items, urgent advice at three levels, sources and dates, from the catalogue`, async () => {
      const therapy = getTherapy(id)!;
      const content = therapy.sideEffects.text();
      const el = await list(id);
      const root = el.shadowRoot!;
      // A therapy's own title ("Risks and recovery after surgery") or "<name>: possible side effects".
      expect(norm(root.querySelector('h2')!.textContent)).to.equal(
        norm(content.title ?? `${therapy.text().name}: possible side effects`),
      );
      expect(norm(root.querySelector('.intro')!.textContent)).to.equal(norm(content.intro));

      // Items: grouped (common, less common, other) with a heading per group when the source grades
      // them; one list with item headings one level below the top otherwise.
      const groups = byFrequency(content.items);
      const graded = groups.some((g) => g.frequency !== undefined);
      const groupHeadings = [...root.querySelectorAll('.group-heading')].map((h) => norm(h.textContent));
      expect(groupHeadings).to.deep.equal(graded ? groups.map((g) => frequencyHeading(g.frequency)) : []);
      for (const h of root.querySelectorAll('.group-heading')) expect(h.localName).to.equal('h3');
      const lists = [...root.querySelectorAll('ul.items')];
      expect(lists).to.have.length(content.items.length ? (graded ? groups.length : 1) : 0);
      const expected = graded ? groups.flatMap((g) => g.items) : content.items;
      const items = [...root.querySelectorAll('ul.items > li.item')];
      expect(items).to.have.length(expected.length);
      items.forEach((li, i) => {
        const item = expected[i];
        const itemHeading = li.querySelector('.item-heading')!;
        expect(itemHeading.localName).to.equal(graded ? 'h4' : 'h3');
        expect(norm(itemHeading.textContent)).to.equal(norm(item.name));
        expect(norm(li.querySelector('.description')!.textContent)).to.equal(norm(item.description));
        if (item.helps) expect(norm(li.querySelector('.helps')!.textContent)).to.include(norm(item.helps));
        else expect(li.querySelector('.helps') === null).to.equal(true);
      });

      // Urgent advice: one box per level the sources give, in order, at most five bullets each.
      const levels = URGENT_LEVELS.filter((l) => content.urgent[l].length);
      const boxes = [...root.querySelectorAll('[part="urgent"] > .urgent')];
      if (levels.length) {
        const part = { emergency: 'urgent-emergency', now: 'urgent-now', nextVisit: 'urgent-next-visit' };
        expect(boxes.map((b) => b.getAttribute('part'))).to.deep.equal(levels.map((l) => part[l]));
        boxes.forEach((box, i) => {
          const level = levels[i];
          expect(norm(box.querySelector('.urgent-heading')!.textContent)).to.equal(
            `${urgentPrefix(level)} ${urgentHeading(level)}`,
          );
          const bullets = [...box.querySelectorAll('li')].map((li) => norm(li.textContent));
          expect(bullets).to.deep.equal(content.urgent[level].slice(0, MAX_URGENT).map(norm));
          expect(bullets.length).to.be.within(1, MAX_URGENT);
        });
      } else {
        expect(boxes.map((b) => b.getAttribute('part'))).to.deep.equal(['urgent-now']);
        expect(norm(boxes[0].textContent)).to.equal(`${urgentPrefix('now')} ${askWhenToCall()}`);
      }

      expect(root.querySelector('.sources li') !== null).to.equal(true);
      expect(shadowText(el)).to.include(
        `Last reviewed: ${formatDate(therapy.sideEffects.review.lastReviewed, 'en-US')}`,
      );
      expect(root.querySelector('.disclaimer') !== null).to.equal(true);
      expect(root.querySelector('section')!.getAttribute('lang')).to.equal('en-US');
    });
  }

  it('names each urgent level with a visually hidden prefix, and sets them apart by border, not colour alone', async () => {
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({ ...t, urgent: { emergency: ['Chest pain.'], now: ['A fever.'], nextVisit: ['Tiredness.'] } }),
      async () => {
        const el = await list('somatostatin-analogues');
        const root = el.shadowRoot!;
        const prefixes = [...root.querySelectorAll('.urgent-heading .visually-hidden')].map((p) => norm(p.textContent));
        expect(prefixes).to.deep.equal(['Emergency:', 'Urgent advice:', 'Non-urgent advice:']);
        expect(
          [...root.querySelectorAll('.urgent-heading')].map((h) => norm(h.textContent).replace(/^\S+(\s\S+)?: /, '')),
        ).to.deep.equal(URGENT_LEVELS.map(urgentHeading));
        for (const prefix of root.querySelectorAll('.urgent-heading .visually-hidden')) {
          expect(getComputedStyle(prefix).position).to.equal('absolute');
          expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
        }
        const border = (part: string) =>
          parseFloat(getComputedStyle(root.querySelector(`[part="${part}"]`)!).borderTopWidth);
        expect(border('urgent-emergency')).to.be.greaterThan(border('urgent-now'));
        expect(border('urgent-now')).to.be.at.least(3);
        expect(border('urgent-next-visit')).to.be.at.least(1);
        expect(root.querySelector('.urgent-emergency h3') !== null, 'each level is a heading').to.equal(true);
      },
    );
  });

  // A longer list is a content error that content:check refuses (checkUrgent); the widget shows five
  // all the same, and warns about nothing from render.
  it('shows at most five bullets a level, without a console warning', async () => {
    const { warnings } = captureConsole();
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({ ...t, urgent: { ...NO_URGENT, now: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'] } }),
      async () => {
        const el = await list('somatostatin-analogues');
        const bullets = [...el.shadowRoot!.querySelectorAll('.urgent li')].map((li) => li.textContent);
        expect(bullets).to.deep.equal(['one', 'two', 'three', 'four', 'five']);
      },
    );
    expect(warnings).to.deep.equal([]);
  });

  it('asks the reader to ask their team when no source gives urgent advice (never invented advice)', async () => {
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({ ...t, urgent: NO_URGENT }),
      async () => {
        const el = await list('somatostatin-analogues');
        const boxes = [...el.shadowRoot!.querySelectorAll('[part="urgent"] > .urgent')];
        expect(boxes).to.have.length(1);
        expect(boxes[0].classList.contains('urgent-ask')).to.equal(true);
        expect(norm(boxes[0].textContent)).to.include(askWhenToCall());
        await expect(el).to.be.accessible();
      },
    );
  });

  it('shows "What helps" where given and sets the medical term apart from the plain name', async () => {
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({
        ...t,
        items: [{ ...t.items[0], name: 'Feeling sick (nausea)', helps: 'Eating small meals.' }, ...t.items.slice(1)],
      }),
      async () => {
        const el = await list('somatostatin-analogues');
        const first = el.shadowRoot!.querySelector('li.item')!;
        expect(first.querySelector('.term')!.textContent).to.equal('(nausea)');
        expect(norm(first.querySelector('.helps')!.textContent)).to.equal('What helps: Eating small meals.');
        await expect(el).to.be.accessible();
      },
    );
  });

  it('renders no empty list when a treatment has no side effects listed (its intro explains why)', async () => {
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({ ...t, items: [] }),
      async () => {
        const el = await list('somatostatin-analogues');
        expect(el.shadowRoot!.querySelector('ul.items') === null).to.equal(true);
        expect(el.shadowRoot!.querySelectorAll('.group-heading')).to.have.length(0);
        expect(el.shadowRoot!.querySelector('.intro')!.textContent.length).to.be.greaterThan(10);
      },
    );
  });

  it('follows heading-level, with inner headings one and two levels below', async () => {
    const el = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues" heading-level="4"></net-side-effect-list>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('h4')).to.have.length(1);
    expect(root.querySelector('.urgent h5') !== null).to.equal(true);
    expect(root.querySelector('.sources h5') !== null).to.equal(true);
    const graded = getTherapy('somatostatin-analogues')!
      .sideEffects.text()
      .items.some((i) => i.frequency);
    expect(root.querySelector(`li.item ${graded ? 'h6' : 'h5'}`) !== null).to.equal(true);
    expect(root.querySelector('h1, h2, h3') === null).to.equal(true);
  });

  it('clamps a bad heading-level and never parses attributes as markup', async () => {
    const { warnings } = captureConsole();
    const high = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues" heading-level="9"></net-side-effect-list>`,
    );
    expect(high.shadowRoot!.querySelectorAll('h6').length).to.be.greaterThan(3);
    const junk = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues" heading-level="banana"></net-side-effect-list>`,
    );
    expect(junk.shadowRoot!.querySelector('h2') !== null).to.equal(true);
    const bad = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="&lt;img src=x onerror=alert(1)&gt;"></net-side-effect-list>`,
    );
    expect(bad.getAttribute('therapy')).to.equal('<img src=x onerror=alert(1)>');
    expect(bad.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.equal(true);
  });

  it('shows the localized notice and one warning naming the valid ids for an unknown therapy', async () => {
    const { warnings } = captureConsole();
    const el = await list('not-a-list-therapy');
    await list('not-a-list-therapy');
    expect(shadowText(el)).to.include('We do not have information about this treatment');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('lang')).to.equal('en-US');
    const relevant = warnings.filter((w) => w.includes('not-a-list-therapy'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.include('<net-side-effect-list>');
    expect(relevant[0]).to.include(THERAPY_IDS.join(', '));
    await expect(el).to.be.accessible();
  });

  it('shows the missing-therapy notice, then re-renders when the therapy changes', async () => {
    captureConsole(); // the missing therapy warns once, by design
    const el = await fixture<NetSideEffectList>(html`<net-side-effect-list></net-side-effect-list>`);
    expect(shadowText(el)).to.include('No treatment was chosen');
    for (const id of ['somatostatin-analogues', 'chemotherapy']) {
      el.setAttribute('therapy', id);
      await el.updateComplete;
      const t = getTherapy(id)!;
      expect(norm(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal(
        norm(t.sideEffects.text().title ?? `${t.text().name}: possible side effects`),
      );
    }
  });

  it('re-renders in the new locale, with dates through Intl', async () => {
    const el = await list('somatostatin-analogues');
    const { lastReviewed } = getTherapy('somatostatin-analogues')!.sideEffects.review;
    const date = new Date(`${lastReviewed}T00:00:00Z`);
    try {
      setLocale('fr-CA');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('fr-CA');
      const fr = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      expect(shadowText(el)).to.include(fr.replace(/^1 /, '1er '));
      setLocale('en-GB');
      await el.updateComplete;
      const gb = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
      expect(shadowText(el)).to.include(gb);
    } finally {
      setLocale(null);
    }
  });

  it('reveal() scrolls to the list and moves focus into it without adding a tab stop', async () => {
    const el = await list('somatostatin-analogues');
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('tabindex')).to.equal('-1');
    el.reveal();
    expect(el.shadowRoot!.activeElement === section).to.equal(true);
    expect(section.getAttribute('aria-labelledby')).to.equal(el.shadowRoot!.querySelector('h2')!.id);
  });
});
