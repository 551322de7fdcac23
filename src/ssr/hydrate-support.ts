/**
 * Hydration of server-rendered widgets (src/ssr/index.ts, dist/static/) by the one-file bundle.
 * src/bundle.ts imports this module first, before Lit: `@lit-labs/ssr-client`'s support then
 * patches the bundle's own LitElement as it loads, so that a widget whose declarative shadow root
 * is already on the page hydrates it (keeps its DOM, binds its parts) instead of rendering again.
 *
 * Four additions to Lit's support, for pages the server and the script do not quite agree on:
 * - Locale: the server rendered one locale (the `lang` on the content), the page asks for another
 *   (`<html lang="fr-CA">` over an en-US fragment). Hydrating would keep the server's words, so the
 *   shadow root is emptied and rendered afresh in the page's locale.
 * - Any other mismatch Lit detects while hydrating (markup from another version of the widgets, a
 *   therapy changed by a script before this one ran) throws inside Lit; the widget is then
 *   rendered afresh, with a console warning, instead of showing the error notice.
 * - Styles: Lit's support keeps the server's `<style>` elements and adopts nothing. Here the
 *   element's constructable stylesheets are adopted (a strict CSP allows them without hashes) and
 *   the `<style>` elements removed, so a hydrated widget's shadow root is exactly a client-rendered
 *   one, styled even where the page's CSP blocked the inline `<style>`.
 * - Timing: a widget hydrates after the page's first paint (at once when the page has painted
 *   already), so the server's render shows as early as a static page would; a locale mismatch is
 *   rendered at once, before that paint, so the wrong locale never shows if it can be helped.
 *
 * The bundle never publishes `litElementHydrateSupport` on the page: rollup.config.mjs turns that
 * global into a variable of the bundle (a host's own Lit neither sees nor is changed by it).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// Only modules that do not load LitElement: it must load after the support is in place.
import { render } from 'lit/html.js';
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import { warnOnce } from '../log.js';
import type { Widget, WidgetClass } from './hydrate-types.js';

/** Widgets that are hydrating their server-rendered shadow root on their first update. */
const hydrating = new WeakSet<Widget>();

/** The server's render fits this page: same locale on the content as the widget would render. */
function fitsPage(widget: Widget, root: ShadowRoot): boolean {
  const served = root.querySelector('[lang]')?.getAttribute('lang');
  return !served || widget.locale === undefined || served === widget.locale;
}

/** Remove the server's render (and any half-bound parts), so Lit renders into an empty root. */
function discard(root: ShadowRoot): void {
  root.replaceChildren();
  Reflect.deleteProperty(root, '_$litPart$');
}

/** Whether the page has painted its first content (Paint Timing; false where unsupported). */
function painted(): boolean {
  try {
    return performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint');
  } catch {
    return false;
  }
}

let firstPaint: Promise<void> | undefined;

/**
 * Settles just after the next frame is painted (a task posted from requestAnimationFrame), or
 * after 100 ms at most (no frames in a background tab).
 */
function afterFirstPaint(): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const done = () => resolve();
    setTimeout(done, 100);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(0);
    });
  });
  return firstPaint;
}

/**
 * `create` is LitElement's own createRenderRoot (attach a shadow root, adopt the styles), captured
 * before Lit's support replaced it with one that marks every server-rendered root for hydration.
 */
function extend(LitElement: WidgetClass, create: WidgetClass['prototype']['createRenderRoot']): void {
  const { createRenderRoot: hydrateOrCreate, update: hydrateOrRender, scheduleUpdate: schedule } = LitElement.prototype;

  LitElement.prototype.createRenderRoot = function (this: Widget) {
    const root = this.shadowRoot;
    if (!root) return hydrateOrCreate.call(this);
    if (!fitsPage(this, root)) {
      // Emptied, the declarative root is rendered into as a new one would be (styles adopted).
      discard(root);
      return create.call(this);
    }
    hydrating.add(this);
    return hydrateOrCreate.call(this);
  };

  // Hydration waits for the page's first paint: the server's render is already right, so the
  // reader sees it as soon as the static page would show it; the script's work comes after.
  LitElement.prototype.scheduleUpdate = function (this: Widget) {
    return hydrating.has(this) && !painted() ? afterFirstPaint().then(() => schedule.call(this)) : schedule.call(this);
  };

  LitElement.prototype.update = function (this: Widget, changed: unknown) {
    if (!hydrating.delete(this)) {
      hydrateOrRender.call(this, changed);
      return;
    }
    const root = this.renderRoot as ShadowRoot;
    adoptStyles(root, (this.constructor as WidgetClass).elementStyles ?? []);
    for (const child of [...root.children]) if (child.localName === 'style') child.remove();
    try {
      hydrateOrRender.call(this, changed);
    } catch (reason) {
      warnOnce(
        `<${this.localName}> was server-rendered by another version or with other attributes; rendered afresh. ` +
          `(${String((reason as Error)?.message ?? reason).slice(0, 120)})`,
      );
      discard(root);
      render(this.render(), root, this.renderOptions);
    }
  };
}

const litSupport = globalThis.litElementHydrateSupport;
globalThis.litElementHydrateSupport = (options) => {
  const create = options.LitElement.prototype.createRenderRoot;
  litSupport?.(options);
  extend(options.LitElement, create);
};
