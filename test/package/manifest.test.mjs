// The Custom Elements Manifest and the README generated from it.
// Needs `npm run build:manifest` (part of `npm run build:package`) first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { elementsOf, renderApi, updateReadme, START, END } from '../../scripts/readme-api.mjs';
import { ROOT, TAGS } from '../../scripts/lib/project.mjs';

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
if (!existsSync(join(ROOT, 'custom-elements.json'))) {
  throw new Error('custom-elements.json is missing: run `npm run build:package` first.');
}
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const elements = new Map(elementsOf(manifest).map((el) => [el.tagName, el]));

/** Every .ts file under a folder of src/. */
function sources(dir) {
  const out = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sources(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

test('package.json names the manifest and the manifest names the public modules', () => {
  assert.equal(pkg.customElements, './custom-elements.json');
  assert.equal(manifest.schemaVersion, '1.0.0');
  for (const mod of manifest.modules) {
    assert.match(mod.path, /^dist\/esm\/[a-z-]+\.js$/, `${mod.path} is a module users can import`);
  }
});

test('the manifest lists every element (src/net-*.ts) with its attributes', () => {
  assert.deepEqual([...elements.keys()], TAGS);
  const attrs = (tag) => (elements.get(tag).attributes ?? []).map((a) => a.name).sort();
  // `lang` is HTML's own attribute (no property of ours): documented because it picks the locale.
  assert.deepEqual(attrs('net-therapy-card'), ['heading-level', 'lang', 'therapy']);
  assert.deepEqual(attrs('net-side-effect-list'), ['heading-level', 'lang', 'therapy']);
  assert.deepEqual(attrs('net-decision-checklist'), ['heading-level', 'lang', 'persist']);
  assert.deepEqual(attrs('net-treatment-comparison'), ['heading-level', 'lang', 'therapies']);
  for (const el of elements.values()) {
    assert.ok(el.summary, `<${el.tagName}> has a @summary`);
    const path = pkg.exports[`./${el.tagName.replace(/^net-/, '')}`]?.default;
    assert.equal(path, `./${el.module}`, `package.json exports ./${el.tagName.replace(/^net-/, '')} → ${el.module}`);
    for (const a of el.attributes) {
      assert.match(a.name, /^[a-z]+(-[a-z]+)*$/, `attribute ${a.name} is kebab-case`);
      assert.ok(a.description, `<${el.tagName} ${a.name}> is described`);
      if (a.name === 'lang') continue;
      assert.equal(
        a.fieldName,
        a.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
        `${a.name} ↔ ${a.fieldName}`,
      );
      assert.ok(a.description, `<${el.tagName} ${a.name}> is described`);
    }
  }
});

test("every element documents the host's contact slot", () => {
  for (const el of elements.values()) {
    const slots = (el.slots ?? []).map((slot) => slot.name);
    assert.deepEqual(slots, ['contact'], `<${el.tagName}> slots`);
    assert.match(el.slots[0].description, /From your care team/, `<${el.tagName}> says how the slot is labelled`);
  }
  // And every slot an element renders is documented (the contact slot is rendered by the base class).
  for (const file of [...sources('src/base'), ...sources('src/elements')]) {
    for (const [, name] of read(file).matchAll(/<slot name="([a-z-]+)"/g)) {
      for (const el of elements.values()) {
        assert.ok(
          (el.slots ?? []).some((slot) => slot.name === name),
          `<${el.tagName}> documents slot ${name}`,
        );
      }
    }
  }
});

test('events are documented, named net-…, and typed', () => {
  const checklist = elements.get('net-decision-checklist');
  assert.deepEqual(
    checklist.events.map((e) => e.name),
    ['net-checklist-change'],
  );
  for (const el of elements.values()) {
    for (const e of el.events ?? []) {
      assert.match(e.name, /^net-[a-z]+(-[a-z]+)*$/);
      assert.match(e.type?.text ?? '', /^CustomEvent<\w+>$/, `${e.name} has a typed detail`);
      assert.ok(e.description);
    }
  }
  // Every event an element dispatches is in the manifest.
  for (const file of sources('src/elements')) {
    for (const [, name] of read(file).matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*'([^']+)'/g)) {
      const documented = [...elements.values()].some((el) => (el.events ?? []).some((e) => e.name === name));
      assert.ok(documented, `${file} dispatches ${name}, which no element documents (@fires)`);
    }
  }
});

