// The build's own steps: dropping catalogue entries identical to the source
// (scripts/strip-identical-targets.mjs) and the rollup plugins of scripts/rollup/ (inlined
// messages, short ids, the dropped citation fields, the single-locale swaps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { readTemplates, stripModule } from '../../scripts/strip-identical-targets.mjs';
import { inlineMessages } from '../../scripts/rollup/inline-messages.mjs';
import { dropSourceFields, shortMessageIds, shortSourceIds } from '../../scripts/rollup/short-ids.mjs';

// What lit-localize build writes (runtime mode, TypeScript output).
const generated = (entries, imports = "import {str} from '@lit/localize';") => `
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    ${imports}

    export const templates = {
      ${entries.join('\n')}
    };
  `;

const canonical = readTemplates(
  generated([
    "'a.same': `Colour of the day`,",
    "'a.changed': `Color`,",
    "'a.str': str`Last reviewed: ${0}`,",
    "'a.missing': `Only in the source`,",
  ]),
).entries;

test('entries identical to the source are dropped, different ones kept verbatim', () => {
  const code = generated([
    "'a.changed': `Colour`,",
    "'a.same': `Colour of the day`,",
    "'a.str': str`Last reviewed: ${0}`,",
    "'a.missing': `Only in the source`,",
  ]);
  const out = stripModule(code, canonical);
  assert.equal(out.total, 4);
  assert.equal(out.dropped, 3);
  assert.equal(out.kept, 1);
  const kept = readTemplates(out.code).entries;
  assert.deepEqual([...kept.keys()], ['a.changed']);
  assert.equal(kept.get('a.changed').value, '`Colour`');
  // no entry uses str any more: its import goes too (noUnusedLocals)
  assert.doesNotMatch(out.code, /import \{str\}/);
});

test('a translated str`` entry keeps its import; stripping twice changes nothing more', () => {
  const code = generated(["'a.str': str`Révisé le ${0}`,", "'a.same': `Colour of the day`,"]);
  const once = stripModule(code, canonical);
  assert.match(once.code, /import \{str\} from '@lit\/localize'/);
  const twice = stripModule(once.code, canonical);
  assert.equal(twice.dropped, 0);
  assert.equal(twice.code, once.code);
});

/** Bundle one module (under a /src/ path) with the given plugins; lit imports stay external. */
async function bundle(source, plugins) {
  const id = '/virtual/src/module.js';
  const build = await rollup({
    input: id,
    external: (s) => s === 'lit' || s.startsWith('@lit/'),
    plugins: [
      { name: 'virtual', resolveId: (s) => (s === id ? id : null), load: (i) => (i === id ? source : null) },
      ...plugins,
    ],
    treeshake: { moduleSideEffects: (_, external) => !external },
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

test('inlineMessages compiles msg() to the locale text, falling back to the source text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'inline-'));
  const catalogueFile = join(dir, 'fr-CA.ts');
  writeFileSync(catalogueFile, generated(["'x.hello': `Bonjour`,", "'x.date': str`Révisé le ${0} (${1})`,"]));
  const source = `import { msg, str } from '@lit/localize';
    export const hello = () => msg('Hello', { id: 'x.hello' });
    export const date = (d, n) => msg(str\`Reviewed \${d} (\${n})\`, { id: 'x.date' });
    export const same = () => msg('Same in both', { id: 'x.same' });`;
  try {
    const fr = await bundle(source, [inlineMessages('fr-CA', { catalogueFile, sourceLocale: 'en-US' })]);
    assert.doesNotMatch(fr, /msg\(/);
    const mod = await import('data:text/javascript,' + encodeURIComponent(fr));
    assert.equal(mod.hello(), 'Bonjour');
    assert.equal(mod.date('1er mars', 3), 'Révisé le 1er mars (3)');
    assert.equal(mod.same(), 'Same in both');

    const en = await bundle(source, [
      inlineMessages('en-US', { catalogueFile: join(dir, 'none.ts'), sourceLocale: 'en-US' }),
    ]);
    const enMod = await import('data:text/javascript,' + encodeURIComponent(en));
    assert.equal(enMod.date('March 1', 3), 'Reviewed March 1 (3)');

    await assert.rejects(
      bundle(`import { msg } from '@lit/localize'; export const x = () => msg('No id');`, [
        inlineMessages('fr-CA', { catalogueFile, sourceLocale: 'en-US' }),
      ]),
      /no literal \{ id \}/,
    );
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('short ids: message ids in msg() calls and catalogue keys, source ids in src/content; an unknown id fails', async () => {
  const code = await bundle(
    `import { msg } from '@lit/localize';
     export const a = () => msg('A', { id: 'x.b' });
     export const b = () => msg('B', { id: 'x.a' });`,
    [shortMessageIds(['x.a', 'x.b'])],
  );
  assert.match(code, /msg\('A', \{ id: "1" \}\)/);
  assert.match(code, /msg\('B', \{ id: "0" \}\)/);
  await assert.rejects(
    bundle(`import { msg } from '@lit/localize'; export const c = () => msg('C', { id: 'x.c' });`, [
      shortMessageIds(['x.a']),
    ]),
    /"x\.c" .* is not in locales/,
  );
  const id = '/virtual/src/content/sources/t.ts';
  const build = await rollup({
    input: id,
    plugins: [
      {
        name: 'virtual',
        resolveId: (s) => (s === id ? id : null),
        load: () =>
          `export const t = { 'cruk-a': { title: 'T', accessed: '2026-01-01', seed: 'x.txt' } }; export const used = ['cruk-a'];`,
      },
      dropSourceFields(),
      shortSourceIds(['cruk-a']),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  assert.match(output[0].code, /"s0": \{ title: 'T',\s*\}/);
  assert.match(output[0].code, /\["s0"\]/);
  assert.doesNotMatch(output[0].code, /accessed|seed/);
});
