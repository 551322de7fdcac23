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
import { asciiOnly } from './scripts/rollup/ascii-only.mjs';
import { LOCALES, TAGS } from './scripts/lib/project.mjs';

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

/**
 * Lit reads its hydration support from a page global, `litElementHydrateSupport`, which
 * `@lit-labs/ssr-client` sets (src/ssr/hydrate-support.ts). In the one-file bundles that global
 * becomes `__nwHydrate`, a variable of the bundle (declared in `intro`): nothing is added to the
 * page, a host's own Lit is neither patched by ours nor ours by a host's. The build fails if a
 * module that should have been rewritten was not (a new Lit that reads the global another way).
 */
function bundleLocalHydrateSupport() {
  const modules = [
    /[\\/]lit-element[\\/]lit-element\.js$/,
    /[\\/]@lit-labs[\\/]ssr-client[\\/]lit-element-hydrate-support\.js$/,
    /[\\/]src[\\/]ssr[\\/](hydrate|discard)-support\.ts$/,
  ];
  const pattern = /\b(?:globalThis|[\w$]+)\.litElementHydrateSupport\b/g;
  let rewritten = [];
  return {
    name: 'net-widgets-bundle-local-hydrate-support',
    buildStart() {
      rewritten = [];
    },
    transform(code, id) {
      const index = modules.findIndex((m) => m.test(id));
      if (index < 0) return null;
      const out = code.replace(pattern, '__nwHydrate');
      if (out === code) this.error(`${id}: no litElementHydrateSupport to rewrite`);
      rewritten.push(id);
      return { code: out, map: null };
    },
    buildEnd(error) {
      // Lit itself and the support module of src/ssr/ at least (ssr-client only in the full bundle).
      const has = (i) => rewritten.some((id) => modules[i].test(id));
      if (!error && !(has(0) && has(2)))
        this.error(`litElementHydrateSupport rewritten only in ${rewritten.join(', ')}`);
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
    // Strings and regular expressions escaped; tagged templates are left to asciiOnly().
    format: { comments: /^!/, ascii_only: true },
  });

/**
 * The guard runs first inside the IIFE: when a copy is already on the page, this one returns
 * before Lit loads (a second `trustedTypes.createPolicy('lit-html')` would throw under Trusted
 * Types). The same version is a silent no-op; another version warns; the first one wins.
 */
const intro = `var __nwHydrate;
var __nw = typeof window !== 'undefined' && window.NetWidgets;
if (__nw) {
  // Guarded like src/base/log.ts: a host console that throws must not stop the page.
  if (__nw.version !== ${JSON.stringify(version)}) try { console.warn('[net-widgets] version ' + __nw.version + ' is already on this page; this copy (${version}) does nothing.'); } catch (e) {}
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
  const hydrateSupport = fileURLToPath(new URL('./src/ssr/hydrate-support.ts', import.meta.url));
  const discardSupport = fileURLToPath(new URL('./src/ssr/discard-support.ts', import.meta.url));
  return {
    name: 'net-widgets-single-locale',
    // No hydration in these files (src/ssr/discard-support.ts says why): server-rendered widgets
    // are rendered afresh.
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === hydrateSupport ? discardSupport : null;
    },
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
    plugins: [minify(), asciiOnly()],
  },
  plugins: [
    singleLocale(locale),
    bundleLocalHydrateSupport(),
    ...plugins(),
    shortSourceIds(SOURCE_IDS),
    inlineMessages(locale, {
      sourceLocale: LOCALES[0],
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
      plugins: [minify(), asciiOnly()],
    },
    plugins: [
      bundleLocalHydrateSupport(),
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
    // The package entry and one module per element (src/net-<tag>.ts); package.json "exports"
    // names each (test/package/manifest.test.mjs checks that the two agree).
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
  {
    // net-treatment-widgets/ssr, for Node: src/ssr/index.ts and its own copy of the elements. The
    // html`` and css`` templates are squeezed exactly as in dist/net-widgets.js, so what it renders
    // is what the bundle hydrates (Lit matches templates by a digest of their strings) and its
    // <style> text is what dist/static/csp-hashes.json hashes. lit, @lit/localize and
    // @lit-labs/ssr stay imports (one Lit for Lit SSR and the elements it renders); parse5 is
    // bundled, so the server needs no package beyond the optional peer @lit-labs/ssr.
    input: 'src/ssr/index.ts',
    output: { file: 'dist/ssr/index.js', format: 'es', banner, plugins: [asciiOnly()] },
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
    plugins: [
      replace({ preventAssignment: true, values: { __NET_WIDGETS_VERSION__: JSON.stringify(version) } }),
      resolve({ exportConditions: ['node', 'import', 'default'], preferBuiltins: true }),
      esbuild({ target: 'node20', tsconfig: 'tsconfig.json' }),
      minifyCss(),
      minifyHtml(),
    ],
  },
];
