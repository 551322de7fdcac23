import { LitElement, html, render, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { getLocale, onLocaleChange } from '../i18n/locale.js';
import type { Locale } from '../i18n/negotiate.js';
import { clampLevel } from './heading.js';
import { expandDetailsWhenPrinting } from './print.js';
import { warnOnce } from './warn.js';

/**
 * What every NET widget shares: the `heading-level` attribute, re-rendering when the locale
 * changes, and an error boundary, so that one failing widget shows a message instead of
 * throwing into the host page or stopping the other widgets.
 */
export abstract class NetElement extends LitElement {
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level (1–6) of the widget's top heading; inner headings sit one level below. Default 2. */
  declare headingLevel: number | null;

  private unsubscribeLocale?: () => void;
  private stopPrintWatch?: () => void;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** The validated top heading level. */
  protected get level(): number {
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

  /** The locale the content renders in; put it on the element that holds the content as `lang`. */
  protected get locale(): Locale {
    return getLocale();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribeLocale = onLocaleChange(() => this.requestUpdate());
    this.stopPrintWatch = expandDetailsWhenPrinting(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLocale?.();
    this.unsubscribeLocale = undefined;
    this.stopPrintWatch?.();
    this.stopPrintWatch = undefined;
  }

  /** The element's own content. */
  protected abstract renderContent(): TemplateResult;

  protected override render(): TemplateResult {
    try {
      return this.renderContent();
    } catch (error) {
      return this.failed(error);
    }
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      // The template itself failed to commit: replace whatever is half-drawn with the notice.
      try {
        render(this.failed(error), this.renderRoot);
      } catch {
        /* nothing more we can safely do; never throw into the host page */
      }
    }
  }

  private failed(error: unknown): TemplateResult {
    console.error(`[net-widgets] <${this.localName}> could not render:`, error);
    return this.renderNotice(
      msg('This information could not be shown. Please ask your care team.', {
        id: 'common.renderError',
      }),
    );
  }

  /** A short message in place of the content (unknown therapy, render failure). */
  protected renderNotice(message: string): TemplateResult {
    return html`<div class="notice" part="notice" role="status" lang=${this.locale}>
      <p>${message}</p>
    </div>`;
  }
}
