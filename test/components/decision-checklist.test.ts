import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/net-decision-checklist.js';
import type {
  ChecklistChangeDetail,
  NetDecisionChecklist,
} from '../../src/elements/decision-checklist/decision-checklist.js';
import { FACTOR_IDS, PRIORITY_IDS, decisionFactors, priorities } from '../../src/content/decision-factors.js';
import { STORAGE_PREFIX, type ChecklistState } from '../../src/elements/decision-checklist/storage.js';
import { setLocale } from '../../src/i18n/locale.js';
import { type BrokenStorage, captureConsole, patched, pressChord, skipWithout, withBrokenStorage } from './helpers.js';

const KEY = 'net-widgets:decision-checklist:v1';

/** What the checklist stored under `key` (it fails the test if nothing was stored). */
function stored(key: string): ChecklistState {
  const raw = localStorage.getItem(key);
  if (raw === null) throw new Error(`nothing stored under ${key}`);
  return JSON.parse(raw) as ChecklistState;
}

function ownKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith('net-widgets:'));
}

function clearOwnKeys(): void {
  for (const k of ownKeys()) localStorage.removeItem(k);
}

function $(el: NetDecisionChecklist, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function factorBox(el: NetDecisionChecklist, id: string): HTMLInputElement {
  return $(el, `#factor-${id}`) as HTMLInputElement;
}

function priorityBox(el: NetDecisionChecklist, id: string): HTMLInputElement {
  return $(el, `#priority-${id}`) as HTMLInputElement;
}

const progress = (el: NetDecisionChecklist) => $(el, '.progress-text').textContent.trim();
const live = (el: NetDecisionChecklist) => $(el, '[role="status"]').textContent.trim();
const button = (el: NetDecisionChecklist, part: string) => $(el, `[part="${part}"]`) as HTMLButtonElement;

async function tick(el: NetDecisionChecklist, box: HTMLInputElement): Promise<void> {
  box.click();
  await el.updateComplete;
}

describe('<net-decision-checklist>', () => {
  beforeEach(clearOwnKeys);
  afterEach(clearOwnKeys);

  it('lists every factor with a labelled checkbox, why it matters and a question to ask', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    const items = el.shadowRoot!.querySelectorAll('ol.factors > li');
    expect(items).to.have.length(FACTOR_IDS.length);
    expect(FACTOR_IDS).to.have.length(9);
    decisionFactors.forEach((factor, i) => {
      const t = factor.text();
      const li = items[i];
      expect(li.querySelector('h4')!.textContent).to.equal(t.name);
      expect(li.querySelector('.why')!.textContent).to.include(t.why);
      expect(li.querySelector('.question')!.textContent).to.include(t.question);
      const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      expect(box.labels).to.have.length(1);
      const label = box.labels![0];
      expect(label.localName).to.equal('label');
      // Visible words first (label in name), then the factor, so nine boxes are not all alike.
      expect(label.textContent.replace(/\s+/g, ' ').trim()).to.equal(`We have talked about this – ${t.name}`);
      expect(box.checked).to.equal(false);
    });
    const prios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.priorities input[type="checkbox"]');
    expect(prios).to.have.length(PRIORITY_IDS.length);
    prios.forEach((box, i) => {
      expect(box.labels![0].textContent).to.equal(priorities[i].text());
    });
    expect(progress(el)).to.equal('0 of 9 discussed');
    expect(live(el)).to.equal('');
    expect($(el, 'section').getAttribute('lang')).to.equal('en-US');
    expect(el.shadowRoot!.querySelector('.sources li')).to.exist;
    expect(el.shadowRoot!.textContent).to.match(/Last reviewed: \w+ \d{1,2}, \d{4}/);
    await expect(el).to.be.accessible();
  });

  it('counts ticks, announces progress politely and shows it in the bar', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    const region = $(el, '[role="status"]');
    expect(region.getAttribute('role')).to.equal('status');
    await tick(el, factorBox(el, 'location'));
    await tick(el, factorBox(el, 'grade'));
    await tick(el, factorBox(el, 'preferences'));
    expect(progress(el)).to.equal('3 of 9 discussed');
    expect(live(el)).to.equal('3 of 9 discussed');
    expect($(el, '.factor.is-checked')).to.exist;
    const fill = $(el, '.bar-fill');
    expect(fill.style.getPropertyValue('--_progress')).to.equal(String(3 / 9));
    await tick(el, factorBox(el, 'grade'));
    expect(progress(el)).to.equal('2 of 9 discussed');
    expect(live(el)).to.equal('2 of 9 discussed');
    expect(el.value.discussed).to.deep.equal(['location', 'preferences']);
    // A priority is the reader's own: no progress announcement for it.
    await tick(el, priorityBox(el, 'fewer-visits'));
    expect(live(el)).to.equal('2 of 9 discussed');
    expect($(el, '.priority.is-checked')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('fires net-checklist-change (bubbles, composed) with the ids, total and count', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    setTimeout(() => factorBox(el, 'size').click());
    const first = await oneEvent<CustomEvent<ChecklistChangeDetail>>(document, 'net-checklist-change');
    expect(first.bubbles).to.equal(true);
    expect(first.composed).to.equal(true);
    expect(first.target === el).to.equal(true);
    expect(first.detail).to.deep.equal({ discussed: ['size'], priorities: [], total: 9, count: 1 });
    setTimeout(() => priorityBox(el, 'at-home').click());
    const second = await oneEvent<CustomEvent<ChecklistChangeDetail>>(el, 'net-checklist-change');
    expect(second.detail).to.deep.equal({ discussed: ['size'], priorities: ['at-home'], total: 9, count: 1 });
  });

  it('clears every tick with an explicit, labelled reset and says so', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    await tick(el, factorBox(el, 'location'));
    await tick(el, factorBox(el, 'stage'));
    await tick(el, priorityBox(el, 'symptoms'));
    const reset = button(el, 'reset-button');
    expect(reset.localName).to.equal('button');
    expect(reset.type).to.equal('button');
    expect(reset.textContent.trim()).to.equal('Clear all checkmarks');
    setTimeout(() => reset.click());
    const event = await oneEvent<CustomEvent<ChecklistChangeDetail>>(el, 'net-checklist-change');
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ discussed: [], priorities: [], total: 9, count: 0 });
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].some((i) => i.checked)).to.equal(false);
    expect(progress(el)).to.equal('0 of 9 discussed');
    expect(live(el)).to.equal('All checkmarks cleared. 0 of 9 discussed.');
  });

  it('stores nothing without persist', async () => {
    const calls: string[] = [];
    // Every write is recorded (and none reaches storage).
    await patched(Storage.prototype, { setItem: (key: string) => void calls.push(key) }, async () => {
      const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
      await tick(el, factorBox(el, 'location'));
      await tick(el, priorityBox(el, 'growth'));
      await tick(el, factorBox(el, 'location'));
      button(el, 'reset-button').click();
      await el.updateComplete;
    });
    expect(calls.filter((k) => k.startsWith('net-widgets'))).to.deep.equal([]);
    expect(ownKeys()).to.deep.equal([]);
  });

  it('with persist, remembers ticks under a namespaced, versioned key and restores them', async () => {
    expect(STORAGE_PREFIX).to.equal(KEY);
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist persist></net-decision-checklist>`);
    await tick(el, factorBox(el, 'hormones'));
    await tick(el, factorBox(el, 'location'));
    await tick(el, priorityBox(el, 'time-to-decide'));
    expect(ownKeys()).to.deep.equal([KEY]);
    expect(stored(KEY)).to.deep.equal({
      discussed: ['location', 'hormones'],
      priorities: ['time-to-decide'],
    });
    el.remove();

    const again = await fixture<NetDecisionChecklist>(html`<net-decision-checklist persist></net-decision-checklist>`);
    expect(factorBox(again, 'location').checked).to.equal(true);
    expect(factorBox(again, 'hormones').checked).to.equal(true);
    expect(factorBox(again, 'size').checked).to.equal(false);
    expect(priorityBox(again, 'time-to-decide').checked).to.equal(true);
    expect(progress(again)).to.equal('2 of 9 discussed');
    // Restoring is not a change the reader made: nothing is announced.
    expect(live(again)).to.equal('');

    button(again, 'reset-button').click();
    await again.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keeps two persisted checklists apart by the persist value', async () => {
    const a = await fixture<NetDecisionChecklist>(
      html`<net-decision-checklist persist="clinic-a"></net-decision-checklist>`,
    );
    const b = await fixture<NetDecisionChecklist>(
      html`<net-decision-checklist persist="clinic-b"></net-decision-checklist>`,
    );
    await tick(a, factorBox(a, 'size'));
    await tick(b, factorBox(b, 'symptoms'));
    expect(ownKeys().sort()).to.deep.equal([`${KEY}:clinic-a`, `${KEY}:clinic-b`]);
    expect(stored(`${KEY}:clinic-a`).discussed).to.deep.equal(['size']);
    expect(stored(`${KEY}:clinic-b`).discussed).to.deep.equal(['symptoms']);
  });

  it('keeps what the reader did when persist is switched on later', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    await tick(el, factorBox(el, 'growth'));
    expect(ownKeys()).to.deep.equal([]);
    el.setAttribute('persist', '');
    await el.updateComplete;
    expect(factorBox(el, 'growth').checked).to.equal(true);
    expect(stored(KEY).discussed).to.deep.equal(['growth']);
  });

  for (const kind of ['throws', 'full'] satisfies BrokenStorage[]) {
    it(`keeps working in memory, silently, when storage ${kind === 'full' ? 'is full' : 'throws'}`, async () => {
      const { warnings, errors } = captureConsole();
      await withBrokenStorage(kind, async () => {
        const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist persist></net-decision-checklist>`);
        await tick(el, factorBox(el, 'location'));
        await tick(el, factorBox(el, 'size'));
        await tick(el, priorityBox(el, 'daily-life'));
        expect(progress(el)).to.equal('2 of 9 discussed');
        expect(el.value).to.deep.equal({
          discussed: ['location', 'size'],
          priorities: ['daily-life'],
          total: 9,
          count: 2,
        });
        button(el, 'reset-button').click();
        await el.updateComplete;
        expect(progress(el)).to.equal('0 of 9 discussed');
        expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
      });
      expect([...errors, ...warnings]).to.deep.equal([]);
    });
  }

  it('ignores corrupted or foreign stored data, and drops unknown ids', async () => {
    for (const junk of ['{not json', '"a string"', 'null', '{"discussed":"location"}', '{"discussed":[]}', '[1,2]']) {
      localStorage.setItem(KEY, junk);
      const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist persist></net-decision-checklist>`);
      expect(progress(el), junk).to.equal('0 of 9 discussed');
      expect(el.shadowRoot!.querySelector('.notice'), junk).to.equal(null);
      el.remove();
    }
    localStorage.setItem(
      KEY,
      JSON.stringify({ discussed: ['grade', '__proto__', 'grade', 42, 'bogus'], priorities: ['symptoms', 'nope'] }),
    );
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist persist></net-decision-checklist>`);
    expect(el.value).to.deep.equal({ discussed: ['grade'], priorities: ['symptoms'], total: 9, count: 1 });
  });

  it('works with the keyboard: Tab reaches every control in order, Space ticks, focus is visible', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, button')];
    expect(controls).to.have.length(FACTOR_IDS.length + PRIORITY_IDS.length + 2);
    // Compared by index: chai's diff of DOM nodes is slow to print.
    const index = () => controls.indexOf(el.shadowRoot!.activeElement as HTMLElement);
    const reached: number[] = [];
    for (let i = 0; i < controls.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(index());
    }
    expect(reached).to.deep.equal(controls.map((_, i) => i));

    // Back to the first box (Shift+Tab all the way), then Space ticks it.
    const back: number[] = [];
    for (let i = 1; i < controls.length; i++) {
      await pressChord('Shift', 'Tab');
      back.push(index());
    }
    expect(back).to.deep.equal(
      controls
        .map((_, i) => i)
        .slice(0, -1)
        .reverse(),
    );
    const first = factorBox(el, 'location');
    expect(index()).to.equal(0);
    await sendKeys({ press: ' ' }); // the Space bar
    await el.updateComplete;
    expect(first.checked).to.equal(true);
    expect(progress(el)).to.equal('1 of 9 discussed');

    // The drawn box carries the focus ring (the native input itself is transparent).
    const ring = getComputedStyle(first.labels![0], '::before');
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    first.blur();
    expect(getComputedStyle(first.labels![0], '::before').outlineStyle).to.equal('none');
  });

  it('gives every control a target of at least 24 by 24 px', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('input, button')) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.id || control.textContent).to.be.at.least(24);
      expect(box.height, control.id || control.textContent).to.be.at.least(24);
    }
  });

  it('prints a clean summary: ticks as ☑/☐ text, priorities and questions, no buttons', async function () {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    await tick(el, factorBox(el, 'location'));
    await tick(el, factorBox(el, 'health'));
    await tick(el, priorityBox(el, 'side-effects'));
    const sheet = $(el, '.sheet');
    expect(sheet.checkVisibility()).to.equal(false);
    try {
      await emulateMedia({ media: 'print' });
    } catch (error) {
      // Print emulation needs the Chrome DevTools Protocol: Firefox (WebDriver BiDi) and WebKit
      // (WebDriver) have none. test/e2e/print.test.mjs proves the print rules in every engine.
      if (/CDP support is required|not supported for browser type/.test(String(error))) {
        skipWithout(this, 'print media emulation (emulateMedia needs the Chrome DevTools Protocol)');
      }
      throw error;
    }
    try {
      expect(sheet.checkVisibility()).to.equal(true);
      for (const b of el.shadowRoot!.querySelectorAll('button')) expect(b.checkVisibility()).to.equal(false);
      for (const input of el.shadowRoot!.querySelectorAll('input')) expect(input.checkVisibility()).to.equal(false);
      const rows = [...sheet.querySelectorAll('tbody tr')].map((tr) => tr.textContent.replace(/\s+/g, ' ').trim());
      expect(rows).to.have.length(9);
      decisionFactors.forEach((f, i) => {
        const mark = f.id === 'location' || f.id === 'health' ? '☑' : '☐';
        expect(rows[i].startsWith(mark), rows[i]).to.equal(true);
        expect(rows[i]).to.include(f.text().name);
        expect(rows[i]).to.include(f.text().question);
      });
      const prios = [...sheet.querySelectorAll('.sheet-priorities li')].map((li) =>
        li.textContent.replace(/\s+/g, ' ').trim(),
      );
      expect(prios).to.have.length(PRIORITY_IDS.length);
      expect(prios[0]).to.equal(`☑ ${priorities[0].text()}`);
      expect(prios.slice(1).every((p) => p.startsWith('☐'))).to.equal(true);
      expect(sheet.textContent).to.include('2 of 9 discussed');
      expect(sheet.querySelector('.disclaimer')!.checkVisibility()).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(sheet.checkVisibility()).to.equal(false);
  });

  it('calls the browser print dialog from the print button', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    let printed = 0;
    await patched(window, { print: () => void printed++ }, () => button(el, 'print-button').click());
    expect(printed).to.equal(1);
  });

  it('follows heading-level: top heading, sections one below, factors two below', async () => {
    const el = await fixture<NetDecisionChecklist>(
      html`<net-decision-checklist heading-level="3"></net-decision-checklist>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('h3')).to.have.length(1);
    expect(root.querySelector('h3')!.textContent).to.equal('Preparing to talk about your treatment');
    // Factors, priorities, questions to ask about each option, support, sources.
    expect(root.querySelectorAll('h4')).to.have.length(5);
    expect(root.querySelectorAll('h5')).to.have.length(FACTOR_IDS.length);
    expect(root.querySelector('h1, h2, h6') === null).to.equal(true);
    // The printed sheet adds no headings to the outline.
    expect($(el, '.sheet').querySelector('h1, h2, h3, h4, h5, h6') === null).to.equal(true);
  });

  it('tolerates bad input: heading-level out of range, odd persist values', async () => {
    captureConsole(); // each bad value warns once, by design
    const deep = await fixture<NetDecisionChecklist>(
      html`<net-decision-checklist heading-level="6"></net-decision-checklist>`,
    );
    // Clamped at h6, nothing deeper: the top heading, its five section headings (factors,
    // priorities, questions, support, sources) and the factor headings all become h6.
    expect(deep.shadowRoot!.querySelectorAll('h6').length).to.equal(1 + 5 + FACTOR_IDS.length);
    const junk = await fixture<NetDecisionChecklist>(
      html`<net-decision-checklist
        heading-level="-3"
        persist="&lt;img src=x onerror=alert(1)&gt;"
      ></net-decision-checklist>`,
    );
    expect(junk.persist).to.equal('<img src=x onerror=alert(1)>');
    expect(junk.shadowRoot!.querySelector('h1')).to.exist;
    expect(junk.shadowRoot!.querySelector('img')).to.equal(null);
    await tick(junk, factorBox(junk, 'size'));
    expect(ownKeys()).to.deep.equal([`${KEY}:<img src=x onerror=alert(1)>`]);
  });

  it('re-renders in the new locale and keeps its ticks', async () => {
    const el = await fixture<NetDecisionChecklist>(html`<net-decision-checklist></net-decision-checklist>`);
    await tick(el, factorBox(el, 'size'));
    try {
      setLocale('fr-CA');
      await el.updateComplete;
      expect($(el, 'section').getAttribute('lang')).to.equal('fr-CA');
      expect(factorBox(el, 'size').checked).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      setLocale(null);
    }
    await el.updateComplete;
    expect($(el, 'section').getAttribute('lang')).to.equal('en-US');
  });
});
