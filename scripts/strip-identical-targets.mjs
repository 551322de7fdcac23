#!/usr/bin/env node
// Drop from src/generated/locales/<locale>.ts every message whose generated text is identical to
// what lit-localize writes for the en-US source (an identical translation, or a missing one that
// lit-localize filled with the source text). Runs after `lit-localize build`, before rollup.
//
// Why it is safe: @lit/localize's runtime (node_modules/@lit/localize/internal/runtime-msg.js)
// looks the id up in the active catalogue and, when the id is absent, renders the source template
// itself (`defaultMsg`): the same string, the same `str` interpolation, the same `html` template.
// So an entry equal to the source is pure weight; en-GB and en-CA share most of their text with
// en-US and would otherwise store it three times in the one-file bundle.
//
// "Identical" is decided exactly, not by eye: the script asks lit-localize itself to generate a
// module with no translations at all (every entry is then the canonical fallback text), and
// drops an entry only when its generated source text equals that canonical text character for
// character. Completeness of the translations is checked elsewhere (locales:check reads the
// XLIFF files, which this script never touches).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { loadTs } from './lib/load-ts.mjs';
import { ROOT } from './lib/project.mjs';

const CANONICAL = 'canonical';

/**
 * The `templates` object literal of a generated locale module: its source range and, per message
 * id, the exact source text of its value and of the whole property.
 */
export function readTemplates(code) {
  const ast = parseAst(code);
  for (const node of ast.body) {
    const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
    const d = decl?.type === 'VariableDeclaration' ? decl.declarations[0] : undefined;
    if (d?.id.name !== 'templates' || d.init?.type !== 'ObjectExpression') continue;
    const entries = new Map();
    for (const prop of d.init.properties) {
      const key = prop.key.type === 'Literal' ? String(prop.key.value) : prop.key.name;
      entries.set(key, {
        value: code.slice(prop.value.start, prop.value.end),
        text: code.slice(prop.start, prop.end),
      });
    }
    const imports = ast.body
      .filter((n) => n.type === 'ImportDeclaration')
      .map((n) => ({ start: n.start, end: n.end, names: n.specifiers.map((s) => s.local.name) }));
    return { start: d.init.start, end: d.init.end, entries, imports };
  }
  throw new Error('no `export const templates = {…}` found');
}

/** The regional spelling rules (src/i18n/regional-spelling.ts), loaded once. */
let spelling;
export async function spellingRules() {
  spelling ??= await loadTs(fileURLToPath(new URL('../src/i18n/regional-spelling.ts', import.meta.url)));
  return spelling;
}

/** Respell the text of a piece of JavaScript (a string or template literal), never its ${…} parts. */
export function respellCode(respell, locale, code) {
  return code
    .split(/(\$\{[^}]*\})/)
    .map((part, i) => (i % 2 ? part : respell(locale, part)))
    .join('');
}

/**
 * lit-localize copies a target's XML text into the module as it stands in the XLIFF, so "A&E",
 * written `A&amp;E` as XML requires, would render as "A&amp;E". Every message here is a string or
 * str`` (never html``: inlineMessages and content:check refuse those), so the entities are text:
 * decode them.
 */
function unescapeXml(text) {
  return text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name],
  );
}

/**
 * The module with only the entries that differ from what msg() would render without them: the
 * canonical (source) text, respelled by the locale's spelling rules for en-GB and en-CA.
 */
export function stripModule(code, canonical, expected = (value) => value) {
  const { start, end, entries, imports } = readTemplates(code);
  const kept = [];
  let dropped = 0;
  for (const [id, entry] of entries) {
    const source = canonical.get(id)?.value;
    if (source !== undefined && expected(source) === entry.value) dropped++;
    else kept.push(unescapeXml(entry.text));
  }
  const body = kept.length ? `\n  ${kept.join(',\n  ')},\n` : '';
  const note =
    `// Entries that msg() renders the same way without them (the en-US source text, respelled for\n` +
    `// en-GB and en-CA by src/i18n/regional-spelling.ts) were dropped by scripts/strip-identical-targets.mjs.\n`;
  // An import (`str`, `html`) that no kept entry uses would trip noUnusedLocals: drop it too.
  const cuts = imports
    .filter((i) => !i.names.some((name) => kept.some((text) => text.includes(`${name}\``))))
    .concat([{ start, end, replacement: `{${body}}` }])
    .sort((a, b) => b.start - a.start);
  let out = code;
  for (const cut of cuts) out = out.slice(0, cut.start) + (cut.replacement ?? '') + out.slice(cut.end);
  return { code: note + out.replace(note, ''), kept: kept.length, dropped, total: entries.size };
}

/** Ask lit-localize to write one module with no translations: every entry is the source text. */
async function canonicalTemplates(config) {
  const dir = mkdtempSync(join(tmpdir(), 'net-widgets-canonical-'));
  try {
    const localizer = new RuntimeLitLocalizer({
      ...config,
      targetLocales: [CANONICAL],
      output: { ...config.output, outputDir: dir, localeCodesModule: undefined, language: 'ts' },
    });
    localizer.readTranslationsSync = () => ({ translations: new Map() });
    const warn = console.warn;
    console.warn = () => {}; // "message … is missing, using canonical text": that is the point here
    try {
      await localizer.build();
    } finally {
      console.warn = warn;
    }
    return readTemplates(readFileSync(join(dir, `${CANONICAL}.ts`), 'utf8')).entries;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const config = readConfigFileAndWriteSchema(resolve(ROOT, 'lit-localize.json'));
  const language = config.output.language ?? (config.tsConfig ? 'ts' : 'js');
  const canonical = await canonicalTemplates(config);
  const { respell } = await spellingRules();
  const rows = [];
  for (const locale of config.targetLocales) {
    const file = resolve(config.resolve(config.output.outputDir), `${locale}.${language}`);
    const result = stripModule(readFileSync(file, 'utf8'), canonical, (value) => respellCode(respell, locale, value));
    writeFileSync(file, result.code);
    rows.push(`${locale}: kept ${result.kept}, dropped ${result.dropped} of ${result.total}`);
  }
  console.log(`strip-identical-targets: ${rows.join('; ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
