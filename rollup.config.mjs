// Builds (1) dist/net-widgets.js, the one-file classic script with every element, locale and all
// content, with its versioned copy and SRI hash; (2) one classic script per locale; (3) the ES
// modules for npm users; (4) net-treatment-widgets/ssr for Node. The plugins live in scripts/rollup/.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';
import { asciiOnly } from './scripts/rollup/ascii-only.mjs';
import { readCatalogue } from './scripts/rollup/catalogue.mjs';
import { intro, outro } from './scripts/rollup/guard.mjs';
import { inlineMessages } from './scripts/rollup/inline-messages.mjs';
import { bundleLocalHydrateSupport, dropLitVersionGlobals } from './scripts/rollup/lit-rewrites.mjs';
import { minifyCode, minifyTemplates } from './scripts/rollup/minify.mjs';
import { pinned } from './scripts/rollup/pinned.mjs';
import { dropSourceFields, shortMessageIds, shortSourceIds } from './scripts/rollup/short-ids.mjs';
import { singleLocale } from './scripts/rollup/single-locale.mjs';
import { parseXliff } from './scripts/locales/rules.mjs';
import { LOCALES, SOURCE_LOCALE, TAGS } from './scripts/lib/project.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! net-treatment-widgets v${version} | MIT | no network requests, no cookies, no tracking */`;
const versioned = () =>
  replace({ preventAssignment: true, values: { __NET_WIDGETS_VERSION__: JSON.stringify(version) } });

/** Every message id: the XLIFF files list them all (lit-localize extract keeps them current). */
const MESSAGE_IDS = parseXliff(readFileSync(new URL(`./locales/${LOCALES[1]}.xlf`, import.meta.url), 'utf8')).units.map(
  (u) => u.id,
);

/** What every browser build shares: Lit's production build (never "development"), TypeScript. */
const browser = () => [
  dropLitVersionGlobals(),
  versioned(),
  resolve({ exportConditions: ['browser', 'production', 'default'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  dropSourceFields(),
];

/** A one-file classic script: the guard around it, minified, ASCII only. */
const classic = (file, bannerText) => ({
  file,
  format: 'iife',
  banner: bannerText,
  intro: intro(version),
  outro,
  inlineDynamicImports: true,
  plugins: [minifyCode(), asciiOnly()],
});

export default async () => {
  const { sourceIds, content } = await readCatalogue();
  return [
    {
      input: 'src/bundle.ts',
      output: classic('dist/net-widgets.js', banner),
      plugins: [
        bundleLocalHydrateSupport(),
        ...browser(),
        shortMessageIds(MESSAGE_IDS),
        shortSourceIds(sourceIds),
        minifyTemplates(),
        pinned({ version, content }),
      ],
    },
    ...LOCALES.map((locale) => ({
      input: 'src/bundle.ts',
      output: classic(`dist/net-widgets.${locale}.js`, banner.replace('*/', `| ${locale} only */`)),
      plugins: [
        singleLocale(locale),
        bundleLocalHydrateSupport(),
        ...browser(),
        shortSourceIds(sourceIds),
        inlineMessages(locale, {
          sourceLocale: SOURCE_LOCALE,
          catalogueFile: new URL(`./src/generated/locales/${locale}.ts`, import.meta.url).pathname,
        }),
        minifyTemplates(),
      ],
    })),
    {
      // The package entry and one module per element (src/net-<tag>.ts); package.json "exports"
      // names each (test/package/manifest.test.mjs checks that the two agree). lit and
      // @lit/localize stay imports, so an app with Lit ships one copy.
      input: { index: 'src/index.ts', ...Object.fromEntries(TAGS.map((tag) => [tag, `src/${tag}.ts`])) },
      output: {
        dir: 'dist/esm',
        format: 'es',
        banner,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        sourcemap: true,
        plugins: [asciiOnly()],
      },
      external: [/^lit($|\/)/, /^@lit\//],
      plugins: [
        // Chunk names carry a hash: without a clean, stale chunks of earlier builds would be packed.
        { name: 'net-widgets-clean-esm', buildStart: () => rm('dist/esm', { recursive: true, force: true }) },
        ...browser(),
      ],
    },
    {
      // net-treatment-widgets/ssr, for Node: src/ssr/index.ts and its own copy of the elements. The
      // templates are minified exactly as in dist/net-widgets.js, so what it renders is what the
      // bundle hydrates (Lit matches templates by a digest of their strings) and its <style> text is
      // what dist/static/csp-hashes.json hashes. lit, @lit/localize and @lit-labs/ssr stay imports
      // (one Lit for Lit SSR and the elements it renders); parse5 is bundled, so the server needs no
      // package beyond the optional peer @lit-labs/ssr.
      input: 'src/ssr/index.ts',
      output: { file: 'dist/ssr/index.js', format: 'es', banner, plugins: [asciiOnly()] },
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
      plugins: [
        versioned(),
        resolve({ exportConditions: ['node', 'import', 'default'], preferBuiltins: true }),
        esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }),
        minifyTemplates(),
      ],
    },
  ];
};
