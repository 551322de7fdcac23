import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/net-side-effect-list.js';
import '../../src/net-therapy-card.js';
import type { NetSideEffectList } from '../../src/elements/side-effect-list/side-effect-list.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import { getTherapy } from '../../src/content/index.js';
import { THERAPY_IDS } from '../../src/content/therapy-ids.js';
import type { SideEffects } from '../../src/content/types.js';
import { setLocale } from '../../src/i18n/locale.js';
import { captureConsole, shadowText } from './helpers.js';

/** Swap one therapy's side-effect text for the duration of `fn`. */
async function withSideEffects(
  id: string,
  change: (text: ReturnType<SideEffects['text']>) => ReturnType<SideEffects['text']>,
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

describe('<net-side-effect-list>', () => {
  for (const id of THERAPY_IDS) {
    it(`renders the side effects of "${id}" as list items, with the urgent box when there is urgent advice`, async () => {
      const therapy = getTherapy(id);
      expect(therapy, `the catalogue has "${id}"`).to.exist;
      const content = therapy!.sideEffects.text();
      const el = await fixture<NetSideEffectList>(html`<net-side-effect-list therapy=${id}></net-side-effect-list>`);
      const root = el.shadowRoot!;
      // A therapy's own title ("Recovery after surgery") or "<name>: possible side effects".
      expect(root.querySelector('h2')!.textContent).to.equal(
        content.title ?? `${therapy!.text().name}: possible side effects`,
      );
      expect(root.querySelector('.intro')!.textContent).to.equal(content.intro);
      const items = [...root.querySelectorAll('ul.items > li.item')];
      expect(items).to.have.length(content.items.length);
      // No list at all when the sources name none: the intro says so (no second, generic message).
      if (content.items.length === 0) expect(root.querySelector('ul.items') === null).to.equal(true);
      items.forEach((li, i) => {
        const item = content.items[i];
        expect(li.querySelector('h3')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(item.name);
        expect(li.querySelector('.description')!.textContent).to.equal(item.description);
        if (item.helps) expect(li.querySelector('.helps')!.textContent).to.include(item.helps);
        else expect(li.querySelector('.helps')).to.equal(null);
      });
      const urgent = root.querySelector('.urgent');
      if (content.urgent.length) {
        expect(urgent).to.exist;
        const bullets = urgent!.querySelectorAll('li');
        expect(bullets.length).to.equal(Math.min(5, content.urgent.length));
        expect(bullets.length).to.be.at.most(5);
      } else {
        expect(urgent).to.equal(null);
      }
      expect(root.querySelector('.sources li')).to.exist;
      expect(shadowText(el)).to.match(/Last reviewed: \w+ \d{1,2}, \d{4}/);
      expect(root.querySelector('.disclaimer')).to.exist;
      expect(root.querySelector('section')!.getAttribute('lang')).to.equal('en-US');
      await expect(el).to.be.accessible();
    });
  }

  it('labels the urgent box with a visually hidden "Urgent advice:" prefix, not colour alone', async () => {
    const el = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`,
    );
    const urgentHeading = el.shadowRoot!.querySelector('.urgent h3')!;
    const prefix = urgentHeading.querySelector('.visually-hidden')!;
    expect(prefix.textContent.trim()).to.equal('Urgent advice:');
    expect(urgentHeading.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Urgent advice: Contact your care team right away if:',
    );
    const style = getComputedStyle(prefix);
    expect(style.position).to.equal('absolute');
    expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
    // Distinct by shape too: a heavy border that forced colours keep.
    const box = getComputedStyle(el.shadowRoot!.querySelector('.urgent')!);
    expect(parseFloat(box.borderTopWidth)).to.be.at.least(3);
  });

  it('shows at most five urgent bullets and warns about the extra ones once', async () => {
    const { warnings } = captureConsole();
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({ ...t, urgent: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'] }),
      async () => {
        const el = await fixture<NetSideEffectList>(
          html`<net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`,
        );
        const bullets = [...el.shadowRoot!.querySelectorAll('.urgent li')].map((li) => li.textContent);
        expect(bullets).to.deep.equal(['one', 'two', 'three', 'four', 'five']);
      },
    );
    expect(warnings.filter((w) => w.includes('7 bullets'))).to.have.length(1);
  });

  it('shows "What helps" where given and sets the medical term apart from the plain name', async () => {
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({
        ...t,
        items: [{ ...t.items[0], name: 'Feeling sick (nausea)', helps: 'Eating small meals.' }, ...t.items.slice(1)],
      }),
      async () => {
        const el = await fixture<NetSideEffectList>(
          html`<net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`,
        );
        const first = el.shadowRoot!.querySelector('li.item')!;
        expect(first.querySelector('.term')!.textContent).to.equal('(nausea)');
        expect(first.querySelector('.helps')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
          'What helps: Eating small meals.',
        );
        await expect(el).to.be.accessible();
      },
    );
  });

  it('renders no empty list when a treatment has no side effects listed (its intro explains why)', async () => {
    await withSideEffects(
      'somatostatin-analogues',
      (t) => ({ ...t, items: [], urgent: [] }),
      async () => {
        const el = await fixture<NetSideEffectList>(
          html`<net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`,
        );
        expect(el.shadowRoot!.querySelector('ul.items')).to.equal(null);
        expect(el.shadowRoot!.querySelector('.urgent')).to.equal(null);
        expect(el.shadowRoot!.querySelector('.intro')!.textContent.length).to.be.greaterThan(10);
        expect(shadowText(el)).not.to.include('Our sources do not list side effects for this option');
      },
    );
  });

  it('follows heading-level, with inner headings one level below', async () => {
    const el = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues" heading-level="4"></net-side-effect-list>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('h4')).to.have.length(1);
    expect(root.querySelector('h4')!.textContent).to.equal('Somatostatin analogs: possible side effects');
    expect(root.querySelector('.urgent h5')).to.exist;
    expect(root.querySelector('li.item h5')).to.exist;
    expect(root.querySelector('.sources h5')).to.exist;
    expect(root.querySelector('h2, h3, h6')).to.equal(null);
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
    expect(junk.shadowRoot!.querySelector('h2')).to.exist;
    const bad = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="&lt;img src=x onerror=alert(1)&gt;"></net-side-effect-list>`,
    );
    expect(bad.getAttribute('therapy')).to.equal('<img src=x onerror=alert(1)>');
    expect(bad.shadowRoot!.querySelector('img')).to.equal(null);
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.equal(true);
  });

  it('shows the localized notice and one warning naming the valid ids for an unknown therapy', async () => {
    const { warnings } = captureConsole();
    const el = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="not-a-list-therapy"></net-side-effect-list>`,
    );
    await fixture(html`<net-side-effect-list therapy="not-a-list-therapy"></net-side-effect-list>`);
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
    el.setAttribute('therapy', 'somatostatin-analogues');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Somatostatin analogs: possible side effects');
    el.setAttribute('therapy', 'chemotherapy');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Chemotherapy: possible side effects');
  });

  it('re-renders in the new locale, with dates through Intl', async () => {
    const el = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`,
    );
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
    const el = await fixture<NetSideEffectList>(
      html`<net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`,
    );
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('tabindex')).to.equal('-1');
    el.reveal();
    expect(el.shadowRoot!.activeElement === section).to.equal(true);
    expect(section.getAttribute('aria-labelledby')).to.equal(el.shadowRoot!.querySelector('h2')!.id);
  });
});

