// <net-treatment-comparison> (issue 15): every cell from the catalogue, a real data table (caption,
// column and row headers), no empty cell, bad input as a table, heading-level, lang, the link to a
// <net-side-effect-list> on the page (mouse and keyboard) and the host's contact row. Expected
// values come from the catalogue itself (content writers change the words; these tests follow).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/net-treatment-comparison.js';
import '../../src/net-side-effect-list.js';
import type { NetTreatmentComparison } from '../../src/elements/treatment-comparison/treatment-comparison.js';
import type { NetSideEffectList } from '../../src/elements/side-effect-list/side-effect-list.js';
import {
  MAX_THERAPIES,
  MIN_THERAPIES,
  parseTherapies,
  type ParsedTherapies,
} from '../../src/elements/treatment-comparison/parse-therapies.js';
import { getTherapy } from '../../src/content/index.js';
import { THERAPY_IDS } from '../../src/content/therapy-ids.js';
import type { Therapy } from '../../src/content/types.js';
import { aimLabel, deliveryLabel, notInSources, statusLabel } from '../../src/content/labels.js';
import { askWhenToCall, urgentHeading, MAX_URGENT } from '../../src/base/urgent-advice.js';
import { formatList } from '../../src/i18n/format.js';
import { setLocale, withLocale } from '../../src/i18n/locale.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales.js';
import { captureConsole, mount, printRulesHiding, shadowText, norm, withTexts, uncaught } from './helpers.js';
import { COMPARISON_QUESTIONS } from '../fixtures/comparison-questions.js';
import { getSource } from '../../src/content/sources/index.js';

const TAG = 'net-treatment-comparison';
const name = (id: string) => getTherapy(id)!.text().name;

/** Tables of 2, 3 and 4 treatments that, together, show every therapy in the catalogue. */
const GROUPS: string[][] = [
  [THERAPY_IDS[0], THERAPY_IDS[1]],
  [THERAPY_IDS[2], THERAPY_IDS[3], THERAPY_IDS[4]],
  [THERAPY_IDS[5], THERAPY_IDS[6], THERAPY_IDS[7], THERAPY_IDS[8]],
  [THERAPY_IDS[9], THERAPY_IDS[0], THERAPY_IDS[5]],
];

async function comparison(therapies: string, extra = ''): Promise<NetTreatmentComparison> {
  const page = await mount(`<${TAG} therapies="${therapies}">${extra}</${TAG}>`);
  return page.querySelector<NetTreatmentComparison>(TAG)!;
}

/** The rows of the table body that are shown (the contact row is hidden while the slot is empty). */
function shownRows(el: Element): HTMLTableRowElement[] {
  const table = el.shadowRoot!.querySelector('table')!;
  return [...table.tBodies[0].rows].filter((r) => !r.hidden);
}

const listItems = (cell: Element) => [...cell.querySelectorAll('li')].map((li) => norm(li.textContent));

/** What each row's cell must say for one therapy, from the catalogue (in the active locale). */
const CELL_CHECKS: Array<(body: Element, t: Therapy) => void> = [
  // What is it?
  (body, t) => expect(norm(body.textContent)).to.equal(norm(t.text().compare.what)),
  // What does it aim to do?
  (body, t) => expect(listItems(body)).to.deep.equal(t.aims.map(aimLabel)),
  // How is it given, and how often?
  // (the delivery labels are capitalized: one on its own, several as a list, never joined in a sentence)
  (body, t) => {
    const line = body.querySelector('.label-line')!;
    const labels = line.localName === 'ul' ? listItems(line) : [norm(line.textContent)];
    expect(labels).to.deep.equal(t.delivery.map(deliveryLabel));
    expect(norm(body.textContent)).to.include(norm(t.text().compare.given));
  },
  // Time in hospital and recovery
  (body, t) => expect(norm(body.textContent)).to.equal(norm(t.text().compare.hospital ?? notInSources())),
  // Common side effects: the common ones when the source grades them, else every one it names.
  (body, t) => {
    const items = t.sideEffects.text().items;
    const shown = items.some((i) => i.frequency) ? items.filter((i) => i.frequency === 'common') : items;
    if (shown.length) {
      expect(listItems(body)).to.deep.equal(shown.map((i) => norm(i.name)));
      expect(body.querySelector('ul.run-in') !== null, 'runs on as one line on paper').to.equal(true);
    } else expect(norm(body.textContent)).to.include(notInSources());
  },
  // When to get help urgently: the emergency and right-away levels, each under its heading.
  (body, t) => {
    const urgent = t.sideEffects.text().urgent;
    const levels = (['emergency', 'now'] as const).filter((l) => urgent[l].length);
    if (!levels.length) {
      expect(norm(body.textContent)).to.equal(askWhenToCall());
      return;
    }
    expect([...body.querySelectorAll('.label-line')].map((p) => norm(p.textContent))).to.deep.equal(
      levels.map(urgentHeading),
    );
    expect(listItems(body)).to.deep.equal(levels.flatMap((l) => urgent[l].slice(0, MAX_URGENT).map(norm)));
    expect(body.querySelector('ul.run-in') === null, 'urgent advice keeps its bullets on paper').to.equal(true);
  },
  // Approved, or being studied?
  (body, t) => {
    expect(norm(body.querySelector('.label-line')!.textContent)).to.equal(statusLabel(t.status));
    const approval = t.text().approval;
    if (approval) expect(norm(body.textContent)).to.include(norm(approval));
    else expect(body.querySelectorAll('p')).to.have.length(1);
  },
  // A question to ask
  (body, t) => expect(norm(body.textContent)).to.equal(norm(t.text().question)),
];

