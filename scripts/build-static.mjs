#!/usr/bin/env node
// Static fragments for hosts that accept HTML but no script (npm run build:static, after the
// rollup build): every widget server-rendered by dist/ssr/index.js in every locale, as
//   dist/static/<locale>/<tag>/<therapy>.html   for each element with a `therapy` attribute
//   dist/static/<locale>/<tag>.html             for each other element (its default render)
// and dist/static/csp-hashes.json, the `style-src` hashes of the <style> elements those
// fragments (and renderWidgets) carry, and dist/static/therapy-names.json, every therapy's name in
// every locale (for a host's picker: the demo's, the WordPress blocks'). Driven by scripts/lib/project.mjs (TAGS, THERAPY_IDS,
// LOCALES): a new element, therapy or locale needs no edit here.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultTreeAdapter, parseFragment } from 'parse5';
import { LOCALES, ROOT, TAGS, THERAPY_IDS } from './lib/project.mjs';

const OUT = join(ROOT, 'dist/static');

/** The text of every <style> in `html`, including those inside templates (declarative shadow roots). */
export function styleTexts(html) {
  const texts = [];
  const walk = (parent) => {
    for (const node of parent.childNodes ?? []) {
      if (!defaultTreeAdapter.isElementNode(node)) continue;
      if (node.tagName === 'style') texts.push(node.childNodes.map((t) => t.value ?? '').join(''));
      walk(node.tagName === 'template' ? defaultTreeAdapter.getTemplateContent(node) : node);
    }
  };
  walk(parseFragment(html));
  return texts;
}

/** CSP source expression for a <style> element's text: 'sha256-<base64>'. */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The default of an element that compares treatments (a `therapies` attribute): the README's own
 * example, three options a reader is often offered side by side.
 */
export const DEFAULT_THERAPIES = 'surgery,somatostatin-analogues,prrt';

/** The fragment files to write: [{ path, locale, tag, therapy?, markup }]. */
export function plan(therapyTags, listTags = new Set()) {
  const files = [];
  for (const locale of LOCALES) {
    for (const tag of TAGS) {
      if (therapyTags.has(tag)) {
        for (const therapy of THERAPY_IDS) {
          files.push({
            path: `${locale}/${tag}/${therapy}.html`,
            locale,
            tag,
            therapy,
            markup: `<${tag} therapy="${therapy}"></${tag}>`,
          });
        }
      } else {
        const attrs = listTags.has(tag) ? ` therapies="${DEFAULT_THERAPIES}"` : '';
        files.push({ path: `${locale}/${tag}.html`, locale, tag, markup: `<${tag}${attrs}></${tag}>` });
      }
    }
  }
  return files;
}

export async function buildStatic({ out = OUT, log = console.log } = {}) {
  const { renderWidgetsSync, therapyNames } = await import(pathToFileURL(join(ROOT, 'dist/ssr/index.js')).href);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  // Lit SSR's registry (globalThis.customElements in Node) holds the elements dist/ssr defined.
  const registry = globalThis.customElements;
  const therapyTags = new Set(TAGS.filter((tag) => registry.get(tag)?.elementProperties?.has('therapy')));
  const missing = TAGS.filter((tag) => !registry.get(tag));
  if (missing.length) throw new Error(`build-static: dist/ssr does not define ${missing.join(', ')}`);

  rmSync(out, { recursive: true, force: true });
  const hashes = new Map(); // tag → hash of its <style>
  const listTags = new Set(TAGS.filter((tag) => registry.get(tag)?.elementProperties?.has('therapies')));
  const files = plan(therapyTags, listTags);
  let bytes = 0;
  for (const file of files) {
    const html = renderWidgetsSync(file.markup, { locale: file.locale }) + '\n';
    const styles = styleTexts(html);
    if (styles.length !== 1) throw new Error(`build-static: ${file.path} has ${styles.length} <style> elements`);
    const hash = cspHash(styles[0]);
    if (hashes.has(file.tag) && hashes.get(file.tag) !== hash) {
      throw new Error(`build-static: <${file.tag}> renders different styles in ${file.path}`);
    }
    hashes.set(file.tag, hash);
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
    bytes += Buffer.byteLength(html);
  }
  const csp = {
    version,
    note: "Add styleSrc to your Content-Security-Policy's style-src to apply the styles of server-rendered widgets (docs/security.md).",
    styleSrc: [...new Set(hashes.values())].join(' '),
    hashes: Object.fromEntries(hashes),
  };
  writeFileSync(join(out, 'csp-hashes.json'), JSON.stringify(csp, null, 2) + '\n');
  const names = Object.fromEntries(LOCALES.map((locale) => [locale, therapyNames(locale)]));
  writeFileSync(join(out, 'therapy-names.json'), JSON.stringify(names, null, 2) + '\n');
  log(`build-static: ${files.length} fragments (${(bytes / 1e6).toFixed(1)} MB) and csp-hashes.json in dist/static/`);
  return { files, csp };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildStatic();
}
