// Builds (1) dist/net-widgets.js, the one-file classic script with every element, locale and all
// content; (2) a versioned copy and its SRI hash for pinning; (3) the ES modules for npm users.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {
  dropSourceFields,
  inlineMessages,
  minifyCss,
  minifyHtml,
  shortMessageIds,
  shortSourceIds,
} from './scripts/rollup-size-plugins.mjs';
import { parseXliff } from './scripts/locales/rules.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const version = pkg.version;
const banner = `/*! net-treatment-widgets v${version} | MIT | no network requests, no cookies, no tracking */`;

/**
 * Lit registers its version in three page globals (litHtmlVersions, litElementVersions,
 * reactiveElementVersions) so that its development build can warn about duplicate copies. The
 * production build never reads them, and the contract allows one global (window.NetWidgets), so
 * the one-file bundles drop those pushes. (litPropertyMetadata stays: Lit reads it at runtime.)
 */
function dropLitVersionGlobals() {
  const pattern =
    /\(\s*(\w+)\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\(\s*"[^"]*"\s*\)/g;
  return {
    name: 'net-widgets-drop-lit-version-globals',
    transform(code, id) {
      if (!/[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      const out = code.replace(pattern, 'void 0');
      return out === code ? null : { code: out, map: null };
    },
  };
}

const plugins = () => [
  dropLitVersionGlobals(),
  replace({ preventAssignment: true, values: { __NET_WIDGETS_VERSION__: JSON.stringify(version) } }),
  // Lit's production build: the default export conditions, never "development".
  resolve({ exportConditions: ['browser', 'production', 'default'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  dropSourceFields(),
];

const minify = () =>
  terser({
    ecma: 2021,
    module: false,
    compress: { passes: 2, pure_getters: true },
    format: { comments: /^!/ },
  });

/**
 * The guard runs first inside the IIFE: when a copy is already on the page, this one returns
 * before Lit loads (a second `trustedTypes.createPolicy('lit-html')` would throw under Trusted
 * Types). The same version is a silent no-op; another version warns; the first one wins.
 */
const intro = `var __nw = typeof window !== 'undefined' && window.NetWidgets;
if (__nw) {
  if (__nw.version !== ${JSON.stringify(version)}) console.warn('[net-widgets] version ' + __nw.version + ' is already on this page; this copy (${version}) does nothing.');
  return;
}
try {`;

/**
 * Whatever fails while the bundle starts (for example Trusted Types refusing a second 'lit-html'
 * policy on a page that runs its own Lit without 'allow-duplicates') becomes one warning, never
 * an uncaught exception in the host page (test/e2e/hostile-csp.test.mjs).
 */
const outro = `} catch (error) {
  try {
    console.warn('[net-widgets] could not start on this page; the widgets stay empty. ' + (error && error.message || error) +
      (typeof trustedTypes !== 'undefined' ? " If this page enforces Trusted Types and also uses Lit, allow a second 'lit-html' policy: trusted-types lit-html 'allow-duplicates'." : ''));
  } catch (_) {}
}`;

/**
 * Single-locale builds (dist/net-widgets.<locale>.js) for hosts that serve one audience: every
 * msg() call is compiled to that locale's text (inlineMessages) and src/i18n/translations.ts is
 * replaced by a module with no catalogue that pins the locale, so the file always renders in it
 * and carries its text once.
 */
const localizeConfig = JSON.parse(readFileSync(new URL('./lit-localize.json', import.meta.url), 'utf8'));
const LOCALES = [localizeConfig.sourceLocale, ...localizeConfig.targetLocales];
/** Every message id (the XLIFF lists them all; lit-localize extract keeps it current). */
const MESSAGE_IDS = parseXliff(readFileSync(new URL(`./locales/${LOCALES[1]}.xlf`, import.meta.url), 'utf8')).units.map(
  (u) => u.id,
);

/** Every source id (the keys of src/content/sources/*.ts). */
const SOURCE_IDS = readdirSync(new URL('./src/content/sources/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => [
    ...readFileSync(new URL(`./src/content/sources/${f}`, import.meta.url), 'utf8').matchAll(
      /^ {2}'?([a-z0-9-]+)'?: \{/gm,
    ),
  ])
  .map((m) => m[1]);

const translationsModule = fileURLToPath(new URL('./src/i18n/translations.ts', import.meta.url));

function singleLocale(locale) {
  const msgRuntime = fileURLToPath(new URL('./src/i18n/msg-runtime.ts', import.meta.url));
  return {
    name: 'net-widgets-single-locale',
    // With every msg() compiled away, @lit/localize's runtime has nothing left to do.
    load(id) {
      if (id === msgRuntime) return 'export const installMsg = () => {};';
      if (id !== translationsModule) return null;
      return `export const translations = {};\nexport const PINNED_LOCALE = ${JSON.stringify(locale)};\n`;
    },
  };
}

const singleLocaleBuilds = LOCALES.map((locale) => ({
  input: 'src/bundle.ts',
  output: {
    file: `dist/net-widgets.${locale}.js`,
    format: 'iife',
    banner: banner.replace('*/', `| ${locale} only */`),
    intro,
    outro,
    inlineDynamicImports: true,
    plugins: [minify()],
  },
  plugins: [
    singleLocale(locale),
    ...plugins(),
    shortSourceIds(SOURCE_IDS),
    inlineMessages(locale, {
      sourceLocale: localizeConfig.sourceLocale,
      catalogueFile: fileURLToPath(new URL(`./src/generated/locales/${locale}.ts`, import.meta.url)),
    }),
    minifyCss(),
    minifyHtml(),
  ],
}));

/** Write the versioned copy and its Subresource Integrity hash next to the bundle. */
function pinned() {
  return {
    name: 'net-widgets-pinned',
    async writeBundle(options, bundle) {
      const code = bundle['net-widgets.js'].code;
      const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
      mkdirSync('dist', { recursive: true });
      writeFileSync(`dist/net-widgets-${version}.js`, code);
      // The content's version and earliest next-review date (as NetWidgets.content says), so that
      // a host's tools (the WordPress settings page) can show them without running the script.
      const content = await contentInfo();
      writeFileSync(
        'dist/net-widgets.sri.json',
        JSON.stringify({ version, file: `net-widgets-${version}.js`, integrity, content }, null, 2) + '\n',
      );
    },
  };
}

/** { version, nextReview } of the catalogue, read in Node the way content:check reads it. */
async function contentInfo() {
  const { bundleCatalogue } = await import('./scripts/content-check/build.mjs');
  const file = await bundleCatalogue(fileURLToPath(new URL('./', import.meta.url)));
  try {
    const { content } = await import(pathToFileURL(file).href);
    return content.contentInfo();
  } finally {
    rmSync(file, { force: true });
  }
}

export default [
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/net-widgets.js',
      format: 'iife',
      banner,
      intro,
      outro,
      inlineDynamicImports: true,
      plugins: [minify()],
    },
    plugins: [
      ...plugins(),
      shortMessageIds(MESSAGE_IDS),
      shortSourceIds(SOURCE_IDS),
      minifyCss(),
      minifyHtml(),
      pinned(),
    ],
  },
  ...singleLocaleBuilds,
  {
    // index plus one module per element (src/net-<tag>.ts, the files package.json exports), read
    // from the folder so that a new element ships as its own entry point without an edit here.
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(
        readdirSync(new URL('./src/', import.meta.url))
          .filter((f) => /^net-[a-z-]+\.ts$/.test(f))
          .map((f) => [f.replace(/\.ts$/, ''), `src/${f}`]),
      ),
    },
    output: {
      dir: 'dist/esm',
      format: 'es',
      banner,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    // lit and @lit/localize stay imports for npm users, so an app with Lit ships one copy.
    external: [/^lit($|\/)/, /^@lit\//],
    plugins: [
      // Chunk names carry a hash: without a clean, stale chunks from earlier builds would be packed.
      {
        name: 'net-widgets-clean-esm',
        async buildStart() {
          const { rm } = await import('node:fs/promises');
          await rm('dist/esm', { recursive: true, force: true });
        },
      },
      ...plugins(),
    ],
  },
];
