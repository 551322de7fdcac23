/**
 * `net-treatment-widgets/ssr`: the widgets rendered on the server (Node 20+), with Lit's own
 * server renderer (`@lit-labs/ssr`), to declarative shadow DOM that a browser shows before, and
 * without, any JavaScript. `dist/net-widgets.js` hydrates what this renders (hydrate-support.ts).
 *
 * The host's markup is parsed with parse5 (the HTML parser Lit SSR itself uses), never searched
 * as text: each widget element found in the tree gets its rendered `<template shadowrootmode>` as
 * first child, and the tree is serialized back. Everything else is kept as parsed.
 */
import { LitElementRenderer, html as serverHtml, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeStatic, withStatic } from 'lit/static-html.js';
import {
  defaultTreeAdapter,
  parse,
  parseFragment,
  serialize,
  serializeOuter,
  type DefaultTreeAdapterMap,
} from 'parse5';
import { asciiHtml } from './ascii.js';
import { NetElement } from '../base/net-element.js';
import { setLocale, withLocale } from '../i18n/locale.js';
import { allTherapies } from '../content/index.js';
import type { Locale } from '../i18n/locales.js';
import { negotiateFirst } from '../i18n/negotiate.js';
// Defines every element of the package (and nothing on `window`: there is none in Node).
import '../index.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

export interface RenderOptions {
  /** Any language tag; negotiated like the page's `<html lang>` (`fr-FR` → fr-CA, `en-AU` → en-GB). */
  locale: string;
}

/** The host attributes of the widget being rendered (set by renderWidget, read once below). */
let hostAttributes: ReadonlyArray<{ name: string; value: string }> = [];

/**
 * Lit's element renderer, given the host's attributes as the browser would give them: through
 * `setAttribute`, as data (an attribute value is never parsed as markup, here as in the browser).
 */
class HostAttributesRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    const attributes = hostAttributes;
    hostAttributes = [];
    for (const { name, value } of attributes) this.setAttribute(name, value);
  }
}

// Lit's static-html wrapper around Lit SSR's server-only `html` (typed for lit-html's own tags).
const staticHtml = withStatic(serverHtml as Parameters<typeof withStatic>[0]);

/**
 * A widget tag of this package, defined in Lit SSR's registry by the import above. A `net-` tag
 * defined by another copy of the widgets (the browser entry imported into the same process) would
 * render in that copy's locale: that is an error, said out loud.
 */
function isWidget(node: Element): boolean {
  if (!node.tagName.startsWith('net-')) return false;
  const ctor = customElements.get(node.tagName);
  if (!ctor) return false;
  if (ctor.prototype instanceof NetElement) return true;
  // The host's own `net-` element: left as it is.
  if (!('renderContent' in ctor.prototype)) return false;
  throw new Error(
    `renderWidgets: <${node.tagName}> is defined by another copy of the widgets in this process; ` +
      `import only 'net-treatment-widgets/ssr' on the server.`,
  );
}

/**
 * Lit SSR's render of one widget: a server-only template (no hydration markers of its own around
 * the host element) whose only custom element is the widget; its shadow root is hydratable.
 */
function renderShadowRoot(node: Element): Template {
  hostAttributes = node.attrs.map(({ name, value }) => ({ name, value }));
  // Safe as a static: only a tag this package defined gets here (isWidget).
  const tag = unsafeStatic(node.tagName);
  const rendered = collectResultSync(
    render(staticHtml`<${tag}></${tag}>`, { elementRenderers: [HostAttributesRenderer] }),
  );
  const host = parseFragment(rendered).childNodes.find(
    (child): child is Element => defaultTreeAdapter.isElementNode(child) && child.tagName === node.tagName,
  );
  const template = host?.childNodes.find(
    (child): child is Template => defaultTreeAdapter.isElementNode(child) && child.tagName === 'template',
  );
  if (!template) throw new Error(`@lit-labs/ssr rendered no shadow root for <${node.tagName}>`);
  fixBooleanProperties(defaultTreeAdapter.getTemplateContent(template));
  // Only the standard attribute: Lit also writes the pre-standard `shadowroot`, which no current
  // browser reads.
  template.attrs = template.attrs.filter((attr) => attr.name !== 'shadowroot');
  return template;
}

/**
 * Boolean properties that Lit SSR reflects to an attribute when they are bound as a property
 * (`.checked=${false}` on an `<input>`). It writes `checked="false"`, which HTML reads as checked:
 * every checklist box would come ticked. Here a false one loses its attribute and a true one keeps
 * it, as HTML means it. Only attributes Lit wrote are seen: this runs on the shadow root alone.
 */
const BOOLEAN_PROPERTIES = new Set(['checked', 'selected', 'disabled', 'hidden', 'open', 'required', 'multiple']);

