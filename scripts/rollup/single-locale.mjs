// The single-locale files (dist/net-widgets.<locale>.js) for hosts that serve one audience: every
// msg() call is compiled to that locale's text (inline-messages.mjs) and three modules of src/ are
// swapped for what a one-locale file needs. Each swap fails the build when the module it replaces
// is never loaded (a rename would otherwise turn it off in silence: code review 2, W2-23).
import { fileURLToPath } from 'node:url';

const src = (path) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export function singleLocale(locale) {
  const swaps = new Map([
    // No translation catalogue: the file speaks its one locale, whatever the page says.
    [
      src('i18n/translations.ts'),
      `export const translations = {};\nexport const PINNED_LOCALE = ${JSON.stringify(locale)};\n`,
    ],
    // With every msg() compiled away, @lit/localize's runtime has nothing left to do.
    [src('i18n/msg-runtime.ts'), 'export const installMsg = () => {};\n'],
  ]);
  const hydrateSupport = src('ssr/hydrate-support.ts');
  const discardSupport = src('ssr/discard-support.ts');
  let seen;
  return {
    name: 'net-widgets-single-locale',
    buildStart() {
      seen = new Set();
    },
    // No hydration in these files (src/ssr/discard-support.ts says why): server-rendered widgets
    // are rendered afresh.
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (resolved?.id !== hydrateSupport) return null;
      seen.add(hydrateSupport);
      return discardSupport;
    },
    load(id) {
      if (!swaps.has(id)) return null;
      seen.add(id);
      return swaps.get(id);
    },
    buildEnd(error) {
      if (error) return;
      for (const id of [...swaps.keys(), hydrateSupport]) {
        if (!seen.has(id)) this.error(`single-locale build: ${id} was never loaded, so it was not swapped`);
      }
    },
  };
}
