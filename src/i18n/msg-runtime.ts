/**
 * How msg() finds its text: @lit/localize's own lookup, with two additions of this project.
 * - The locale is asked on every call (the "reentrant" idea): the translations are in memory,
 *   so the first render is already in the right locale, and one page can hold widgets in
 *   several locales (each widget renders inside its own locale, see locale.ts `withLocale`).
 * - For en-GB and en-CA, a message whose translation the build dropped because the spelling rules
 *   reproduce it (regional-spelling.ts) is the source text, respelled.
 *
 * Single-locale builds compile every msg() away and replace this module with a no-op
 * (rollup.config.mjs), so none of this ships there.
 */
import type { MsgFn } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { Locale } from './locales.js';
import { hasSpellingRules, respell } from './regional-spelling.js';
import { translations } from './translations.js';

export function installMsg(getLocale: () => Locale): void {
  const impl = (template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) => {
    const locale = getLocale();
    const templates = translations[locale]?.templates;
    const id = options?.id;
    if (templates && id !== undefined && !templates[id] && hasSpellingRules(locale)) {
      const text = runtimeMsg(undefined, template, options);
      return typeof text === 'string' ? respell(locale, text) : text;
    }
    return runtimeMsg(templates, template, options);
  };
  _installMsgImplementation(impl as MsgFn);
}