function fixBooleanProperties(parent: ParentNode): void {
  for (const child of parent.childNodes) {
    if (!defaultTreeAdapter.isElementNode(child)) continue;
    child.attrs = child.attrs
      .filter((attr) => !(BOOLEAN_PROPERTIES.has(attr.name) && (attr.value === 'false' || attr.value === 'undefined')))
      .map((attr) => (BOOLEAN_PROPERTIES.has(attr.name) && attr.value === 'true' ? { ...attr, value: '' } : attr));
    fixBooleanProperties(
      child.tagName === 'template' ? defaultTreeAdapter.getTemplateContent(child as Template) : child,
    );
  }
}

/** A `<template shadowrootmode>` child: a declarative shadow root already there (a second render). */
function isShadowRootTemplate(node: DefaultTreeAdapterMap['childNode']): boolean {
  return (
    defaultTreeAdapter.isElementNode(node) &&
    node.tagName === 'template' &&
    node.attrs.some((attr) => attr.name === 'shadowrootmode' || attr.name === 'shadowroot')
  );
}

/**
 * Render every widget under `parent`. Each shadow root goes into the tree as a placeholder comment
 * (`shadowRoots` holds its HTML, made ASCII by asciiHtml): serialize() would escape the character
 * references of an ASCII shadow root a second time.
 */
function renderTree(parent: ParentNode, shadowRoots: string[], mark: string): void {
  for (const child of [...parent.childNodes]) {
    if (!defaultTreeAdapter.isElementNode(child)) continue;
    // Widgets inside other widgets (slotted content) and inside templates are rendered too.
    if (child.tagName === 'template') {
      renderTree(defaultTreeAdapter.getTemplateContent(child as Template), shadowRoots, mark);
    }
    renderTree(child, shadowRoots, mark);
    if (!isWidget(child)) continue;
    for (const old of child.childNodes.filter(isShadowRootTemplate)) defaultTreeAdapter.detachNode(old);
    shadowRoots.push(asciiHtml(serializeOuter(renderShadowRoot(child))));
    const placeholder = defaultTreeAdapter.createCommentNode(`${mark}${shadowRoots.length - 1}`);
    defaultTreeAdapter.insertBefore(child, placeholder, child.childNodes[0]);
    placeholder.parentNode = child;
  }
}

/** The tree serialized, each placeholder replaced by its shadow root. */
function serializeWithShadowRoots(tree: ParentNode): string {
  // A mark the host's own comments cannot already hold.
  const mark = `net-widgets-shadow-root-${Math.random().toString(36).slice(2)}-`;
  const shadowRoots: string[] = [];
  renderTree(tree, shadowRoots, mark);
  return serialize(tree).replace(new RegExp(`<!--${mark}(\\d+)-->`, 'g'), (_, i: string) => shadowRoots[Number(i)]);
}

/** A whole page (`<!doctype …>` or `<html …>` first) is parsed as a document, anything else as a fragment. */
function isDocument(markup: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html[\s>])/i.test(markup);
}

/**
 * The host's markup with each widget server-rendered: `markup` is HTML as a host writes it
 * (`<net-therapy-card therapy="prrt"></net-therapy-card>`, several widgets, any attributes,
 * inside any other HTML, or a whole page); the result is the same HTML with each widget's
 * declarative shadow root (`<template shadowrootmode="open">`, its `<style>` and content, `lang`
 * on the content) as the widget's first child, in ASCII (character references; see ascii.ts), so
 * it reads right on a page in any encoding. No script is added. A missing or unknown therapy
 * renders the widget's own notice. `options.locale` is negotiated like `<html lang>`.
 *
 * The render is synchronous inside (the widgets' locale is a module-wide setting, so two renders
 * never interleave); the Promise leaves room for asynchronous rendering later.
 */
export function renderWidgets(markup: string, options: RenderOptions): Promise<string> {
  try {
    return Promise.resolve(renderWidgetsSync(markup, options));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The same as renderWidgets, returning the string itself (for build steps that cannot await). */
export function renderWidgetsSync(markup: string, options: RenderOptions): string {
  if (typeof markup !== 'string') throw new TypeError('renderWidgets: markup must be a string of HTML');
  const locale: Locale = negotiateFirst([options?.locale]);
  setLocale(locale);
  return serializeWithShadowRoots(isDocument(markup) ? parse(markup) : parseFragment(markup));
}

/**
 * Every therapy's name as a reader sees it in `locale` (negotiated like `<html lang>`), by id, in
 * the README's order: for a host's own picker (a CMS block's select, the demo's).
 */
export function therapyNames(locale: string): Record<string, string> {
  const negotiated = negotiateFirst([locale]);
  return withLocale(negotiated, () => Object.fromEntries(allTherapies().map((t) => [t.id, t.text().name])));
}
