import { warn } from './log.js';

/**
 * Register a custom element without ever throwing on a shared page.
 * - Same class already registered (the bundle ran twice): nothing to do.
 * - Tag taken by something else (the host, another library): skip it and say so once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
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
