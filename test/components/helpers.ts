import { sendKeys } from '@web/test-runner-commands';
import { getTherapy } from '../../src/content/index.js';
import type { SideEffectsText, TherapyText } from '../../src/content/types.js';

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
 * - `pressChord(modifier, key)`: Shift+Tab and the like, in every engine's driver.
 * - `skipWithout(ctx, feature)`: skip a test where the browser's driver lacks `feature`, and say so.
 */

declare const __NET_TAGS__: readonly string[];

/**
 * Every element tag, from the element modules (src/net-<tag>.ts) as scripts/lib/project.mjs reads
 * them; web-test-runner.config.mjs writes the list in at build time.
 */
export const TAGS: readonly string[] = __NET_TAGS__;

/** Text with runs of whitespace collapsed to one space, trimmed (how a reader sees it). */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of an element's shadow root, normalized. */
export function shadowText(el: Element): string {
  return norm(el.shadowRoot?.textContent);
}

/** Swap one therapy's texts for the duration of `fn` (a made-up catalogue entry, put back after). */
export async function withTexts(
  id: string,
  change: { text?: (t: TherapyText) => TherapyText; sideEffects?: (t: SideEffectsText) => SideEffectsText },
  fn: () => Promise<void>,
): Promise<void> {
  const therapy = getTherapy(id)!;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- text() is an arrow function: no `this`
  const { text, sideEffects } = therapy;
  if (change.text) therapy.text = () => change.text!(text());
  if (change.sideEffects) therapy.sideEffects = { ...sideEffects, text: () => change.sideEffects!(sideEffects.text()) };
  try {
    await fn();
  } finally {
    therapy.text = text;
    therapy.sideEffects = sideEffects;
  }
}

/** Uncaught errors and rejections the window sees during `run` (what a host page would see). */
export async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // A task later: errors reported from event handlers and rejected promises have been dispatched.
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
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

/** Anything the tests render into: a widget has `updateComplete`. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Every NET widget under `root`, in document order. */
export function widgetsIn(root: ParentNode): Widget[] {
  return [...root.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('net-'));
}

/**
 * Put `markup` (a host page's fragment: several widgets, sections with `lang`, slotted lines) on the
 * page in one wrapper and wait until every widget in it has rendered. Not `fixture(<div>…)`: for
 * an element without updateComplete it waits for an animation frame, which never comes in a
 * background tab (web-test-runner runs test pages side by side). Removed after each test.
 */
export async function mount(markup: string): Promise<HTMLDivElement> {
  const wrapper = document.createElement('div');
  wrapper.className = 'test-mount';
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  await Promise.all(widgetsIn(wrapper).map((el) => el.updateComplete));
  return wrapper;
}

afterEach(() => {
  document.querySelectorAll('.test-mount').forEach((el) => el.remove());
});

export interface TextRecorder {
  /** Every text inserted into any shadow root since recording began, joined by newlines. */
  text(): string;
  /** Every `lang` value on an element inserted into a shadow root (or set on one) since then. */
  langs(): string[];
  /** Stop recording new shadow roots (the observers already attached keep recording). */
  stop(): void;
}

/**
 * Record every text ever inserted into a shadow root created from now on, from its first render:
 * a render in the wrong locale that is corrected a moment later is still caught. Shadow roots are
 * created when a widget first connects, so start recording before the widgets are put on the page.
 */
