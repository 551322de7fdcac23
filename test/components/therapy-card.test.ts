// <net-therapy-card>: its structure, from the catalogue's own data (the writers change the words;
// these tests follow): the sections in order, "What it is like" and the side effects as sections
// that are never hidden (grouped by how often when the source says), "A question to ask", the
// link to a side-effect list on the page, heading-level, bad input.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-therapy-card.js';
import '../../src/net-side-effect-list.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import type { NetSideEffectList } from '../../src/elements/side-effect-list/side-effect-list.js';
import { getTherapy } from '../../src/content/index.js';
import { THERAPY_IDS } from '../../src/content/therapy-ids.js';
import { byFrequency, frequencyHeading, notInSources, statusLabel } from '../../src/content/labels.js';
import { formatDate } from '../../src/i18n/format.js';
import { captureConsole, mount, shadowText, norm, withTexts } from './helpers.js';

async function card(id: string, level?: number): Promise<NetTherapyCard> {
  return level === undefined
    ? fixture<NetTherapyCard>(html`<net-therapy-card therapy=${id}></net-therapy-card>`)
    : fixture<NetTherapyCard>(html`<net-therapy-card therapy=${id} heading-level=${level}></net-therapy-card>`);
}

/** The card's sections, as [heading text, section element]. */
function sections(el: NetTherapyCard): Array<[string, HTMLElement]> {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('article > section[part~="section"]')].map((s) => [
    norm(s.querySelector('h3')?.textContent),
    s,
  ]);
}

