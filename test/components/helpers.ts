/**
 * Shared helpers for the component tests (test/components/*.test.ts).
 *
 * - `TAGS`: every element tag (the same list as the Node side's scripts/lib/project.mjs).
 * - `shadowText(el)`: the text of a widget's shadow root, whitespace collapsed and trimmed.
 * - `captureConsole()`: record (and silence) console.warn and console.error until restored; every
 *   capture a test leaves open is restored by the `afterEach` this module registers.
 * - `patched(target, replacements, fn)`: run `fn` with some of `target`'s properties replaced,
 *   then put the exact originals back (property descriptors, so no method is left bound or moved).
 * - `withBrokenStorage(kind, fn)`: run `fn` with Storage.prototype broken the two ways real
 *   browsers break it: 'throws' (every call throws a SecurityError: storage disabled, sandboxed
 *   frames, some private modes) or 'full' (reads work, every write throws QuotaExceededError).
 */

declare const __NET_TAGS__: readonly string[];

/**
 * Every element tag, from the element modules (src/net-<tag>.ts) as scripts/lib/project.mjs reads
 * them; web-test-runner.config.mjs writes the list in at build time.
 */
export const TAGS: readonly string[] = __NET_TAGS__;

/** The text of an element's shadow root, with runs of whitespace collapsed to one space, trimmed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export interface ConsoleCapture {
  /** Every console.warn call since the capture began, its arguments joined by spaces. */
  warnings: string[];
  /** Every console.error call since the capture began, its arguments joined by spaces. */
  errors: string[];
  /** Put the console back as it was (safe to call twice; afterEach calls it anyway). */
  restore: () => void;
}

const openCaptures: ConsoleCapture[] = [];

/** Save the listed own properties of `target`, to put back with `restoreProps`. */
function saveProps(target: object, keys: PropertyKey[]): Array<[PropertyKey, PropertyDescriptor | undefined]> {
  return keys.map((key) => [key, Object.getOwnPropertyDescriptor(target, key)]);
}

function restoreProps(target: object, saved: Array<[PropertyKey, PropertyDescriptor | undefined]>): void {
  for (const [key, descriptor] of saved) {
    if (descriptor) Object.defineProperty(target, key, descriptor);
    else Reflect.deleteProperty(target, key);
  }
}

function replaceProps(target: object, replacements: Record<PropertyKey, unknown>): void {
  for (const key of Reflect.ownKeys(replacements)) {
    Object.defineProperty(target, key, {
      value: replacements[key as keyof typeof replacements],
      configurable: true,
      writable: true,
    });
  }
}

/**
 * Record console.warn and console.error (nothing reaches the real console) until `restore()`,
 * or until the end of the test, whichever comes first.
 */
export function captureConsole(): ConsoleCapture {
  const saved = saveProps(console, ['warn', 'error']);
  const warnings: string[] = [];
  const errors: string[] = [];
  const join = (args: unknown[]) => args.map((a) => String(a)).join(' ');
  replaceProps(console, {
    warn: (...args: unknown[]) => void warnings.push(join(args)),
    error: (...args: unknown[]) => void errors.push(join(args)),
  });
  let restored = false;
  const capture: ConsoleCapture = {
    warnings,
    errors,
    restore: () => {
      if (restored) return;
      restored = true;
      restoreProps(console, saved);
      const at = openCaptures.indexOf(capture);
      if (at !== -1) openCaptures.splice(at, 1);
    },
  };
  openCaptures.push(capture);
  return capture;
}

// Newest first, so nested captures unwind to the console the test started with.
afterEach(() => {
  while (openCaptures.length) openCaptures[openCaptures.length - 1].restore();
});

/** Run `fn` with `replacements` in place of those properties of `target`; always put them back. */
export async function patched<T extends object, R>(
  target: T,
  replacements: Partial<Record<keyof T, unknown>>,
  fn: () => R | Promise<R>,
): Promise<R> {
  const saved = saveProps(target, Reflect.ownKeys(replacements));
  replaceProps(target, replacements);
  try {
    return await fn();
  } finally {
    restoreProps(target, saved);
  }
}

/** How storage fails: 'throws' on every call, or 'full' (reads work, writes throw). */
export type BrokenStorage = 'throws' | 'full';

/** Run `fn` with localStorage and sessionStorage (Storage.prototype) broken; always repaired after. */
export function withBrokenStorage<R>(kind: BrokenStorage, fn: () => R | Promise<R>): Promise<R> {
  const insecure = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const replacements =
    kind === 'throws'
      ? { getItem: insecure, setItem: insecure, removeItem: insecure, clear: insecure, key: insecure }
      : { setItem: quota };
  return patched(Storage.prototype, replacements, fn);
}
