// The bundle needs the readable ids of messages ("prrt.experience.howOften") and citations
// ("cruk-net-somatostatin-analogues") only to be unique: translators, evidence and tests keep the
// readable ones. These plugins give each a base-36 name ("1k", "s2f") in the one-file bundles, the
// same in the code and in the generated catalogues, fixed by the sorted list of ids so that a build
// is reproducible; and drop the citation fields only the tools read. Bespoke: they rewrite this
// project's own catalogue, which no general minifier knows.
import { walk } from 'estree-walker';
import MagicString from 'magic-string';
import { importedAs, isCallOf, messageId } from './imports.mjs';

const result = (out) => (out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null);

/** Base-36 names, shortest first: 0…z, 10…zz, … (never clashing, since each index is unique). */
const shortName = (index) => index.toString(36);

const keyOf = (prop) => (prop.key.type === 'Literal' ? String(prop.key.value) : prop.key.name);

/** Every msg(…, { id }) call in src/ and every key of the generated catalogues. An unknown id fails the build. */
export function shortMessageIds(allIds) {
  const map = new Map([...allIds].sort().map((id, i) => [id, shortName(i)]));
  const rename = (id, where) => {
    const short = map.get(id);
    if (short === undefined)
      throw new Error(`shortMessageIds: "${id}" (${where}) is not in locales/*.xlf: run npm run localize:extract`);
    return JSON.stringify(short);
  };
  return {
    name: 'net-widgets-short-message-ids',
    transform(code, id) {
      if (!/\/src\//.test(id)) return null;
      const generated = /\/src\/generated\/locales\//.test(id);
      if (!generated && !code.includes('msg(')) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      const msgNames = [...importedAs(ast, '@lit/localize', ['msg']).keys()];
      if (!generated && !msgNames.length) return null;
      walk(ast, {
        enter(node) {
          if (
            generated &&
            node.type === 'VariableDeclarator' &&
            node.id.name === 'templates' &&
            node.init?.type === 'ObjectExpression'
          ) {
            for (const prop of node.init.properties)
              out.overwrite(prop.key.start, prop.key.end, rename(keyOf(prop), id));
          } else if (!generated && isCallOf(node, msgNames)) {
            const literal = messageId(node);
            if (!literal) throw new Error(`shortMessageIds: a msg() call in ${id} has no literal { id }`);
            out.overwrite(literal.start, literal.end, rename(literal.value, id));
          }
        },
      });
      return result(out);
    },
  };
}

/** In src/content/: every key of a sources table and every string that is exactly a source id. */
export function shortSourceIds(allIds) {
  const map = new Map([...allIds].sort().map((id, i) => [id, `s${shortName(i)}`]));
  return {
    name: 'net-widgets-short-source-ids',
    transform(code, id) {
      if (!/\/src\/content\//.test(id)) return null;
      const out = new MagicString(code);
      const done = new Set();
      const rename = (node, value) => {
        if (typeof value !== 'string' || !map.has(value) || done.has(node.start)) return;
        done.add(node.start); // a key that is a Literal is visited as the key and as a Literal
        out.overwrite(node.start, node.end, JSON.stringify(map.get(value)));
      };
      walk(this.parse(code), {
        enter(node) {
          if (node.type === 'Property' && !node.computed) rename(node.key, keyOf(node));
          if (node.type === 'Literal') rename(node, node.value);
        },
      });
      return result(out);
    },
  };
}

/**
 * The citation fields only the tools read (`accessed`, the day a person read the page; `seed`, the
 * seed's file name) leave the sources tables in the bundle; content:check reads them from src/.
 */
export function dropSourceFields(fields = ['accessed', 'seed']) {
  return {
    name: 'net-widgets-drop-source-fields',
    transform(code, id) {
      if (!/\/src\/content\/sources\/[^/]+\.ts$/.test(id)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), {
        enter(node) {
          if (node.type !== 'ObjectExpression') return;
          for (const prop of node.properties) {
            if (prop.type !== 'Property' || !fields.includes(prop.key?.name ?? prop.key?.value)) continue;
            const comma = code.slice(prop.end).match(/^\s*,/);
            out.remove(prop.start, prop.end + (comma ? comma[0].length : 0));
          }
        },
      });
      return result(out);
    },
  };
}
