// The block editor script: one block per widget, all from the generated list (scripts/build-wordpress.mjs
// writes ./generated/widgets.json from wordpress/widgets.json and custom-elements.json). Each block saves
// the custom element itself and previews the real widget: the plugin enqueues the bundle in the editor,
// and an editor canvas in an iframe (device previews, the inserter's preview) gets a copy of its tag.
// A text slot (the host's contact line) is a block attribute kept in the block's comment, never in the
// saved HTML: the plugin's render callback adds it as <p slot="contact">, escaped, when the page renders,
// and the preview shows it the same way (React escapes it).
//
// WordPress 6.1 target: @wordpress/scripts 27 compiles JSX to createElement from @wordpress/element
// (no react-jsx-runtime, which WordPress only has from 6.6); apiVersion 2 blocks.
import { registerBlockType } from '@wordpress/blocks';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { useEffect, useRef } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import data from './generated/widgets.json';

/** The id WordPress gives the bundle's script tag (handle `net-treatment-widgets`). */
const SCRIPT_ID = 'net-treatment-widgets-js';

/** A text slot's value as the one line the plugin renders (includes/slots.php slot_text()), or ''. */
export function slotText(value) {
  return typeof value === 'string' ? value.replace(/[\p{Cc}\p{Zl}\p{Zp} ]+/gu, ' ').trim() : '';
}

/** The element's attributes for the block's attributes: string values, or undefined to leave one out. */
export function elementAttributes(widget, attributes) {
  const out = {};
  for (const attribute of widget.attributes) {
    const value = attributes[attribute.blockAttribute];
    switch (attribute.kind) {
      case 'therapy':
        out[attribute.name] = value ? String(value) : undefined;
        break;
      case 'therapies':
        out[attribute.name] = Array.isArray(value) && value.length ? value.join(data.therapiesSeparator) : undefined;
        break;
      case 'heading-level':
        out[attribute.name] = Number.isInteger(value) ? String(value) : undefined;
        break;
      case 'presence':
        out[attribute.name] = value ? '' : undefined;
        break;
      default:
        out[attribute.name] = value === undefined || value === null ? undefined : String(value);
    }
  }
  return out;
}

/** Define the widgets in the canvas' own document when it is an iframe that lacks the bundle. */
function useWidgetsInDocument(ref, tag) {
  useEffect(() => {
    const doc = ref.current?.ownerDocument;
    const win = doc?.defaultView;
    if (!doc || !win || doc === document || win.customElements?.get(tag) || doc.getElementById(SCRIPT_ID)) return;
    const source = document.getElementById(SCRIPT_ID);
    if (!source) return;
    const script = doc.createElement('script');
    for (const { name, value } of source.attributes) script.setAttribute(name, value);
    (doc.head || doc.documentElement).appendChild(script);
  }, [ref, tag]);
}

const labels = {
  therapy: __('Therapy', 'net-treatment-widgets'),
  therapies: __('Treatments to compare', 'net-treatment-widgets'),
  'heading-level': __('Heading level', 'net-treatment-widgets'),
  presence: __('Remember ticks on this device', 'net-treatment-widgets'),
};