test('every ::part() an element renders is documented on it', () => {
  // Each element's own code is src/elements/<tag without net->/.
  const folder = Object.fromEntries(TAGS.map((tag) => [tag, tag.replace(/^net-/, '')]));
  // Parts rendered by the shared code in src/base/ (the footer's sources, review and disclaimer;
  // the base class's notice).
  const shared = sources('src/base');
  const partsIn = (files) => {
    const found = new Set();
    for (const file of files) {
      const text = read(file);
      for (const [, list] of text.matchAll(/\bpart(?:=|:\s*)["'`]([a-z][a-z -]*)["'`]/g)) {
        for (const name of list.split(/\s+/)) if (name) found.add(name);
      }
    }
    return found;
  };
  const sharedParts = partsIn(shared);
  for (const [tag, dir] of Object.entries(folder)) {
    const names = (elements.get(tag).cssParts ?? []).map((p) => p.name);
    assert.deepEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
      `<${tag}> documents a part twice`,
    );
    const documented = new Set(names);
    const rendered = partsIn(sources(`src/elements/${dir}`));
    for (const name of rendered) assert.ok(documented.has(name), `<${tag}> renders part="${name}" without a @csspart`);
    for (const name of documented) {
      assert.ok(
        rendered.has(name) || sharedParts.has(name),
        `<${tag}> documents ::part(${name}), which it never renders`,
      );
    }
  }
});

test('every --net-* token in the styles is documented on every element', () => {
  const styleFiles = [...sources('src/base'), ...sources('src/elements')].filter((f) => /styles?\.ts$/.test(f));
  // --net-* belongs to the host: a widget never sets one on its own nodes (its private values are --_*).
  for (const file of [...sources('src/base'), ...sources('src/elements')]) {
    const set = [...read(file).matchAll(/'(--net-[a-z0-9-]+)'\s*:/g)].map((m) => m[1]);
    assert.deepEqual(set, [], `${file} sets a public --net-* token itself; use a private --_* name`);
  }
  const tokens = new Set();
  for (const file of styleFiles) {
    for (const [token] of read(file).matchAll(/--net-[a-z0-9-]+/g)) tokens.add(token);
  }
  assert.ok(tokens.size >= 10, `found ${tokens.size} tokens`);
  for (const el of elements.values()) {
    const documented = new Set((el.cssProperties ?? []).map((p) => p.name));
    for (const token of tokens) assert.ok(documented.has(token), `<${el.tagName}> does not document ${token}`);
    for (const p of el.cssProperties) assert.ok(p.description, `${p.name} is described`);
  }
  // docs/theming.md's table is written by hand for designers: it lists exactly the manifest's tokens.
  const table = new Set([...read('docs/theming.md').matchAll(/^\| `(--net-[a-z0-9-]+)` \|/gm)].map((m) => m[1]));
  const manifestTokens = new Set([...elements.values()].flatMap((el) => (el.cssProperties ?? []).map((p) => p.name)));
  assert.deepEqual([...table].sort(), [...manifestTokens].sort(), 'docs/theming.md lists the documented tokens');
});

test('the manifest shows public API only', () => {
  for (const el of elements.values()) {
    for (const m of el.members ?? []) {
      assert.equal(m.privacy ?? 'public', 'public', `${el.tagName}.${m.name}`);
      assert.ok(!('module' in (m.inheritedFrom ?? {})), 'no reference to unshipped src/ modules');
    }
  }
  assert.doesNotMatch(JSON.stringify(manifest), /"src\//, 'no module path points into src/');
});

test('README API tables match the manifest (docs:check)', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/readme-api.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const readme = read('README.md');
  const block = readme.slice(readme.indexOf(START), readme.indexOf(END));
  for (const tag of elements.keys()) assert.ok(block.includes(`### \`<${tag}>\``), `README documents <${tag}>`);
  assert.ok(block.includes('`net-checklist-change`'));
  assert.ok(block.includes('`--net-color-accent`'));
});

test('the drift check fails when the README and the manifest disagree', () => {
  const readme = read('README.md');
  const api = renderApi(manifest, pkg);
  assert.equal(updateReadme(readme, api), readme);
  // A description changed in the source (and so in the manifest) but not in the README.
  const changed = structuredClone(manifest);
  const card = changed.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'net-therapy-card');
  card.attributes[0].description = 'Something else.';
  assert.notEqual(updateReadme(readme, renderApi(changed, pkg)), readme);
  // A hand edit inside the generated block.
  const edited = readme.replace('| `heading-level` |', '| `heading-lvl` |');
  assert.notEqual(edited, readme);
  assert.notEqual(updateReadme(edited, api), edited);
  assert.throws(() => updateReadme('# no markers', api), /markers/);
});
