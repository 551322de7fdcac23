import { warn } from '../log.js';

/** An element class that names its own tag (`static readonly tagName`): the tag's one owner. */
export type TaggedElement = CustomElementConstructor & { readonly tagName: string };

/**
 * Register a custom element under its own `tagName`, without ever throwing on a shared page.
 * - Same class already registered (the bundle ran twice): nothing to do.
 * - Tag taken by something else (the host, another library): skip it and say so once.
 */
export function defineElement(ctor: TaggedElement): boolean {
  const tag = ctor.tagName;
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tag);
  if (existing === ctor) return true;
  if (existing) {
    warn(`<${tag}> is already defined on this page by another script; net-widgets left it alone.`);
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (reason) {
    warn(`could not define <${tag}>:`, reason);
    return false;
  }
}