describe('parseTherapies (pure)', () => {
  const ids = (p: ParsedTherapies) => ({ ...p, therapies: p.therapies.map((t) => t.id) });
  const none = { therapies: [], unknown: [], duplicates: [], extra: [] };
  const long = 'x'.repeat(100);
  const table: Array<[string, unknown, Partial<Record<keyof ParsedTherapies, string[]>>]> = [
    ['two ids, comma', 'surgery,prrt', { therapies: ['surgery', 'prrt'] }],
    ['the reader’s order is kept', 'prrt,surgery', { therapies: ['prrt', 'surgery'] }],
    ['spaces', 'surgery prrt', { therapies: ['surgery', 'prrt'] }],
    ['tabs, newlines, stray commas', ' ,surgery,\n\tprrt , ,', { therapies: ['surgery', 'prrt'] }],
    ['any case', 'PRRT, Surgery', { therapies: ['prrt', 'surgery'] }],
    [
      'four',
      'surgery prrt chemotherapy immunotherapy',
      { therapies: ['surgery', 'prrt', 'chemotherapy', 'immunotherapy'] },
    ],
    [
      'five: the first four, the fifth extra',
      'surgery,prrt,chemotherapy,immunotherapy,clinical-trials',
      { therapies: ['surgery', 'prrt', 'chemotherapy', 'immunotherapy'], extra: ['clinical-trials'] },
    ],
    [
      'an extra given twice is extra, not "shown once"',
      'surgery,prrt,chemotherapy,immunotherapy,clinical-trials,clinical-trials',
      { therapies: ['surgery', 'prrt', 'chemotherapy', 'immunotherapy'], extra: ['clinical-trials'] },
    ],
    ['a duplicate', 'surgery,prrt,surgery', { therapies: ['surgery', 'prrt'], duplicates: ['surgery'] }],
    ['a duplicate in another case', 'surgery,SURGERY', { therapies: ['surgery'], duplicates: ['surgery'] }],
    [
      'duplicates do not count towards four',
      'surgery,surgery,prrt,prrt,chemotherapy,immunotherapy',
      { therapies: ['surgery', 'prrt', 'chemotherapy', 'immunotherapy'], duplicates: ['surgery', 'prrt'] },
    ],
    ['an unknown id', 'surgery,banana,prrt', { therapies: ['surgery', 'prrt'], unknown: ['banana'] }],
    ['an unknown id twice is named once', 'banana,banana', { unknown: ['banana'] }],
    ['prototype names are unknown ids', '__proto__ constructor', { unknown: ['__proto__', 'constructor'] }],
    ['a long unknown value is cut short, and named once', `${long},${long}`, { unknown: ['x'.repeat(60)] }],
    ['empty', '', {}],
    ['separators only', ' , ,\n', {}],
    ['null (no attribute)', null, {}],
    ['undefined', undefined, {}],
    ['a number', 42, {}],
    ['an array of ids (not a string)', ['surgery', 'prrt'], {}],
    ['an object', { toString: () => 'surgery,prrt' }, {}],
  ];
  for (const [label, input, want] of table) {
    it(label, () => {
      expect(ids(parseTherapies(input))).to.deep.equal({ ...none, ...want });
    });
  }
  it('limits are two and four', () => {
    expect([MIN_THERAPIES, MAX_THERAPIES]).to.deep.equal([2, 4]);
  });
});