describe('<net-therapy-card>', () => {
  for (const id of THERAPY_IDS) {
    it(`${id}: the sections in order, each from the catalogue; side effects never hidden`, async () => {
      const therapy = getTherapy(id)!;
      const t = therapy.text();
      const se = therapy.sideEffects.text();
      const el = await card(id);
      const root = el.shadowRoot!;
      expect(norm(root.querySelector('h2')!.textContent)).to.equal(t.name);
      expect(norm(root.querySelector('[part="status"]')!.textContent)).to.equal(
        `Status: ${statusLabel(therapy.status)}`,
      );
      expect(norm(root.querySelector('[part="summary"]')!.textContent)).to.equal(norm(t.summary));
      const found = sections(el);
      expect(found.map(([h]) => h)).to.deep.equal([
        'How it works',
        'When it is used',
        'How it is given',
        'What it is like',
        se.title ?? 'Possible side effects',
        'A question to ask',
      ]);
      const body = Object.fromEntries(found);
      expect(norm(body['How it works'].querySelector('p')!.textContent)).to.equal(norm(t.howItWorks));
      expect([...body['When it is used'].querySelectorAll('li')].map((li) => norm(li.textContent))).to.deep.equal(
        t.whenUsed.map(norm),
      );
      expect(norm(body['How it is given'].querySelector('p')!.textContent)).to.equal(norm(t.howGiven));
      // What it is like: the same three questions for every treatment, answered or "not in our sources".
      const experience = [...body['What it is like'].querySelectorAll('dl.experience > div')].map((d) => [
        norm(d.querySelector('dt')!.textContent),
        norm(d.querySelector('dd')!.textContent),
      ]);
      expect(experience).to.deep.equal([
        ['How often, and for how long', norm(t.experience.howOften ?? notInSources())],
        ['Time in hospital and recovery', norm(t.experience.hospital ?? notInSources())],
        ['Living with it', norm(t.experience.dailyLife ?? notInSources())],
      ]);
      // Side effects: a section like the others, not a collapsed <details>, grouped by how often.
      const sideEffects = body[se.title ?? 'Possible side effects'];
      expect(sideEffects.getAttribute('part')).to.equal('section side-effects');
      expect(sideEffects.closest('details') === null, 'not inside a <details>').to.equal(true);
      expect(sideEffects.getBoundingClientRect().height).to.be.greaterThan(0);
      if (se.items.length) {
        const groups = byFrequency(se.items);
        const labels = [...sideEffects.querySelectorAll('.group-label')].map((p) => norm(p.textContent));
        const labelled = groups.length > 1 || groups[0].frequency !== undefined;
        expect(labels).to.deep.equal(labelled ? groups.map((g) => frequencyHeading(g.frequency)) : []);
        const lists = [...sideEffects.querySelectorAll('ul.names')];
        expect(lists.map((ul) => [...ul.querySelectorAll('li')].map((li) => norm(li.textContent)))).to.deep.equal(
          groups.map((g) => g.items.map((i) => norm(i.name))),
        );
      } else {
        expect(norm(sideEffects.textContent)).to.include(norm(se.intro));
      }
      expect(norm(body['A question to ask'].querySelector('.question')!.textContent)).to.equal(norm(t.question));
      // Examples and kinds stay expandable; every one the catalogue lists is there.
      const text = shadowText(el);
      for (const item of [...t.examples, ...t.subtypes]) expect(text).to.include(norm(item.name));
      expect(text).to.include(`Last reviewed: ${formatDate(therapy.review.lastReviewed, 'en-US')}`);
      expect(text).to.include(`Next review due: ${formatDate(therapy.review.nextReview, 'en-US')}`);
      expect(root.querySelector('article')!.getAttribute('lang')).to.equal('en-US');
    });
  }

  it('says "Our sources do not say." for a missing part of "What it is like", and the intro when no side effect is listed', async () => {
    await withTexts(
      'prrt',
      {
        text: (t) => ({ ...t, experience: { howOften: t.experience.howOften } }),
        sideEffects: (t) => ({ ...t, title: undefined, items: [], intro: 'No source lists side effects.' }),
      },
      async () => {
        const el = await card('prrt');
        const dds = [...el.shadowRoot!.querySelectorAll('dl.experience dd')];
        expect(dds.map((d) => d.classList.contains('unknown'))).to.deep.equal([false, true, true]);
        expect(norm(dds[1].textContent)).to.equal('Our sources do not say.');
        const sideEffects = el.shadowRoot!.querySelector('[part="section side-effects"]')!;
        expect(norm(sideEffects.querySelector('h3')!.textContent)).to.equal('Possible side effects');
        expect(norm(sideEffects.textContent)).to.include('No source lists side effects.');
        expect(sideEffects.querySelector('ul') === null).to.equal(true);
      },
    );
  });

  it('shows one list without a label when the source does not say how often', async () => {
    await withTexts(
      'prrt',
      { sideEffects: (t) => ({ ...t, items: t.items.map((i) => ({ ...i, frequency: undefined })) }) },
      async () => {
        const el = await card('prrt');
        const sideEffects = el.shadowRoot!.querySelector('[part="section side-effects"]')!;
        expect(sideEffects.querySelectorAll('.group-label')).to.have.length(0);
        expect(sideEffects.querySelectorAll('ul.names')).to.have.length(1);
      },
    );
  });

  it('follows heading-level, with inner headings one level below', async () => {
    const el = await card('somatostatin-analogues', 4);
    expect(el.shadowRoot!.querySelectorAll('h4')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('h5').length).to.be.greaterThan(5);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h6') === null).to.equal(true);
  });

  it('shows a clear message for an unknown therapy and names the valid ids once', async () => {
    const { warnings } = captureConsole();
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="&lt;img src=x onerror=alert(1)&gt;"></net-therapy-card>`,
    );
    await fixture(html`<net-therapy-card therapy="&lt;img src=x onerror=alert(1)&gt;"></net-therapy-card>`);
    expect(el.getAttribute('therapy')).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(shadowText(el)).to.include('We do not have information about this treatment');
    const relevant = warnings.filter((w) => w.includes('onerror'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.include(THERAPY_IDS.join(', '));
    await expect(el).to.be.accessible();
  });

  it('re-renders when the therapy attribute changes', async () => {
    captureConsole(); // the missing therapy warns once, by design
    const el = await fixture<NetTherapyCard>(html`<net-therapy-card></net-therapy-card>`);
    expect(shadowText(el)).to.include('No treatment was chosen');
    el.setAttribute('therapy', 'somatostatin-analogues');
    await el.updateComplete;
    expect(norm(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal(
      getTherapy('somatostatin-analogues')!.text().name,
    );
  });
});

describe('<net-therapy-card> with a <net-side-effect-list> on the page', () => {
  const button = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="side-effects-button"]');

  it('offers a button in the side-effects section that takes the reader to the list for the same therapy', async () => {
    const page = await mount(`
      <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
      <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
      <net-side-effect-list therapy="somatostatin-analogues"></net-side-effect-list>`);
    const el = page.querySelector<NetTherapyCard>('net-therapy-card')!;
    const list = page.querySelectorAll<NetSideEffectList>('net-side-effect-list')[1];
    const b = button(el)!;
    expect(b.type).to.equal('button');
    expect(b.closest('[part="section side-effects"]') !== null).to.equal(true);
    expect(norm(b.textContent)).to.equal('See the full list of side effects and when to get help');
    expect(b.getBoundingClientRect().height).to.be.at.least(24);
    b.click();
    // Booleans, not elements: chai's diff of two DOM nodes can take minutes to print.
    expect(list.shadowRoot!.activeElement === list.shadowRoot!.querySelector('section')).to.equal(true);
  });

  it('offers no button when the page has no list for that therapy, and one when a list comes later', async () => {
    const page = await mount(`
      <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
      <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>`);
    const el = page.querySelector<NetTherapyCard>('net-therapy-card')!;
    expect(button(el) === null).to.equal(true);
    // The card still names the side effects.
    expect(shadowText(el)).to.include(norm(getTherapy('somatostatin-analogues')!.sideEffects.text().items[0].name));
    const list = page.querySelector<NetSideEffectList>('net-side-effect-list')!;
    list.setAttribute('therapy', 'somatostatin-analogues');
    await list.updateComplete;
    await el.updateComplete;
    expect(button(el) !== null).to.equal(true);
    list.remove();
    await el.updateComplete;
    expect(button(el) === null).to.equal(true);
  });

  // React 19 and the TypeScript example set properties, not attributes (code review 2, W2-01).
  it('finds a list configured by property, follows a change of its therapy, and forgets it when removed', async () => {
    const page = await mount(`
      <net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>
      <net-therapy-card therapy="chemotherapy"></net-therapy-card>`);
    const [ssa, chemo] = page.querySelectorAll<NetTherapyCard>('net-therapy-card');
    const list = document.createElement('net-side-effect-list');
    list.therapy = 'somatostatin-analogues';
    page.append(list);
    await list.updateComplete;
    await Promise.all([ssa.updateComplete, chemo.updateComplete]);
    expect(list.hasAttribute('therapy')).to.equal(false);
    expect(button(ssa) !== null, 'a button to the list set by property').to.equal(true);
    expect(button(chemo) === null).to.equal(true);

    list.therapy = 'chemotherapy';
    await list.updateComplete;
    await Promise.all([ssa.updateComplete, chemo.updateComplete]);
    expect(button(ssa) === null, 'the list no longer shows that therapy').to.equal(true);
    expect(button(chemo) !== null, 'found under its new therapy').to.equal(true);
    button(chemo)!.click();
    expect(list.shadowRoot!.activeElement === list.shadowRoot!.querySelector('section')).to.equal(true);

    list.remove();
    await Promise.all([ssa.updateComplete, chemo.updateComplete]);
    expect(button(chemo) === null, 'no button once the list is gone').to.equal(true);
  });

  it('goes to the list for its therapy whatever the attribute said before a script changed the property', async () => {
    const page = await mount(`
      <net-therapy-card therapy="prrt"></net-therapy-card>
      <net-side-effect-list therapy="prrt"></net-side-effect-list>
      <net-side-effect-list therapy="surgery"></net-side-effect-list>`);
    const card = page.querySelector<NetTherapyCard>('net-therapy-card')!;
    const [first, second] = page.querySelectorAll<NetSideEffectList>('net-side-effect-list');
    first.therapy = 'surgery';
    second.therapy = 'prrt';
    await Promise.all([first.updateComplete, second.updateComplete]);
    await card.updateComplete;
    button(card)!.click();
    expect(second.shadowRoot!.activeElement === second.shadowRoot!.querySelector('section')).to.equal(true);
    expect(first.shadowRoot!.activeElement === null).to.equal(true);
  });
});