/**
 * Several widgets in one container. Not `fixture(<div>…)`: for an element without updateComplete
 * it waits for an animation frame, which never comes in a background tab (concurrent test pages).
 */
async function page(markup: string): Promise<HTMLDivElement> {
  const wrapper = document.createElement('div');
  wrapper.className = 'test-page';
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  await Promise.all([...wrapper.children].map((el) => (el as NetTherapyCard).updateComplete));
  return wrapper;
}

describe('<net-therapy-card> with a <net-side-effect-list> on the page', () => {
  afterEach(() => document.querySelectorAll('.test-page').forEach((el) => el.remove()));

  it('offers a button that takes the reader to the list for the same therapy', async () => {
    const wrapper = await page(`
      <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
      <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
      <net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`);
    const card = wrapper.querySelector<NetTherapyCard>('net-therapy-card')!;
    const list = wrapper.querySelectorAll<NetSideEffectList>('net-side-effect-list')[1];
    await card.updateComplete;
    const details = [...card.shadowRoot!.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')!.textContent.includes('Possible side effects'),
    )!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await card.updateComplete;
    const button = details.querySelector<HTMLButtonElement>('button')!;
    expect(button.type).to.equal('button');
    expect(button.textContent.trim()).to.equal('See the full list of side effects and when to get help');
    const box = button.getBoundingClientRect();
    expect(box.height).to.be.at.least(24);
    button.click();
    // Booleans, not elements: chai's diff of two DOM nodes can take minutes to print.
    expect(list.shadowRoot!.activeElement === list.shadowRoot!.querySelector('section')).to.equal(true);
  });

  it('offers no button when the page has no list for that therapy', async () => {
    const wrapper = await page(`
      <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
      <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>`);
    const card = wrapper.querySelector<NetTherapyCard>('net-therapy-card')!;
    const details = [...card.shadowRoot!.querySelectorAll('details')].find((d) =>
      d.querySelector('summary')!.textContent.includes('Possible side effects'),
    )!;
    details.open = true;
    await oneEvent(details, 'toggle');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.reveal-button') === null).to.equal(true);
    // The card still summarises the side effects by name.
    expect(details.textContent).to.include(getTherapy('somatostatin-analogues')!.sideEffects.text().items[0].name);
  });
});
