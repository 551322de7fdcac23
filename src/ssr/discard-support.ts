/**
 * What the single-locale bundles (dist/net-widgets.<locale>.js) ship instead of hydrate-support.ts
 * (scripts/rollup/single-locale.mjs swaps the module): no hydration, which would cost them about
 * 2 KB gzip, but never a second copy of the content either. A server-rendered widget's
 * declarative shadow root is emptied and rendered into afresh (without this, Lit would render
 * beside the server's markup). The global is a bundle variable here too.
 */
import type { Widget } from './hydrate-types.js';

globalThis.litElementHydrateSupport = ({ LitElement }) => {
  const create = LitElement.prototype.createRenderRoot;
  LitElement.prototype.createRenderRoot = function (this: Widget) {
    this.shadowRoot?.replaceChildren();
    return create.call(this);
  };
};

export {};