describe('<net-treatment-comparison>: every cell from the catalogue', () => {
  for (const group of GROUPS) {
    it(`${group.join(', ')}: every row × column`, async () => {
      const el = await comparison(group.join(','));
      const root = el.shadowRoot!;
      const therapies = group.map((id) => getTherapy(id)!);
      expect(root.querySelector('.notice') === null).to.equal(true);
      // Column headers: each treatment's name, in the reader's order.
      const heads = [...root.querySelectorAll('thead th')];
      expect(heads.map((th) => norm(th.textContent))).to.deep.equal(therapies.map((t) => t.text().name));
      // Row headers: the questions, in order.
      const rows = shownRows(el);
      expect(rows.map((r) => norm(r.querySelector('th')!.textContent))).to.deep.equal(COMPARISON_QUESTIONS);
      rows.forEach((row, r) => {
        const cells = [...row.querySelectorAll('td')];
        expect(cells, COMPARISON_QUESTIONS[r]).to.have.length(group.length);
        cells.forEach((cell, c) => {
          // Each answer is labelled with its treatment for the narrow layout (hidden from screen
          // readers, which have the column header).
          const label = cell.querySelector('.cell-label')!;
          expect(norm(label.textContent)).to.equal(therapies[c].text().name);
          expect(label.getAttribute('aria-hidden')).to.equal('true');
          CELL_CHECKS[r](cell.querySelector('.cell-body')!, therapies[c]);
        });
      });
    });
  }
});

describe('<net-treatment-comparison>: a real data table', () => {
  for (const group of GROUPS) {
    it(`${group.length} treatments: caption, and every cell's column and row header`, async () => {
      const el = await comparison(group.join(' '), '<p slot="contact">Call the NET nurse line.</p>');
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table.getAttribute('role')).to.equal('table');
      const caption = table.caption!;
      expect(caption, 'a caption').to.exist;
      for (const id of group) expect(norm(caption.textContent)).to.include(name(id));
      const headerRow = table.tHead!.rows[0];
      expect(headerRow.getAttribute('role')).to.equal('row');
      for (const th of headerRow.querySelectorAll('th')) {
        expect(th.getAttribute('scope')).to.equal('col');
        expect(th.getAttribute('role')).to.equal('columnheader');
      }
      const rows = shownRows(el);
      expect(rows).to.have.length(COMPARISON_QUESTIONS.length + 1); // and the host's contact row
      for (const row of rows) {
        expect(row.getAttribute('role')).to.equal('row');
        const rowHeader = row.cells[0];
        expect(rowHeader.localName).to.equal('th');
        expect(rowHeader.getAttribute('scope')).to.equal('row');
        expect(rowHeader.getAttribute('role')).to.equal('rowheader');
        expect(norm(rowHeader.textContent)).not.to.equal('');
        for (const td of row.querySelectorAll('td')) {
          expect(td.getAttribute('role')).to.equal('cell');
          // The column header(s) above it: the cells of the header row it spans.
          const columns = [...headerRow.cells].slice(td.cellIndex, td.cellIndex + td.colSpan);
          expect(columns.length, `${norm(rowHeader.textContent)}: columns`).to.equal(td.colSpan);
          for (const th of columns) {
            expect(th.localName).to.equal('th');
            expect(th.getAttribute('scope')).to.equal('col');
          }
        }
      }
      // Each answer is under its treatment; the contact line spans every treatment.
      for (const row of rows.slice(0, COMPARISON_QUESTIONS.length)) {
        [...row.querySelectorAll('td')].forEach((td, i) => {
          expect(norm(headerRow.cells[td.cellIndex].textContent)).to.equal(name(group[i]));
        });
      }
      const contact = rows[COMPARISON_QUESTIONS.indexOf('When to get help urgently') + 1];
      expect(norm(contact.cells[0].textContent)).to.equal('From your care team');
      expect(contact.querySelector('td')!.colSpan).to.equal(group.length);
      await expect(el).to.be.accessible();
    });
  }

  it('has no empty cell anywhere, for every therapy', async () => {
    for (const group of GROUPS) {
      const el = await comparison(group.join(','));
      for (const row of shownRows(el)) {
        for (const cell of row.cells) {
          expect(
            norm(cell.querySelector('.cell-body')?.textContent ?? cell.textContent),
            norm(row.cells[0].textContent),
          ).not.to.equal('');
        }
      }
    }
  });

  it('says "Our sources do not say." where a field is missing, and asks when there is no urgent advice', async () => {
    await withTexts(
      'prrt',
      {
        text: (t) => ({ ...t, approval: undefined, compare: { ...t.compare, hospital: undefined } }),
        sideEffects: (t) => ({ ...t, items: [], urgent: { emergency: [], now: [], nextVisit: [] } }),
      },
      async () => {
        const el = await comparison('surgery,prrt');
        const rows = shownRows(el);
        const cell = (question: string) =>
          rows[COMPARISON_QUESTIONS.indexOf(question)].querySelectorAll('td')[1].querySelector('.cell-body')!;
        expect(norm(cell('Time in hospital and recovery').textContent)).to.equal('Our sources do not say.');
        expect(cell('Time in hospital and recovery').querySelector('.unknown')).to.exist;
        expect(norm(cell('Common side effects').textContent)).to.equal('Our sources do not say.');
        expect(norm(cell('When to get help urgently').textContent)).to.equal(askWhenToCall());
        expect(norm(cell('Approved, or being studied?').textContent)).to.equal(statusLabel('approved'));
        for (const row of rows)
          for (const td of row.querySelectorAll('td')) expect(norm(td.textContent)).not.to.equal('');
      },
    );
  });

  it('shows every side effect when the source does not say how often', async () => {
    await withTexts(
      'prrt',
      { sideEffects: (t) => ({ ...t, items: t.items.map((i) => ({ ...i, frequency: undefined })) }) },
      async () => {
        const el = await comparison('surgery,prrt');
        const body = shownRows(el)[COMPARISON_QUESTIONS.indexOf('Common side effects')].querySelectorAll('td')[1];
        expect(listItems(body)).to.deep.equal(
          getTherapy('prrt')!
            .sideEffects.text()
            .items.map((i) => norm(i.name)),
        );
      },
    );
  });
});

