// The plugin's data generator (wordpress/generate.mjs), without WordPress: the real list and
// manifest give the three blocks; a new element is one entry; a gap in the list stops the build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LOCALES, ROOT, THERAPY_IDS } from '../../scripts/lib/project.mjs';
import { generate, php } from '../../wordpress/generate.mjs';

const list = JSON.parse(readFileSync(`${ROOT}wordpress/widgets.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
const input = { list, manifest, therapyIds: THERAPY_IDS, locales: LOCALES, version: '9.9.9' };

test('the real list and manifest: one block and one shortcode per element, attributes from the manifest', () => {
  const { widgets, generated } = generate(input);
  assert.deepEqual(
    widgets.map((w) => [w.tag, w.block, w.shortcode]),
    [
      ['net-therapy-card', 'net-treatment-widgets/therapy-card', 'net_therapy_card'],
      ['net-side-effect-list', 'net-treatment-widgets/side-effect-list', 'net_side_effect_list'],
      ['net-decision-checklist', 'net-treatment-widgets/decision-checklist', 'net_decision_checklist'],
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
  assert.deepEqual(Object.keys(generated.locales), [...LOCALES]);
  assert.equal(generated.locales['fr-CA'], 'Canadian French (fr-CA)');
  assert.deepEqual(generated.therapies, [...THERAPY_IDS]);
  assert.equal('metadata' in generated.widgets[0], false);
});

test('a new element (the comparison) is one entry in wordpress/widgets.json', () => {
  const comparison = {
    kind: 'class',
    customElement: true,
    tagName: 'net-treatment-comparison',
    summary: 'A comparison.',
    attributes: [
      { name: 'therapies', type: { text: 'string | null' }, default: 'null' },
      { name: 'heading-level', type: { text: 'number | null' }, default: '2' },
    ],
  };
  const withComparison = {
    ...input,
    manifest: { ...manifest, modules: [...manifest.modules, { path: 'x.js', declarations: [comparison] }] },
    list: {
      ...list,
      widgets: [
        ...list.widgets,
        { tag: 'net-treatment-comparison', title: 'NET treatment comparison', icon: 'columns' },
      ],
    },
  };
  const { widgets } = generate(withComparison);
  const added = widgets.at(-1);
  assert.equal(added.block, 'net-treatment-widgets/treatment-comparison');
  assert.equal(added.shortcode, 'net_treatment_comparison');
  assert.deepEqual(added.metadata.attributes.therapies, { type: 'array', items: { type: 'string' } });
  assert.deepEqual(added.metadata.example.attributes, { therapies: THERAPY_IDS.slice(0, 2) });
  assert.equal(added.metadata.description, 'A comparison.');
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

test('php(): the PHP literal PHP reads back as the same value', () => {
  const value = { a: "it's", b: 'back\\slash', c: [1, true, null, ''], d: {}, 'e-f': { g: 'x' } };
  const out = execFileSync('php', ['-r', `echo json_encode(${php(value)});`], { encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), { ...value, d: [] });
});
