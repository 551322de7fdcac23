// The content catalogue: every therapy renders in <net-therapy-card> with the key facts the seeds
// give, its sources and its review dates, accessibly; and its data is well formed (at most five
// urgent bullets, per-item sources that the entry lists). The writing rules (sentence length,
// reading grade, no percentages, regional spelling) belong to `npm run content:check` and
// `npm run locales:check` alone, which run on every locale's text, not here.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-therapy-card.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import { allTherapies, getTherapy } from '../../src/content/index.js';
import { THERAPY_IDS, type TherapyId } from '../../src/content/therapy-ids.js';
import { sources } from '../../src/content/sources.js';
import { shadowText } from './helpers.js';

/** Key facts from the seeds (and the references they cite) that each card must show. */
const KEY_FACTS: Record<TherapyId, { heading: string; facts: string[] }> = {
  'active-surveillance': {
    heading: 'Active surveillance',
    facts: ['low-grade NETs', 'blood tests', 'magnetic resonance imaging (MRI)', 'computed tomography (CT)'],
  },
  surgery: {
    heading: 'Surgery',
    facts: [
      '(enucleation)',
      '(debulking)',
      '(cytoreductive surgery)',
      '(laparoscopic surgery)',
      'Liver transplant',
      '(palliative surgery)',
    ],
  },
  'somatostatin-analogues': {
    heading: 'Somatostatin analogs',
    facts: [
      'Octreotide (Sandostatin; long-acting: Sandostatin LAR Depot)',
      'Lanreotide (Somatuline Depot)',
      'Gallstones',
    ],
  },
  'targeted-therapy': {
    heading: 'Targeted therapy',
    facts: [
      'Everolimus (Afinitor)',
      'Sunitinib (Sutent)',
      'does not respond to somatostatin analogs',
      'hand-foot syndrome',
    ],
  },
  chemotherapy: {
    heading: 'Chemotherapy',
    facts: ['about 1 in 5', '(chemoembolization)', 'Hair loss'],
  },
  'radiation-therapy': {
    heading: 'Radiation therapy',
    facts: ['(external beam radiotherapy)', '(intra-operative radiation therapy, IORT)', 'CyberKnife'],
  },
  'liver-directed-therapy': {
    heading: 'Liver-directed therapy',
    facts: ['(embolization)', '(chemoembolization)', '(radioembolization)', 'TheraSphere and SIR-Spheres'],
  },
  prrt: {
    heading: 'Peptide receptor radionuclide therapy (PRRT)',
    facts: ['Lutathera (lutetium Lu 177 dotatate)', 'the FDA approved Lutathera', '2018'],
  },
  immunotherapy: {
    heading: 'Immunotherapy',
    facts: ['Interferon', 'together with somatostatin analogs', '(T-cell therapy)'],
  },
  'clinical-trials': {
    heading: 'Clinical trials',
    facts: ['research study', 'New drugs', 'Different doses', 'New combinations of treatments'],
  },
};

describe('content catalogue: every therapy card', () => {
  it('registers every therapy id, in the contract order', () => {
    expect(allTherapies().map((t) => t.id)).to.deep.equal([...THERAPY_IDS]);
  });

  for (const id of THERAPY_IDS) {
    it(`${id}: renders its key facts, sources and review dates, accessibly`, async () => {
      const el = await fixture<NetTherapyCard>(html`<net-therapy-card therapy=${id}></net-therapy-card>`);
      const root = el.shadowRoot!;
      const text = shadowText(el);
      const { heading, facts } = KEY_FACTS[id];
      expect(root.querySelector('h2')!.textContent.trim()).to.equal(heading);
      for (const fact of facts) expect(text, `${id} shows "${fact}"`).to.include(fact);

      const therapy = getTherapy(id)!;
      const cited = [...root.querySelectorAll('.sources li')].map((li) => li.textContent.replace(/\s+/g, ' '));
      expect(cited).to.have.length(therapy.sources.length);
      therapy.sources.forEach((sourceId, i) => expect(cited[i]).to.include(sources[sourceId].title));

      expect(text).to.include('Last reviewed: November 23, 2026');
      expect(text).to.include('Next review due: November 23, 2027');
      await expect(el).to.be.accessible();
    });
  }

  it('gives chemotherapy no drug examples, because the seeds name none', async () => {
    const el = await fixture<NetTherapyCard>(html`<net-therapy-card therapy="chemotherapy"></net-therapy-card>`);
    const summaries = [...el.shadowRoot!.querySelectorAll('summary')].map((s) => s.textContent.trim());
    expect(summaries).not.to.include('Examples');
    expect(getTherapy('chemotherapy')!.text().examples).to.deep.equal([]);
  });

  it('shows the names of sourced side effects on cards that have them', async () => {
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="liver-directed-therapy"></net-therapy-card>`,
    );
    const text = shadowText(el);
    for (const name of ['Fever', 'Pain around the liver', 'Changes in liver blood tests (liver enzymes)']) {
      expect(text).to.include(name);
    }
  });
});

describe('content catalogue: data', () => {
  for (const therapy of allTherapies()) {
    it(`${therapy.id}: urgent advice, sources and review dates are well formed`, () => {
      const se = therapy.sideEffects.text();
      expect(se.urgent.length).to.be.within(1, 5);
      const iso = /^\d{4}-\d{2}-\d{2}$/;
      for (const review of [therapy.review, therapy.sideEffects.review]) {
        expect(review.lastReviewed).to.match(iso);
        expect(review.nextReview).to.match(iso);
        expect(review.nextReview > review.lastReviewed).to.equal(true);
      }
      expect(therapy.sources.length).to.be.greaterThan(0);
      expect(therapy.sideEffects.sources.length).to.be.greaterThan(0);
      for (const id of [...therapy.sources, ...therapy.sideEffects.sources]) {
        expect(sources, `${therapy.id} cites ${id}`).to.have.property(id);
      }
      const x = therapy.text();
      for (const item of [...x.examples, ...x.subtypes]) {
        expect(item.sources.length, `${item.name} has sources`).to.be.greaterThan(0);
        for (const id of item.sources) expect([...therapy.sources], `${item.name}: ${id}`).to.include(id);
      }
      for (const item of se.items) {
        expect(item.sources.length, `${item.name} has sources`).to.be.greaterThan(0);
        for (const id of item.sources) expect([...therapy.sideEffects.sources], `${item.name}: ${id}`).to.include(id);
      }
    });
  }
});