function Control({ attribute, value, onChange }) {
  const label = labels[attribute.kind] ?? attribute.name;
  if (attribute.kind === 'therapy') {
    const ids = value && !data.therapies.includes(value) ? [...data.therapies, value] : data.therapies;
    return (
      <SelectControl
        label={label}
        value={value ?? ''}
        options={[
          { label: __('Choose a therapy', 'net-treatment-widgets'), value: '' },
          ...ids.map((id) => ({ label: id, value: id })),
        ]}
        onChange={(next) => onChange(next || undefined)}
      />
    );
  }
  if (attribute.kind === 'therapies') {
    // One select per place, in the order readers see them: the chosen ids, then one empty place
    // (at least `min`, at most `max` places). Emptying a place removes it; the others move up.
    // Repeats and unknown ids are kept as chosen: the widget itself says what is wrong.
    const chosen = Array.isArray(value) ? value.filter((id) => typeof id === 'string' && id) : [];
    const { min, max } = data.therapiesCount;
    const places = Math.min(max, Math.max(min, chosen.length + 1));
    const set = (index, id) => {
      const next = [...chosen];
      if (id) next[index] = id;
      else next.splice(index, 1);
      onChange(next.filter(Boolean).length ? next.filter(Boolean) : undefined);
    };
    return (
      <fieldset className="net-treatment-widgets-therapies">
        <legend>{label}</legend>
        <p className="components-base-control__help">
          {sprintf(
            /* translators: 1: the fewest treatments, 2: the most. */
            __('Choose %1$d to %2$d, in the order readers see them.', 'net-treatment-widgets'),
            min,
            max,
          )}
        </p>
        {Array.from({ length: places }, (_, index) => {
          const current = chosen[index] ?? '';
          const ids = current && !data.therapies.includes(current) ? [...data.therapies, current] : data.therapies;
          return (
            <SelectControl
              key={index}
              /* translators: %d: a place in the comparison, 1 to 4. */
              label={sprintf(__('Treatment %d', 'net-treatment-widgets'), index + 1)}
              value={current}
              options={[
                {
                  label:
                    index < min
                      ? __('Choose a therapy', 'net-treatment-widgets')
                      : __('None (optional)', 'net-treatment-widgets'),
                  value: '',
                },
                ...ids.map((id) => ({ label: id, value: id })),
              ]}
              onChange={(next) => set(index, next)}
            />
          );
        })}
      </fieldset>
    );
  }
  if (attribute.kind === 'heading-level') {
    const fallback = attribute.default ?? 2;
    return (
      <SelectControl
        label={label}
        value={Number.isInteger(value) ? String(value) : ''}
        options={[
          /* translators: %d: the widget's default heading level. */
          { label: sprintf(__('Default (H%d)', 'net-treatment-widgets'), fallback), value: '' },
          ...[1, 2, 3, 4, 5, 6].map((n) => ({ label: `H${n}`, value: String(n) })),
        ]}
        help={__('Match the page: one level below the heading the widget sits under.', 'net-treatment-widgets')}
        onChange={(next) => onChange(next ? Number(next) : undefined)}
      />
    );
  }
  if (attribute.kind === 'presence') {
    return (
      <ToggleControl
        label={label}
        checked={Boolean(value)}
        help={__(
          'Keeps the reader’s ticks in their own browser. Leave off for shared or public computers.',
          'net-treatment-widgets',
        )}
        onChange={(on) => onChange(on)}
      />
    );
  }
  return null;
}

const slotLabels = {
  contact: {
    label: __('Your contact line', 'net-treatment-widgets'),
    help: __(
      'Optional. Shown inside the widget under “From your care team”, for example: Call the NET nurse line on 555-0100. Plain text: markup shows as typed.',
      'net-treatment-widgets',
    ),
  },
};

function SlotControl({ slot, value, onChange }) {
  const { label, help } = slotLabels[slot.name] ?? { label: slot.name, help: undefined };
  return (
    <TextControl
      label={label}
      help={help}
      value={typeof value === 'string' ? value : ''}
      onChange={(next) => onChange(next === '' ? undefined : next)}
    />
  );
}

function makeEdit(widget) {
  const Tag = widget.tag;
  const offPresence = Object.fromEntries(
    widget.attributes.filter((a) => a.kind === 'presence').map((a) => [a.blockAttribute, false]),
  );
  return function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const ref = useRef(null);
    useWidgetsInDocument(ref, Tag);
    // The preview never stores ticks (presence attributes off): an editor's clicks stay out of localStorage.
    const preview = elementAttributes(widget, { ...attributes, ...offPresence });
    const slotted = widget.slots
      .map((slot) => [slot.name, slotText(attributes[slot.blockAttribute])])
      .filter(([, text]) => text);
    return (
      <>
        <InspectorControls>
          <PanelBody title={__('Widget', 'net-treatment-widgets')}>
            {widget.attributes.map((attribute) => (
              <Control
                key={attribute.name}
                attribute={attribute}
                value={attributes[attribute.blockAttribute]}
                onChange={(next) => setAttributes({ [attribute.blockAttribute]: next })}
              />
            ))}
            {widget.slots.map((slot) => (
              <SlotControl
                key={slot.name}
                slot={slot}
                value={attributes[slot.blockAttribute]}
                onChange={(next) => setAttributes({ [slot.blockAttribute]: next })}
              />
            ))}
          </PanelBody>
        </InspectorControls>
        <div {...blockProps}>
          <Tag ref={ref} {...preview}>
            {slotted.map(([name, text]) => (
              <p key={name} slot={name}>
                {text}
              </p>
            ))}
          </Tag>
        </div>
      </>
    );
  };
}

// The saved HTML is the element alone: text slots stay in the block's comment (see the top).
function makeSave(widget) {
  const Tag = widget.tag;
  return function save({ attributes }) {
    return <Tag {...useBlockProps.save(elementAttributes(widget, attributes))} />;
  };
}

for (const widget of data.widgets) {
  registerBlockType(widget.metadata, { edit: makeEdit(widget), save: makeSave(widget) });
}
