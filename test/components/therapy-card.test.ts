import { expect, fixture, html } from '@open-wc/testing';
import '../../src/net-therapy-card.js';
import type { NetTherapyCard } from '../../src/elements/therapy-card/therapy-card.js';
import { THERAPY_IDS } from '../../src/content/therapy-ids.js';
import { captureConsole, shadowText } from './helpers.js';

describe('<net-therapy-card>', () => {
  it('renders the somatostatin analogues card with its key facts, sources and dates', async () => {
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="somatostatin-analogues"></net-therapy-card>`,
    );
    const text = shadowText(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Somatostatin analogs');
    expect(text).to.include('Octreotide');
    expect(text).to.include('Somatuline Depot');
    expect(text).to.include('Gallstones');
    expect(text).to.include('Sources');
    expect(text).to.match(/Last reviewed: November 23, 2026/);
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('en-US');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, with inner headings one level below', async () => {
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="somatostatin-analogues" heading-level="4"></net-therapy-card>`,
    );
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('h5').length).to.be.greaterThan(1);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
  });

  it('shows a clear message for an unknown therapy and names the valid ids once', async () => {
    const { warnings } = captureConsole();
    const el = await fixture<NetTherapyCard>(
      html`<net-therapy-card therapy="&lt;img src=x onerror=alert(1)&gt;"></net-therapy-card>`,
    );
    await fixture(html`<net-therapy-card therapy="&lt;img src=x onerror=alert(1)&gt;"></net-therapy-card>`);
    expect(el.getAttribute('therapy')).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(el)).to.include('We do not have information about this treatment');
    const relevant = warnings.filter((w) => w.includes('onerror'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.include(THERAPY_IDS.join(', '));
    await expect(el).to.be.accessible();
  });

  it('re-renders when the therapy attribute changes', async () => {
    const el = await fixture<NetTherapyCard>(html`<net-therapy-card></net-therapy-card>`);
    expect(shadowText(el)).to.include('No treatment was chosen');
    el.setAttribute('therapy', 'somatostatin-analogues');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Somatostatin analogs');
  });
});
