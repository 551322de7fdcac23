// The plugin's data generator (wordpress/generate.mjs), without WordPress: the real list and
// manifest give the four blocks, each with the host's contact line; a new element is one entry; a
// gap in the list stops the build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LOCALES, ROOT, THERAPY_IDS } from '../../scripts/lib/project.mjs';
import { generate, php } from '../../wordpress/generate.mjs';

const list = JSON.parse(readFileSync(`${ROOT}wordpress/widgets.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
const therapiesCount = { min: 2, max: 4 };
const input = { list, manifest, therapyIds: THERAPY_IDS, locales: LOCALES, version: '9.9.9', therapiesCount };

test('the real list and manifest: one block and one shortcode per element, attributes from the manifest', () => {
  const { widgets, generated } = generate(input);
  assert.deepEqual(
    widgets.map((w) => [w.tag, w.block, w.shortcode]),
    [
      ['net-therapy-card', 'net-treatment-widgets/therapy-card', 'net_therapy_card'],
      ['net-side-effect-list', 'net-treatment-widgets/side-effect-list', 'net_side_effect_list'],
      ['net-decision-checklist', 'net-treatment-widgets/decision-checklist', 'net_decision_checklist'],
      ['net-treatment-comparison', 'net-treatment-widgets/treatment-comparison', 'net_treatment_comparison'],
    ],
  );
  const card = widgets[0];
  assert.deepEqual(
    card.attributes.map((a) => [a.name, a.kind, a.blockAttribute, a.shortcodeAttribute, a.default]),
    [
      ['therapy', 'therapy', 'therapy', 'therapy', null],
      ['heading-level', 'heading-level', 'headingLevel', 'heading_level', 2],
    ],
  );
  assert.equal(card.metadata.apiVersion, 2);
  assert.equal(card.metadata.version, '9.9.9');
  assert.equal(card.metadata.viewScript, 'net-treatment-widgets');
  assert.deepEqual(card.metadata.attributes.therapy, { type: 'string' });
  assert.deepEqual(widgets[2].metadata.attributes.persist, { type: 'boolean', default: false });
  // `lang` is in the manifest (every widget reads it) but is a global attribute: the page's, not a control.
  for (const w of widgets) assert.ok(!w.attributes.some((a) => a.name === 'lang'), w.tag);
  // Every widget: the host's contact line, a plain-text block attribute kept in the block's comment.
  for (const w of widgets) {
    assert.deepEqual(w.slots, [
      { name: 'contact', kind: 'text', blockAttribute: 'contact', shortcodeAttribute: 'contact' },
    ]);
    assert.deepEqual(w.metadata.attributes.contact, { type: 'string' }, `${w.tag}: no source, so not in the HTML`);
  }
  const comparison = widgets[3];
  assert.equal(comparison.title, 'NET treatment comparison');
  assert.deepEqual(
    comparison.attributes.map((a) => [a.name, a.kind, a.blockAttribute, a.shortcodeAttribute]),
    [
      ['therapies', 'therapies', 'therapies', 'therapies'],
      ['heading-level', 'heading-level', 'headingLevel', 'heading_level'],
    ],
  );
  assert.deepEqual(comparison.metadata.attributes.therapies, { type: 'array', items: { type: 'string' } });
  assert.deepEqual(comparison.metadata.example.attributes, { therapies: THERAPY_IDS.slice(0, 2) });
  assert.equal(generated.therapiesSeparator, ',');
  assert.deepEqual(generated.therapiesCount, therapiesCount);
  assert.deepEqual(Object.keys(generated.locales), [...LOCALES]);
  assert.equal(generated.locales['fr-CA'], 'Canadian French (fr-CA)');
  assert.deepEqual(generated.therapies, [...THERAPY_IDS]);
  assert.equal('metadata' in generated.widgets[0], false);
});

test('a new element is one entry in wordpress/widgets.json', () => {
  const element = {
    kind: 'class',
    customElement: true,
    tagName: 'net-new-widget',
    summary: 'A new widget.',
    attributes: [
      { name: 'therapies', type: { text: 'string | null' }, default: 'null' },
      { name: 'lang', type: { text: 'string' } },
      { name: 'heading-level', type: { text: 'number | null' }, default: '2' },
    ],
    slots: [{ name: 'contact', description: 'Your own contact line.' }],
  };
  const withNew = {
    ...input,
    manifest: { ...manifest, modules: [...manifest.modules, { path: 'x.js', declarations: [element] }] },
    list: { ...list, widgets: [...list.widgets, { tag: 'net-new-widget', title: 'NET new widget', icon: 'columns' }] },
  };
  const { widgets } = generate(withNew);
  const added = widgets.at(-1);
  assert.equal(added.block, 'net-treatment-widgets/new-widget');
  assert.equal(added.shortcode, 'net_new_widget');
  assert.deepEqual(Object.keys(added.metadata.attributes), ['therapies', 'headingLevel', 'contact']);
  assert.deepEqual(added.metadata.example.attributes, { therapies: THERAPY_IDS.slice(0, 2) });
  assert.equal(added.metadata.description, 'A new widget.');
});

test('an element missing from the manifest, or an attribute with no kind, stops the build', () => {
  assert.throws(
    () => generate({ ...input, list: { ...list, widgets: [...list.widgets, { tag: 'net-nothing', title: 'x' }] } }),
    /net-nothing is not in custom-elements.json/,
  );
  const kinds = { ...list.kinds };
  delete kinds.persist;
  assert.throws(() => generate({ ...input, list: { ...list, kinds } }), /attribute "persist" has no kind/);
});

test('a slot with no kind, a slot named like an attribute, or no therapies count stops the build', () => {
  assert.throws(() => generate({ ...input, list: { ...list, slotKinds: {} } }), /slot "contact" has no kind/);
  const clash = structuredClone(manifest);
  for (const mod of clash.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.tagName === 'net-therapy-card') decl.slots = [...(decl.slots ?? []), { name: 'heading-level' }];
    }
  }
  assert.throws(
    () =>
      generate({
        ...input,
        manifest: clash,
        list: { ...list, slotKinds: { ...list.slotKinds, 'heading-level': 'text' } },
      }),
    /slot "heading-level" and an attribute share a name/,
  );
  assert.throws(() => generate({ ...input, therapiesCount: undefined }), /bad therapiesCount/);
  assert.throws(() => generate({ ...input, therapiesCount: { min: 4, max: 2 } }), /bad therapiesCount/);
});

test('php(): the PHP literal PHP reads back as the same value', () => {
  const value = { a: "it's", b: 'back\\slash', c: [1, true, null, ''], d: {}, 'e-f': { g: 'x' } };
  const out = execFileSync('php', ['-r', `echo json_encode(${php(value)});`], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), { ...value, d: [] });
});
