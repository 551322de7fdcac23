/**
 * Types shared by hydrate-support.ts and discard-support.ts: what they use of a LitElement (its
 * private fields stay untouched), and the global through which Lit asks for hydration support.
 */
export interface Widget extends HTMLElement {
  render(): unknown;
  readonly renderRoot: HTMLElement | DocumentFragment;
  renderOptions: { renderBefore?: ChildNode | null };
  /** NetElement's locale getter: the locale this widget renders in. */
  readonly locale?: string;
}

export interface WidgetClass {
  readonly prototype: {
    createRenderRoot: (this: Widget) => HTMLElement | DocumentFragment;
    update: (this: Widget, changed: unknown) => void;
    scheduleUpdate: (this: Widget) => void | Promise<unknown>;
  };
  readonly elementStyles?: import('@lit/reactive-element/css-tag.js').CSSResultOrNative[];
}

export type HydrateSupport = (options: { LitElement: WidgetClass }) => void;

declare global {
  // The name Lit reads when it loads (a variable of the bundle in the build, rollup.config.mjs).
  var litElementHydrateSupport: HydrateSupport | undefined;
}