describe('<net-treatment-comparison>: bad input', () => {
  /** One bad value: how it is given, how many columns show, and the en-US message. */
  interface BadCase {
    name: string;
    markup?: string;
    property?: unknown;
    columns: number;
    message: () => string;
  }
  const choose = 'Choose 2 to 4 treatments to compare.';
  const CASES: BadCase[] = [
    { name: 'fewer than two', markup: 'therapies="surgery"', columns: 0, message: () => choose },
    {
      name: 'more than four: the first four, and a message',
      markup: 'therapies="surgery,prrt,chemotherapy,immunotherapy,clinical-trials"',
      columns: 4,
      message: () => `Only 4 treatments fit side by side. Not shown: ${name('clinical-trials')}.`,
    },
    {
      name: 'six: two not shown',
      markup: 'therapies="surgery prrt chemotherapy immunotherapy clinical-trials active-surveillance"',
      columns: 4,
      message: () =>
        `Only 4 treatments fit side by side. Not shown: ${formatList([name('clinical-trials'), name('active-surveillance')], 'en-US')}.`,
    },
    {
      name: 'a duplicate: shown once',
      markup: 'therapies="surgery,prrt,surgery"',
      columns: 2,
      message: () => `Listed more than once, so shown once: ${name('surgery')}.`,
    },
    {
      name: 'an unknown id, two valid remain',
      markup: 'therapies="surgery,not-a-therapy,prrt"',
      columns: 2,
      message: () => 'We do not have information about: not-a-therapy.',
    },
    {
      name: 'an unknown id, one valid remains',
      markup: 'therapies="chemotherapy,still-not-a-therapy"',
      columns: 0,
      message: () => `We do not have information about: still-not-a-therapy. ${choose}`,
    },
    {
      name: 'markup as an id is text',
      markup: 'therapies="&lt;img src=x onerror=alert(1)&gt;,surgery,prrt"',
      columns: 2,
      message: () => 'We do not have information about: <img, src=x, onerror=alert(1)>.',
    },
    { name: 'missing attribute', markup: '', columns: 0, message: () => choose },
    { name: 'empty attribute', markup: 'therapies=""', columns: 0, message: () => choose },
    { name: 'separators only', markup: 'therapies=" , ,"', columns: 0, message: () => choose },
    { name: 'a number property', property: 42, columns: 0, message: () => choose },
    { name: 'an array property', property: ['surgery', 'prrt'], columns: 0, message: () => choose },
    { name: 'an object property', property: { toString: () => 'surgery,prrt' }, columns: 0, message: () => choose },
    { name: 'a boolean property', property: true, columns: 0, message: () => choose },
  ];

  async function render(c: BadCase): Promise<NetTreatmentComparison> {
    const page = await mount(`<${TAG} ${c.markup ?? ''}></${TAG}>`);
    const el = page.querySelector<NetTreatmentComparison>(TAG)!;
    if ('property' in c) {
      (el as { therapies: unknown }).therapies = c.property;
      await el.updateComplete;
    }
    return el;
  }

  for (const c of CASES) {
    it(`${c.name}: the message, no throw, never blank, one warning naming the valid ids`, async () => {
      const { warnings } = captureConsole();
      let el!: NetTreatmentComparison;
      const errors = await uncaught(async () => {
        el = await render(c);
      });
      expect(errors).to.deep.equal([]);
      const root = el.shadowRoot!;
      expect(shadowText(el).length).to.be.greaterThan(10);
      expect(root.querySelector('img') === null).to.equal(true);
      expect(root.querySelectorAll('thead th')).to.have.length(c.columns);
      const box = root.querySelector(c.columns ? '[part="problems"]' : '[part="notice"]')!;
      expect(box, 'the message box').to.exist;
      expect(box.getAttribute('role')).to.equal('status');
      expect(norm(box.textContent)).to.equal(c.message());
      const mine = warnings.filter((w) => w.includes(`<${TAG}>`));
      expect(mine, mine.join('\n')).to.have.length(1);
      expect(mine[0]).to.include(`Valid ids: ${THERAPY_IDS.join(', ')}.`);
      // Rendering again (a locale change, a new property) does not warn again.
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((w) => w.includes(`<${TAG}>`))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  for (const locale of SUPPORTED_LOCALES) {
    it(`the messages are in the widget's locale (${locale}), with the treatments' names in it`, async () => {
      captureConsole();
      const page = await mount(`<div lang="${locale}">
        <${TAG} therapies="surgery,prrt,surgery"></${TAG}>
        <${TAG} therapies="surgery,prrt,chemotherapy,immunotherapy,clinical-trials"></${TAG}>
        <${TAG} therapies="surgery"></${TAG}>
      </div>`);
      const [dup, extra, one] = [...page.querySelectorAll(TAG)];
      const names = (ids: string[]) => withLocale(locale, () => ids.map(name));
      expect(dup.shadowRoot!.querySelector('[part="comparison"]')!.getAttribute('lang')).to.equal(locale);
      expect(norm(dup.shadowRoot!.querySelector('[part="problems"]')!.textContent)).to.include(names(['surgery'])[0]);
      expect(norm(extra.shadowRoot!.querySelector('[part="problems"]')!.textContent)).to.include(
        names(['clinical-trials'])[0],
      );
      const notice = one.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.getAttribute('lang')).to.equal(locale);
      expect(norm(notice.textContent).length).to.be.greaterThan(10);
      const headers = [...extra.shadowRoot!.querySelectorAll('thead th')].map((th) => norm(th.textContent));
      expect(headers).to.deep.equal(names(['surgery', 'prrt', 'chemotherapy', 'immunotherapy']));
    });
  }
});

describe('<net-treatment-comparison>: print', () => {
  it('prints the sources as one line of publishers (industry-sponsored marked), hides the buttons and the long list', async () => {
    const page = await mount(`<${TAG} therapies="surgery,prrt,somatostatin-analogues"></${TAG}>
      <net-side-effect-list therapy="prrt"></net-side-effect-list>`);
    const el = page.querySelector(TAG)!;
    const root = el.shadowRoot!;
    const line = root.querySelector('.print-sources')!;
    expect(getComputedStyle(line).display, 'not on screen').to.equal('none');
    expect(printRulesHiding(line)).to.deep.equal([]);
    const ids = ['surgery', 'prrt', 'somatostatin-analogues'].flatMap((id) => {
      const t = getTherapy(id)!;
      return [...t.sources, ...t.sideEffects.sources];
    });
    const publishers = [...new Set(ids.map((id) => getSource(id).publisher))];
    const text = norm(line.textContent);
    for (const p of publishers) expect(text).to.include(p);
    const industry = ids.some((id) => getSource(id).kind === 'industry-sponsored');
    expect(text.includes('* Industry-sponsored: written or paid for by a drug company.')).to.equal(industry);
    // On paper: no buttons, no full source list; the review dates and the disclaimer stay.
    for (const button of root.querySelectorAll('button')) expect(printRulesHiding(button).length).to.be.greaterThan(0);
    expect(printRulesHiding(root.querySelector('.sources')!).length).to.be.greaterThan(0);
    for (const kept of ['.review', '.disclaimer', 'table', '[part="heading"]']) {
      expect(printRulesHiding(root.querySelector(kept)!), kept).to.deep.equal([]);
    }
  });
});

describe('<net-treatment-comparison>: heading-level and lang', () => {
  afterEach(() => setLocale(null));

  it('follows heading-level: the heading at the level, the sources one below, nothing else', async () => {
    for (const level of [1, 3, 4, 6]) {
      const page = await mount(`<${TAG} therapies="surgery,prrt" heading-level="${level}"></${TAG}>`);
      const root = page.querySelector(TAG)!.shadowRoot!;
      const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [
        Number(h.localName[1]),
        norm(h.textContent),
      ]);
      const sub = Math.min(6, level + 1);
      expect(headings).to.deep.equal([
        [level, 'Compare treatments'],
        [sub, 'Sources'],
      ]);
      page.remove();
    }
  });

  it('defaults to h2', async () => {
    const el = await comparison('surgery,prrt');
    expect(norm(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Compare treatments');
  });

  it('carries lang on the content, in the page’s locale and in its section’s', async () => {
    const page = await mount(`<${TAG} therapies="surgery,prrt"></${TAG}>
      <section lang="fr-CA"><${TAG} therapies="surgery,prrt"></${TAG}></section>`);
    const [en, fr] = [...page.querySelectorAll(TAG)];
    expect(en.shadowRoot!.querySelector('[part="comparison"]')!.getAttribute('lang')).to.equal('en-US');
    expect(fr.shadowRoot!.querySelector('[part="comparison"]')!.getAttribute('lang')).to.equal('fr-CA');
    const frNames = withLocale('fr-CA', () => ['surgery', 'prrt'].map(name));
    expect([...fr.shadowRoot!.querySelectorAll('thead th')].map((th) => norm(th.textContent))).to.deep.equal(frNames);
    setLocale('en-GB');
    await en.updateComplete;
    expect(en.shadowRoot!.querySelector('[part="comparison"]')!.getAttribute('lang')).to.equal('en-GB');
  });

  it('re-renders when therapies changes', async () => {
    const el = await comparison('surgery,prrt');
    el.setAttribute('therapies', 'chemotherapy immunotherapy clinical-trials');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('thead th')].map((th) => norm(th.textContent))).to.deep.equal(
      ['chemotherapy', 'immunotherapy', 'clinical-trials'].map(name),
    );
  });
});

describe('<net-treatment-comparison>: the link to a side-effect list on the page', () => {
  const buttons = (el: Element) => [
    ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="side-effects-button"]'),
  ];

  /** The focused element, through shadow roots. */
  function deepActive(): Element | null {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  it('offers no button when the page has no list for those treatments', async () => {
    const page = await mount(`<${TAG} therapies="surgery,prrt"></${TAG}>
      <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>`);
    expect(buttons(page.querySelector(TAG)!)).to.have.length(0);
  });

  it('offers one button, in that treatment’s column, that moves focus to the list', async () => {
    const page = await mount(`<${TAG} therapies="surgery,prrt"></${TAG}>
      <net-side-effect-list therapy="chemotherapy"></net-side-effect-list>
      <net-side-effect-list therapy="prrt"></net-side-effect-list>`);
    const el = page.querySelector(TAG)!;
    const list = page.querySelectorAll<NetSideEffectList>('net-side-effect-list')[1];
    const found = buttons(el);
    expect(found).to.have.length(1);
    const button = found[0];
    expect(button.type).to.equal('button');
    expect(button.closest('td')!.cellIndex).to.equal(2); // the second treatment, PRRT
    expect(button.closest('tr')!.querySelector('th')!.textContent).to.include('Common side effects');
    expect(button.closest('.no-print')).to.exist;
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    button.click();
    expect(list.shadowRoot!.activeElement === list.shadowRoot!.querySelector('section')).to.equal(true);
  });

  it('keyboard: Tab reaches the button and Enter moves focus to the list', async () => {
    const page = await mount(`<button id="before">before</button>
      <${TAG} therapies="prrt,surgery"></${TAG}>
      <net-side-effect-list therapy="prrt"></net-side-effect-list>`);
    const el = page.querySelector(TAG)!;
    const list = page.querySelector<NetSideEffectList>('net-side-effect-list')!;
    const button = buttons(el)[0];
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === button, 'the first Tab stop in the comparison is the button').to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(list.shadowRoot!.activeElement === list.shadowRoot!.querySelector('section')).to.equal(true);
  });

  it('the button comes when a list is added later, and goes when it is removed', async () => {
    const page = await mount(`<${TAG} therapies="surgery,prrt"></${TAG}>`);
    const el = page.querySelector<NetTreatmentComparison>(TAG)!;
    expect(buttons(el)).to.have.length(0);
    const list = document.createElement('net-side-effect-list');
    list.setAttribute('therapy', 'surgery');
    page.append(list);
    await list.updateComplete;
    await el.updateComplete;
    expect(buttons(el)).to.have.length(1);
    expect(buttons(el)[0].closest('td')!.cellIndex).to.equal(1);
    list.setAttribute('therapy', 'chemotherapy');
    await list.updateComplete;
    await el.updateComplete;
    expect(buttons(el)).to.have.length(0);
    list.setAttribute('therapy', 'prrt');
    await list.updateComplete;
    await el.updateComplete;
    expect(buttons(el)[0].closest('td')!.cellIndex).to.equal(2);
    list.remove();
    await el.updateComplete;
    expect(buttons(el)).to.have.length(0);
  });

  it('a list configured by property (React 19, TypeScript) is found, followed and forgotten the same way', async () => {
    const page = await mount(`<${TAG} therapies="surgery,prrt"></${TAG}>`);
    const el = page.querySelector<NetTreatmentComparison>(TAG)!;
    const list = document.createElement('net-side-effect-list');
    list.therapy = 'prrt';
    page.append(list);
    await list.updateComplete;
    await el.updateComplete;
    expect(list.hasAttribute('therapy')).to.equal(false);
    expect(buttons(el).map((b) => b.closest('td')!.cellIndex)).to.deep.equal([2]);
    list.therapy = 'surgery';
    await list.updateComplete;
    await el.updateComplete;
    expect(buttons(el).map((b) => b.closest('td')!.cellIndex)).to.deep.equal([1]);
    buttons(el)[0].click();
    expect(list.shadowRoot!.activeElement === list.shadowRoot!.querySelector('section')).to.equal(true);
    list.remove();
    await el.updateComplete;
    expect(buttons(el)).to.have.length(0);
  });
});

