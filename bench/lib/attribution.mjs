// Where the bytes of dist/net-widgets.js come from: the IIFE build is rebuilt in memory from
// rollup.config.mjs with a source map, and every byte of the minified output is attributed to
// the source module its mapping points at (as source-map-explorer does). Groups: the Lit runtime,
// @lit/localize, element code, the catalogue content (en-US source text + data), and each
// generated locale catalogue. Nothing is written to dist/.
import { resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decode a source map's `mappings` into, per generated line, [column, sourceIndex] segments. */
export function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = B64_INDEX.get(char);
        if (digit === undefined) throw new Error(`bad base64 in mappings: ${char}`);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) {
        source += fields[1];
        segments.push([column, source]);
      } else {
        segments.push([column, -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** The group a source path belongs to. */
export function groupOf(path) {
  const p = path.replace(/\\/g, '/');
  let m;
  if ((m = p.match(/src\/generated\/locales\/([^/]+)\.ts$/))) return `catalogue ${m[1]}`;
  if (/node_modules\/@lit\/localize\//.test(p)) return '@lit/localize runtime';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(p)) return 'Lit runtime';
  if (/node_modules\//.test(p)) return 'other dependencies';
  if (/src\/content\//.test(p)) return 'content (en-US text + data)';
  if (/src\//.test(p)) return 'element code (src/base, elements, i18n)';
  return 'other';
}

/** Attribute each character of `code` to a group through its source map. */
export function attribute(code, map) {
  const lines = decodeMappings(map.mappings);
  const groups = new Map();
  const add = (group, text) => {
    const g = groups.get(group) ?? { raw: 0, text: [] };
    g.raw += Buffer.byteLength(text);
    g.text.push(text);
    groups.set(group, g);
  };
  const sourceGroups = map.sources.map((s) => groupOf(s));
  // A multi-line template literal (CSS, html``) has mappings only where it starts: text that no
  // segment covers continues the segment before it.
  const WRAPPER = 'wrapper (IIFE, guard, banner)';
  let current = WRAPPER;
  code.split('\n').forEach((line, i) => {
    const segments = lines[i] ?? [];
    const firstColumn = segments.length ? segments[0][0] : line.length;
    add(current, line.slice(0, firstColumn));
    segments.forEach(([column, source], j) => {
      const end = j + 1 < segments.length ? segments[j + 1][0] : line.length;
      current = source < 0 ? WRAPPER : sourceGroups[source];
      add(current, line.slice(column, end));
    });
    add(current, '\n');
  });
  return groups;
}

/**
 * Build the one-file bundle in memory with a source map and return the byte share per group:
 * raw bytes (exact), and gzip -9 of each group's bytes on their own (an estimate: gzip of a part
 * is not additive, so the total of that column is larger than the real file's gzip size).
 */
export async function attributeBundle(root, file = 'dist/net-widgets.js') {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL(resolve(root, 'rollup.config.mjs')).href)).default;
  const config = configs.find((c) => c.output?.file === file);
  if (!config) throw new Error(`no rollup config writes ${file}`);
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const bundle = await rollup({ ...config, onwarn: () => {} });
    const { output } = await bundle.generate({ ...config.output, sourcemap: true });
    await bundle.close();
    const chunk = output.find((o) => o.type === 'chunk');
    const groups = attribute(chunk.code, chunk.map);
    const total = Buffer.byteLength(chunk.code);
    return [...groups.entries()]
      .map(([group, g]) => ({
        group,
        raw: g.raw,
        share: g.raw / total,
        gzipAlone: gzipSync(Buffer.from(g.text.join('')), { level: 9 }).length,
      }))
      .sort((a, b) => b.raw - a.raw);
  } finally {
    process.chdir(cwd);
  }
}

export { relative };
