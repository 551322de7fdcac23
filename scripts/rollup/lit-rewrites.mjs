// The bundle's two rewrites of Lit's own modules. Each fails the build when its pattern stops
// matching (a new Lit that writes the code another way), so a Lit upgrade cannot turn one off in
// silence (CONTRIBUTING.md, "Upgrading Lit"; test/tools/lit-internals.test.mjs checks the same
// patterns against the installed Lit without a build).

/** Lit's three version registries: `(globalThis.litHtmlVersions ??= []).push("3.3.1")`. */
export const LIT_VERSION_PUSH =
  /\(\s*(\w+)\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\(\s*"[^"]*"\s*\)/g;

/** The modules that push a version, by the registry each pushes to. */
const VERSION_MODULES = {
  litHtmlVersions: /[\\/]lit-html[\\/]lit-html\.js$/,
  litElementVersions: /[\\/]lit-element[\\/]lit-element\.js$/,
  reactiveElementVersions: /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
};

/**
 * Lit registers its version in three page globals so that its development build can warn about
 * duplicate copies. The production build never reads them, and the contract allows one global
 * (window.NetWidgets), so the one-file bundles drop the pushes. (litPropertyMetadata stays: Lit
 * reads it at run time.)
 */
export function dropLitVersionGlobals() {
  let dropped;
  return {
    name: 'net-widgets-drop-lit-version-globals',
    buildStart() {
      dropped = new Set();
    },
    transform(code, id) {
      if (!/[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      const out = code.replace(LIT_VERSION_PUSH, (_, _global, registry) => {
        dropped.add(registry);
        return 'void 0';
      });
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const seen = new Set(this.getModuleIds());
      for (const [registry, module] of Object.entries(VERSION_MODULES)) {
        const loaded = [...seen].some((id) => module.test(id));
        if (loaded && !dropped.has(registry)) this.error(`Lit's ${registry} push was not found: ${LIT_VERSION_PUSH}`);
      }
    },
  };
}

/** How Lit and @lit-labs/ssr-client name the hydration support global. */
export const HYDRATE_GLOBAL = /\b(?:globalThis|[\w$]+)\.litElementHydrateSupport\b/g;

/**
 * Lit reads its hydration support from a page global, `litElementHydrateSupport`, which
 * `@lit-labs/ssr-client` sets (src/ssr/hydrate-support.ts). In the one-file bundles that global
 * becomes `__nwHydrate`, a variable of the bundle (declared in the guard's intro): nothing is added
 * to the page, a host's own Lit is neither patched by ours nor ours by a host's.
 */
export function bundleLocalHydrateSupport() {
  const modules = [
    /[\\/]lit-element[\\/]lit-element\.js$/,
    /[\\/]@lit-labs[\\/]ssr-client[\\/]lit-element-hydrate-support\.js$/,
    /[\\/]src[\\/]ssr[\\/](hydrate|discard)-support\.ts$/,
  ];
  let rewritten = [];
  return {
    name: 'net-widgets-bundle-local-hydrate-support',
    buildStart() {
      rewritten = [];
    },
    transform(code, id) {
      const index = modules.findIndex((m) => m.test(id));
      if (index < 0) return null;
      const out = code.replace(HYDRATE_GLOBAL, '__nwHydrate');
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
