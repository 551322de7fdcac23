// `npm run build:manifest` → custom-elements.json, the Custom Elements Manifest shipped in the package
// (package.json "customElements"). The README's API tables are generated from it
// (scripts/readme-api.mjs).
//
// The analyzer reads the JSDoc on each element class (@summary @attr @fires @csspart @cssprop
// @slot) and Lit's `static properties`. Two things it cannot see by itself, added by the plugin
// below:
//   1. our elements are registered through `defineElement(Class)` (the define guard in
//      src/base/define.ts), which reads the class's own `static readonly tagName`, not through
//      `customElements.define()`, so it never learns their tag names;
//   2. the package ships bundled ES modules (dist/esm/net-*.js), not src/**/*.ts, so a manifest
//      that points at source files would name modules no user can import.
// The plugin therefore writes a *public* manifest: one module per package entry point
// (dist/esm/index.js and dist/esm/net-<tag>.js), each element's class with everything it inherits
// from the shared base class, public API only.
import { basename } from 'node:path';

/** Public entry modules are src/net-*.ts; the build writes each to dist/esm/<same name>.js. */
const publicPath = (srcPath) => `dist/esm/${basename(srcPath).replace(/\.ts$/, '.js')}`;

function netDefineElementPlugin() {
  /** tag → { className, sourceModule } collected while reading the source. */
  const definitions = new Map();
  /** class name → its `static readonly tagName`. */
  const tagNames = new Map();
  /** class name → the module that defines it (`defineElement(Class)`). */
  const defined = new Map();
  /** Names src/index.ts re-exports (`export { a, b } from …` / `export { a }` of imports). */
  const indexExports = new Set();
  /** event name → `CustomEvent<Detail>` from `new CustomEvent<Detail>('net-…')` in the source. */
  const eventTypes = new Map();
  return {
    name: 'net-widgets-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path === 'src/index.ts' && ts.isExportDeclaration(node) && !node.isTypeOnly) {
        const clause = node.exportClause;
        if (clause && ts.isNamedExports(clause)) {
          for (const spec of clause.elements) if (!spec.isTypeOnly) indexExports.add(spec.name.text);
        }
      }
      if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'CustomEvent' &&
        node.typeArguments?.length === 1 &&
        node.arguments?.[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        eventTypes.set(node.arguments[0].text, `CustomEvent<${node.typeArguments[0].getText()}>`);
      }
      if (
        ts.isPropertyDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'tagName' &&
        node.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        ts.isClassDeclaration(node.parent) &&
        node.parent.name
      ) {
        tagNames.set(node.parent.name.text, node.initializer.text);
      }
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [classArg] = node.arguments;
      if (classArg && ts.isIdentifier(classArg)) defined.set(classArg.text, moduleDoc.path);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const [className, sourceModule] of defined) {
        const tag = tagNames.get(className);
        if (!tag) throw new Error(`cem: ${className} is defined in ${sourceModule} but has no static tagName.`);
        definitions.set(tag, { className, sourceModule });
      }
      const classes = new Map();
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.kind === 'class') classes.set(decl.name, decl);
      }

      const elementModules = [];
      const publicModuleOfClass = new Map();
      for (const [tagName, { className, sourceModule }] of [...definitions].sort()) {
        const klass = classes.get(className);
        if (!klass) throw new Error(`cem: <${tagName}> is defined with ${className}, which was not analyzed.`);
        const path = publicPath(sourceModule);
        publicModuleOfClass.set(className, path);
        elementModules.push({
          kind: 'javascript-module',
          path,
          description: `Importing this module defines <${tagName}> (and nothing else).`,
          declarations: [publicClass(klass, tagName, eventTypes)],
          exports: [
            { kind: 'js', name: className, declaration: { name: className, module: path } },
            { kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: path } },
          ],
        });
      }

      // dist/esm/index.js: every element (re-exported) plus the functions and constants it exports.
      const index = manifest.modules.find((m) => m.path === 'src/index.ts');
      const indexModule = {
        kind: 'javascript-module',
        path: 'dist/esm/index.js',
        description: 'Defines every element and exposes window.NetWidgets (the programmatic locale API).',
        declarations: [],
        exports: [],
      };
      const names = new Set([
        ...(index?.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.name),
        ...indexExports,
      ]);
      for (const name of [...names].sort()) {
        const elementPath = publicModuleOfClass.get(name);
        if (elementPath) {
          indexModule.exports.push({ kind: 'js', name, declaration: { name, module: elementPath } });
          continue;
        }
        const decl = manifest.modules
          .flatMap((m) => m.declarations ?? [])
          .find((d) => d.name === name && (d.kind === 'function' || d.kind === 'variable'));
        if (!decl) continue;
        indexModule.declarations.push(stripSourceRefs({ ...decl }));
        indexModule.exports.push({ kind: 'js', name, declaration: { name, module: indexModule.path } });
      }

      manifest.modules = [indexModule, ...elementModules];
    },
  };
}

/** The element's class as a user of the package sees it: public members only, tag name set. */
function publicClass(klass, tagName, eventTypes) {
  const out = {
    ...klass,
    tagName,
    customElement: true,
    superclass: { name: 'LitElement', package: 'lit' },
  };
  out.members = (klass.members ?? [])
    .filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.name.startsWith('_'))
    .map((m) => stripSourceRefs({ ...m }));
  // Reactive state (`{ state: true }`, private fields) is not an attribute, whatever Lit's
  // analyzer plugin guessed from `static properties`.
  const hidden = new Set(
    (klass.members ?? [])
      .filter((m) => (m.privacy ?? 'public') !== 'public' || m.name.startsWith('_'))
      .map((m) => m.name),
  );
  out.attributes = (klass.attributes ?? []).filter((a) => !hidden.has(a.fieldName));
  out.events = (klass.events ?? []).map((e) =>
    eventTypes.has(e.name) && (!e.type || e.type.text === 'CustomEvent')
      ? { ...e, type: { text: eventTypes.get(e.name) } }
      : e,
  );
  for (const key of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
    if (out[key]) out[key] = out[key].map((item) => stripSourceRefs({ ...item }));
    if (out[key] && out[key].length === 0) delete out[key];
  }
  return out;
}

/** `inheritedFrom` points at the internal base class in src/, which the package does not ship. */
function stripSourceRefs(item) {
  if (item.inheritedFrom) item.inheritedFrom = { name: item.inheritedFrom.name };
  return item;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [netDefineElementPlugin()],
};
