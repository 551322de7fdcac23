// The content catalogue: every therapy renders in <net-therapy-card> with the key facts the seeds
// give, its sources and its review dates, accessibly; and the en-US source text keeps the content
// rules of CONTENT.md (short sentences, short paragraphs, no percentages, US spelling, at most
// five urgent bullets, per-item sources that the entry lists).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-therapy-card.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import { THERAPY_IDS, allTherapies, getTherapy } from '../../src/content/index.js';
import { sources } from '../../src/content/sources.js';
import type { Therapy, TherapyId } from '../../src/content/types.js';

function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

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
  it('registers all ten therapies, in the contract order', () => {
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

/** Every reader-facing string of an entry, labelled by where it comes from. */
function strings(t: Therapy): Array<[string, string]> {
  const x = t.text();
  const se = t.sideEffects.text();
  const out: Array<[string, string]> = [
    ['name', x.name],
    ['summary', x.summary],
    ['howItWorks', x.howItWorks],
    ['howGiven', x.howGiven],
    ['se.intro', se.intro],
    ...x.whenUsed.map((s, i): [string, string] => [`whenUsed[${i}]`, s]),
    ...se.urgent.map((s, i): [string, string] => [`se.urgent[${i}]`, s]),
  ];
  if (x.subtypesTitle) out.push(['subtypesTitle', x.subtypesTitle]);
  if (x.approval) out.push(['approval', x.approval]);
  for (const item of [...x.examples, ...x.subtypes, ...se.items]) {
    out.push(['item', item.name]);
    if (item.description) out.push(['item.description', item.description]);
    if ('helps' in item && typeof item.helps === 'string') out.push(['item.helps', item.helps]);
  }
  return out;
}

const sentencesOf = (s: string) => s.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== '');
const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w));

describe('content catalogue: content rules (en-US source)', () => {
  for (const therapy of allTherapies()) {
    it(`${therapy.id}: short sentences and paragraphs, no percentages, US spelling`, () => {
      for (const [where, s] of strings(therapy)) {
        expect(s.trim(), `${therapy.id} ${where} is empty`).not.to.equal('');
        const sentences = sentencesOf(s);
        expect(sentences.length, `${therapy.id} ${where}: at most 3 sentences`).to.be.at.most(3);
        for (const sentence of sentences) {
          expect(wordsOf(sentence).length, `${therapy.id} ${where}: "${sentence}"`).to.be.at.most(25);
        }
        expect(s, `${therapy.id} ${where}: no percentages`).not.to.match(/%|per ?cent/i);
        expect(s, `${therapy.id} ${where}: US spelling`).not.to.match(
          /tumour|diarrhoea|oesophag|haemo|anaemi|oestrogen|colour|centre|analogue|organis|recognis|metastasis(?:e|ing)/i,
        );
      }
    });

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
