// The WordPress plugin's data, from one list: wordpress/widgets.json names the widgets (title,
// icon, keywords) and the kind of each attribute and slot name; custom-elements.json gives each
// element's attributes, their defaults, its named slots and its summary. generate() returns each
// block's block.json and the data the PHP (shortcodes, block rendering, kses, detection, settings)
// and the editor script read. Pure: no files.
// scripts/build-wordpress.mjs writes what it returns; test/wordpress/generate.test.mjs tests it.

export const NAMESPACE = 'net-treatment-widgets';
const NAME = /^[a-z][a-z0-9-]*$/;

/** Each attribute kind's block attribute (block.json), its sidebar control and shortcode handling. */
const KINDS = {
  therapy: () => ({ type: 'string' }),
  therapies: () => ({ type: 'array', items: { type: 'string' } }),
  'heading-level': () => ({ type: 'number', enum: [1, 2, 3, 4, 5, 6] }),
  presence: () => ({ type: 'boolean', default: false }),
};

/**
 * Each slot kind's block attribute. `text`: plain text the plugin renders as `<p slot="…">`,
 * escaped, at render time (the block's render callback, the shortcode handler). The block
 * attribute has no `source`, so it is kept in the block's comment and never in the saved HTML:
 * kses needs no rule for it, and without the plugin nothing of it shows.
 */
const SLOT_KINDS = {
  text: () => ({ type: 'string' }),
};

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

/** A manifest default ("2", "null", "'x'") as a value; null when it is not a JSON literal. */
function parseDefault(text) {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
}

/**
 * @param {object} input
 * @param {object} input.list        wordpress/widgets.json
 * @param {object} input.manifest    custom-elements.json
 * @param {string[]} input.therapyIds the therapy ids (src/content/therapy-ids.ts)
 * @param {string[]} input.locales   the locales (lit-localize.json)
 * @param {string} input.version     the package version
 * @param {{min: number, max: number}} input.therapiesCount how many ids `therapies` takes
 *   (src/elements/treatment-comparison/parse-therapies.ts)
 * @returns {{ widgets: object[], generated: object }} widgets (tag, block, shortcode, attributes,
 *   slots) with their block.json (`metadata`);
 *   `generated`: what build/elements.php returns (no metadata).
 */
export function generate({ list, manifest, therapyIds, locales, version, therapiesCount }) {
  const { min, max } = therapiesCount ?? {};
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
    throw new Error(`bad therapiesCount ${JSON.stringify(therapiesCount)}`);
  }
  const elements = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName) elements.set(decl.tagName, decl);
  }
  for (const name of list.globalAttributes) if (!NAME.test(name)) throw new Error(`bad global attribute ${name}`);

  const widgets = list.widgets.map((entry) => {
    const decl = elements.get(entry.tag);
    if (!decl) throw new Error(`wordpress/widgets.json: ${entry.tag} is not in custom-elements.json`);
    if (!NAME.test(entry.tag) || !entry.tag.startsWith('net-')) throw new Error(`bad tag ${entry.tag}`);
    const short = entry.tag.slice('net-'.length);
    // Global HTML attributes (`lang`, which the manifest lists for every widget) are the page's.
    const own = (decl.attributes ?? []).filter((attr) => !list.globalAttributes.includes(attr.name));
    const attributes = own.map((attr) => {
      const kind = list.kinds[attr.name];
      if (!kind || !KINDS[kind]) {
        throw new Error(`${entry.tag}: attribute "${attr.name}" has no kind in wordpress/widgets.json "kinds"`);
      }
      if (!NAME.test(attr.name)) throw new Error(`${entry.tag}: bad attribute name ${attr.name}`);
      return {
        name: attr.name,
        kind,
        blockAttribute: camel(attr.name),
        shortcodeAttribute: attr.name.replaceAll('-', '_'),
        default: parseDefault(attr.default),
      };
    });
    const slots = (decl.slots ?? []).map((slot) => {
      const kind = list.slotKinds?.[slot.name];
      if (!kind || !SLOT_KINDS[kind]) {
        throw new Error(`${entry.tag}: slot "${slot.name}" has no kind in wordpress/widgets.json "slotKinds"`);
      }
      if (!NAME.test(slot.name)) throw new Error(`${entry.tag}: bad slot name ${slot.name}`);
      const names = { blockAttribute: camel(slot.name), shortcodeAttribute: slot.name.replaceAll('-', '_') };
      if (
        attributes.some(
          (a) => a.blockAttribute === names.blockAttribute || a.shortcodeAttribute === names.shortcodeAttribute,
        )
      ) {
        throw new Error(`${entry.tag}: slot "${slot.name}" and an attribute share a name`);
      }
      return { name: slot.name, kind, ...names };
    });
    const block = `${NAMESPACE}/${short}`;
    const example = {};
    if (attributes.some((a) => a.kind === 'therapy')) example.therapy = therapyIds[0];
    if (attributes.some((a) => a.kind === 'therapies')) example.therapies = therapyIds.slice(0, min);
    const metadata = {
      apiVersion: 2,
      name: block,
      version,
      title: entry.title,
      category: 'widgets',
      icon: entry.icon,
      description: decl.summary ?? '',
      keywords: entry.keywords ?? [],
      textdomain: NAMESPACE,
      attributes: Object.fromEntries([
        ...attributes.map((a) => [a.blockAttribute, KINDS[a.kind]()]),
        ...slots.map((s) => [s.blockAttribute, SLOT_KINDS[s.kind]()]),
      ]),
      supports: { html: false, anchor: true },
      editorScript: 'net-treatment-widgets-editor',
      viewScript: 'net-treatment-widgets',
      example: { attributes: example },
    };
    return {
      tag: entry.tag,
      block,
      blockDir: short,
      shortcode: entry.tag.replaceAll('-', '_'),
      title: entry.title,
      attributes,
      slots,
      metadata,
    };
  });

  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const generated = {
    locales: Object.fromEntries(locales.map((tag) => [tag, `${names.of(tag)} (${tag})`])),
    therapies: [...therapyIds],
    therapiesSeparator: list.therapiesSeparator,
    therapiesCount: { min, max },
    globalAttributes: list.globalAttributes,
    widgets: widgets.map(({ metadata: _m, ...w }) => w),
  };
  return { widgets, generated };
}

/** A PHP literal for a JSON-like value (strings single-quoted, arrays as array( … ), tabs). */
export function php(value, indent = '') {
  const next = `${indent}\t`;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const entries = Array.isArray(value) ? value.map((v) => [null, v]) : Object.entries(value);
  if (entries.length === 0) return 'array()';
  const lines = entries.map(([k, v]) => `${next}${k === null ? '' : `${php(k)} => `}${php(v, next)},`);
  return `array(\n${lines.join('\n')}\n${indent})`;
}