describe('<net-treatment-comparison>: the host’s contact row', () => {
  const contactRow = (el: Element) => el.shadowRoot!.querySelector<HTMLTableRowElement>('tr.contact-row')!;

  it('is hidden while the slot is empty', async () => {
    const el = await comparison('surgery,prrt');
    expect(contactRow(el).hidden).to.equal(true);
    expect(getComputedStyle(contactRow(el)).display).to.equal('none');
  });

  it('shows under the urgent row, labelled, when the host fills the slot; and hides again', async () => {
    const el = await comparison('surgery,prrt', '<p slot="contact">Call the NET nurse line on 555-0100.</p>');
    const row = contactRow(el);
    expect(row.hidden).to.equal(false);
    expect(row.previousElementSibling!.querySelector('th')!.textContent).to.include('When to get help urgently');
    expect(norm(row.querySelector('th')!.textContent)).to.equal('From your care team');
    const slot = row.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Call the NET nurse line on 555-0100.']);
    el.querySelector('[slot="contact"]')!.remove();
    await new Promise((r) => setTimeout(r, 0)); // slotchange
    await el.updateComplete;
    expect(contactRow(el).hidden).to.equal(true);
    const line = document.createElement('p');
    line.slot = 'contact';
    line.textContent = 'Or email the team.';
    el.append(line);
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(contactRow(el).hidden).to.equal(false);
  });
});
