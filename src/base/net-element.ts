import { LitElement, html, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { localeFor, onLocaleChange, withLocale } from '../i18n/locale.js';
import type { Locale } from '../i18n/locales.js';
import { clampLevel } from './heading.js';
import { expandDetailsWhenPrinting } from './print.js';
import { error, warnOnce } from '../log.js';

/**
 * What every NET widget shares: the `heading-level` attribute, its own locale (`lang` on it or on a
 * section around it, else the page's; it re-renders when either changes), and an error boundary,
 * so that one failing widget shows a message instead of throwing into the host page or stopping
 * the other widgets.
 *
 * The rules of a render, which every element keeps:
 * - The locale is a value: render() asks for it once and hands it to renderContent(locale), which
 *   passes it to every helper that formats or chooses text (dates, lists, sources). Only msg()
 *   reads it as ambient state (@lit/localize's API has no locale parameter): withLocale() in
 *   src/i18n/locale.ts sets it around the render, so every msg() call must run synchronously
 *   inside render. Async directives (until, asyncReplace, asyncAppend) would run after it, in the
 *   page's locale: eslint.config.mjs forbids them in src/.
 * - Derived state (the validated heading level, a therapy looked up from its id, the parsed
 *   `therapies`) is computed in willUpdate() when its input changes; console warnings about bad
 *   input are sent there, once, and render() only reads fields.
 *
 * The theming tokens below (defined in base/styles.ts) are inherited by every element's entry in
 * the Custom Elements Manifest; test/package/manifest.test.mjs fails when one is undocumented.
 * @attr lang - The widget's language, as on any HTML element: `lang` on the widget or on a section around it (below `<html>`) picks its locale, most specific first. Optional.
 * @cssprop [--net-font-family=inherit] - Font of the widget (inherits the host page's font by default).
 * @cssprop [--net-font-size=clamp(15px, 1em, max(28px, 1.75rem))] - Base text size (the host body size, kept between 15 and 28 px); everything inside is sized in `em` from it.
 * @cssprop --net-color-text - Body text colour.
 * @cssprop --net-color-muted - Secondary text (labels, review dates).
 * @cssprop --net-color-surface - Background of the widget's boxes.
 * @cssprop --net-color-surface-alt - Background of quiet panels (quick facts, notices).
 * @cssprop --net-color-border - Borders and dividers.
 * @cssprop --net-color-accent - Links, expandable summaries, badges, buttons.
 * @cssprop --net-color-accent-contrast - Text on an accent background.
 * @cssprop --net-color-urgent - Text and borders of "contact your care team now" advice.
 * @cssprop --net-color-urgent-surface - Background of urgent advice.
 * @cssprop --net-color-focus - Keyboard focus ring.
 * @cssprop [--net-radius=0.5em] - Corner radius of boxes.
 * @cssprop [--net-space=1em] - Base spacing unit.
 * @cssprop [--net-color-scheme=light dark] - `light`, `dark` or `light dark` (follow the reader's setting).
 */
export abstract class NetElement extends LitElement {
  // `static properties` and `declare` fields, not decorators: no compiler of this code (tsc, rollup,
  // web-test-runner's esbuild, the SSR build) then needs a decorator setting that must agree with
  // the others; without one, esbuild passes decorators through and the test module fails to parse.
  static override properties: PropertyDeclarations = {
    headingLevel: {
      attribute: 'heading-level',
      // An empty or blank attribute is "not set" (level 2), not Number('') === 0 (level 1).
      converter: (value: string | null) => (value === null || value.trim() === '' ? null : Number(value)),
    },
  };

  /** Level (1–6) of the widget's top heading; inner headings sit one level below. Default 2. */
  declare headingLevel: number | null;

  /** The validated top heading level (willUpdate); `level + 1` for the headings inside. */
  protected level = 2;

  private unsubscribeLocale?: () => void;
  /** The locale of the last render, to skip re-rendering when a language signal did not change it. */
  private renderedLocale?: Locale;
  private stopPrintWatch?: () => void;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /**
   * The host's own content (`slot="contact"`: "Call the NET nurse line on …"), labelled as coming
   * from the reader's care team and kept apart from the sourced content. Nothing shows while the
   * slot is empty. It is part of the widget, so it prints with it.
   */
  protected renderContact(): TemplateResult {
    return html`<div class="contact" part="contact" ?hidden=${!this.hasContact}>
      <p class="contact-label">${contactLabel()}</p>
      ${this.renderContactSlot()}
    </div>`;
  }

  /** The `contact` slot alone, for a widget that labels it itself (the comparison's row header). */
  protected renderContactSlot(): TemplateResult {
    return html`<slot name="contact" @slotchange=${this.onContactChange}></slot>`;
  }

  /**
   * Whether the host put its own line in `slot="contact"`. Read from the light DOM at every render
   * (a slot change asks for one), so it is known before the first render (a filled slot never
   * flashes hidden) and never stale, even when the slot itself was not rendered at the time (an
   * unknown therapy) and the host's line came or went meanwhile. A slot passed on from a host
   * component counts only when something is assigned to it.
   */
  protected get hasContact(): boolean {
    // On the server (Lit SSR's DOM shim) an element has no children to read: the host's line is
    // light DOM the browser slots in, and the first update after hydration shows its label.
    if (!this.children) return false;
    return [...this.children].some(
      (child) =>
        child.slot === 'contact' &&
        (!(child instanceof HTMLSlotElement) || child.assignedNodes({ flatten: true }).some(isContent)),
    );
  }

  private onContactChange = (): void => {
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = this.validLevel();
  }

  private validLevel(): number {
    const raw = this.headingLevel;
    if (raw === null || raw === undefined) return 2;
    const level = clampLevel(raw, 2);
    if (level !== raw) {
      warnOnce(
        `heading-level="${String(this.getAttribute('heading-level') ?? raw).slice(0, 20)}" ` +
          `on <${this.localName}> is not 1–6; using ${level}.`,
      );
    }
    return level;
  }

  /**
   * The locale this widget would render in now, asked afresh: for hydration (src/ssr/), which
   * compares it with the server's render before the first render. A render uses the locale it is
   * given (renderContent).
   */
  get locale(): Locale {
    return localeFor(this);
  }

  // `lang` is HTML's own attribute, not a Lit property: watch it on the element itself too (a
  // widget inside a shadow root is out of reach of the document-wide observer in locale.ts).
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.localeMayHaveChanged();
  }

  private localeMayHaveChanged(): void {
    if (this.renderedLocale !== undefined && localeFor(this) !== this.renderedLocale) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeLocale = onLocaleChange(() => this.localeMayHaveChanged());
    // Moved into another section of the page: its language may differ.
    this.localeMayHaveChanged();
    this.stopPrintWatch = expandDetailsWhenPrinting(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLocale?.();
    this.unsubscribeLocale = undefined;
    this.stopPrintWatch?.();
    this.stopPrintWatch = undefined;
  }

  /** The element's own content, in `locale` (put it on the element that holds the content as `lang`). */
  protected abstract renderContent(locale: Locale): TemplateResult;

  protected override render(): TemplateResult {
    const locale = localeFor(this);
    this.renderedLocale = locale;
    return withLocale(locale, () => {
      try {
        return this.renderContent(locale);
      } catch (reason) {
        return this.failed(reason, locale);
      }
    });
  }

  /**
   * The error boundary around a whole update: derived state (willUpdate, a host's value whose
   * toString throws), the controllers, the render and its commit. Whatever throws, the widget shows
   * the notice instead of half a render, and nothing reaches the host page; the next good value
   * renders again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (reason) {
      try {
        const locale = this.renderedLocale ?? localeFor(this);
        render(
          withLocale(locale, () => this.failed(reason, locale)),
          this.renderRoot,
        );
      } catch {
        /* nothing more we can safely do; never throw into the host page */
      }
    }
  }

  private failed(reason: unknown, locale: Locale): TemplateResult {
    // A host page whose console throws still gets the notice below (log.ts).
    error(`<${this.localName}> could not render:`, reason);
    return this.renderNotice(
      msg('This information could not be shown. Please ask your care team.', {
        id: 'common.renderError',
      }),
      locale,
    );
  }

  /** A short message in place of the content (unknown therapy, render failure). */
  protected renderNotice(message: string, locale: Locale): TemplateResult {
    return html`<div class="notice" part="notice" role="status" lang=${locale}>
      <p>${message}</p>
    </div>`;
  }
}

/** "From your care team": the label over the host's own contact line. */
export function contactLabel(): string {
  return msg('From your care team', { id: 'contact.label' });
}

/** A slotted node that shows something: an element, or text that is not only white space. */
function isContent(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '';
}