export function recordShadowText(): TextRecorder {
  const seen: string[] = [];
  const langs: string[] = [];
  const observers: MutationObserver[] = [];
  const record = (records: MutationRecord[]) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        seen.push(n.textContent ?? '');
        if (n instanceof Element) {
          for (const el of [n, ...n.querySelectorAll('[lang]')]) {
            const lang = el.getAttribute('lang');
            if (lang !== null) langs.push(lang);
          }
        }
      }
      if (r.type === 'characterData') seen.push((r.target as CharacterData).data);
      if (r.type === 'attributes' && r.attributeName === 'lang') {
        langs.push((r.target as Element).getAttribute('lang') ?? '');
      }
    }
  };
  const saved = saveProps(Element.prototype, ['attachShadow']);
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
  const attach = Element.prototype.attachShadow;
  replaceProps(Element.prototype, {
    attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attach.call(this, init);
      const observer = new MutationObserver(record);
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['lang'],
      });
      observers.push(observer);
      return root;
    },
  });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    restoreProps(Element.prototype, saved);
  };
  afterEachCleanups.push(() => {
    stop();
    observers.forEach((o) => o.disconnect());
  });
  return {
    text: () => {
      for (const o of observers) record(o.takeRecords());
      return seen.join('\n').replace(/[ \t\r\f]+/g, ' ');
    },
    langs: () => {
      for (const o of observers) record(o.takeRecords());
      return [...langs];
    },
    stop,
  };
}

const afterEachCleanups: Array<() => void> = [];
afterEach(() => {
  while (afterEachCleanups.length) afterEachCleanups.pop()!();
});

/**
 * Run `fn` with the reader's clock at `now`: `new Date()` and `Date.now()` answer `now`; a Date
 * built from arguments is a real one (so Intl and date arithmetic still work). No sinon needed.
 */
export function withClock<R>(now: Date, fn: () => R | Promise<R>): Promise<R> {
  const RealDate = Date;
  const fixed = now.getTime();
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [number]));
    }
    static override now(): number {
      return fixed;
    }
  }
  return patched(globalThis, { Date: FakeDate }, fn);
}

/**
 * The print rules of an element's shadow root that hide it: `@media print` style rules with
 * `display: none` (or `visibility: hidden`) whose selector matches `el` or one of its ancestors
 * inside that root. An empty list means print CSS leaves it on the page.
 */
export function printRulesHiding(el: Element): string[] {
  const root = el.getRootNode() as ShadowRoot;
  const sheets = [...(root.adoptedStyleSheets ?? []), ...[...root.styleSheets]];
  const chain: Element[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) chain.push(node);
  const hiding: string[] = [];
  const visit = (rules: CSSRuleList, print: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        visit(rule.cssRules, print || /\bprint\b/.test(rule.conditionText ?? rule.media.mediaText));
      } else if (print && rule instanceof CSSStyleRule) {
        const hides = rule.style.display === 'none' || rule.style.visibility === 'hidden';
        if (!hides) continue;
        // :host and ::slotted selectors never match an element inside the shadow tree.
        if (/:host|::slotted/.test(rule.selectorText)) continue;
        if (chain.some((node) => node.matches(rule.selectorText))) hiding.push(rule.cssText);
      }
    }
  };
  for (const sheet of sheets) visit(sheet.cssRules, false);
  return hiding;
}

/**
 * Press `key` with `modifier` held (pressChord('Shift', 'Tab')). Chromium and Firefox get
 * down / press / up; WebKit's WebDriver launcher takes only whole presses, so there the chord is
 * one press ('Shift+Tab', scripts/lib/wtr-webkit.mjs).
 */
export async function pressChord(modifier: string, key: string): Promise<void> {
  try {
    await sendKeys({ down: modifier });
  } catch (error) {
    if (!String(error).includes('Only "press" and "type" are supported')) throw error;
    await sendKeys({ press: `${modifier}+${key}` });
    return;
  }
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/**
 * Skip the running test because this browser's driver cannot do `feature`, naming the feature in
 * the test's title and in the browser log (a bare skip would not say what is missing).
 */
export function skipWithout(ctx: Mocha.Context, feature: string): never {
  const engine = /Firefox/.test(navigator.userAgent)
    ? 'Firefox'
    : /Chrome/.test(navigator.userAgent)
      ? 'Chromium'
      : 'WebKit';
  if (ctx.test) ctx.test.title += ` [skipped in ${engine}: no ${feature}]`;
  console.warn(`[skipped] ${ctx.test?.fullTitle() ?? `a test: no ${feature}`}`);
  ctx.skip();
}
