// Rollup plugins that make the classic-script bundles smaller without changing what they render.
//
// minifyCss(): the CSS inside Lit's css`` templates is a string to terser, so it ships with its
// indentation and comments. This removes comments and collapses whitespace, conservatively: runs
// of whitespace become one space, spaces next to `{ } ; , >` and after `:` go, quoted strings stay
// as they are (a space before `:` is a descendant combinator, `a :hover`: it stays; see squeezeCss).
//
// minifyHtml(): the indentation inside html`` templates becomes one space (see squeezeHtml).
//
// inlineMessages(locale): for a single-locale build, every msg('…', { id }) call becomes the
// string of that locale (its catalogue entry, or the en-US source when the catalogue has none:
// the same fallback the msg() runtime applies), as @lit/localize's "transform" mode does. The
// file then carries its locale's text once, with no message ids and no catalogue object. A call
// the plugin does not understand fails the build: nothing is left half-translated.
import { readFileSync, existsSync } from 'node:fs';
import { readTemplates, respellCode, spellingRules } from './strip-identical-targets.mjs';

/** Walk an ESTree, calling `visit` on every node. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Local names under which `names` are imported from `source` in a parsed module. */
function importedAs(ast, source, names) {
  const out = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== source) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && names.includes(s.imported.name)) out.set(s.local.name, s.imported.name);
    }
  }
  return out;
}

/** Apply [start, end, text] replacements to `code`. */
function splice(code, edits) {
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

/** Collapse the whitespace and drop the comments of one piece of CSS (a template quasi). */
export function squeezeCss(raw) {
  // Quoted strings (content: '…') are kept as they are; only the text between them is squeezed.
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            // around { } ; , > no space is ever needed; after ":" neither (a space *before* ":"
            // is a descendant combinator and stays; "+" and "~" stay, calc() needs their spaces)
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

/**
 * Collapse the indentation inside one piece of an html`` template: a run of whitespace that holds
 * a line break becomes one space. HTML renders any whitespace run as one space (the widgets set
 * no `white-space: pre*` and use no <pre> or <textarea>), so the DOM text changes, the look not.
 */
export function squeezeHtml(raw) {
  return raw.replace(/[ \t]*\n\s*/g, ' ');
}

/** html`` templates of lit and lit/static-html.js: collapse their indentation. */
export function minifyHtml() {
  return {
    name: 'net-widgets-minify-html',
    transform(code, id) {
      if (!/\/src\//.test(id) || !code.includes('`')) return null;
      const ast = this.parse(code);
      const locals = new Map([
        ...importedAs(ast, 'lit', ['html', 'svg']),
        ...importedAs(ast, 'lit/static-html.js', ['html']),
      ]);
      if (!locals.size) return null;
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !locals.has(node.tag.name))
          return;
        for (const q of node.quasi.quasis) edits.push([q.start, q.end, squeezeHtml(code.slice(q.start, q.end))]);
      });
      return edits.length ? { code: splice(code, edits), map: null } : null;
    },
  };
}

export function minifyCss() {
  return {
    name: 'net-widgets-minify-css',
    transform(code, id) {
      if (!/\/src\//.test(id) || !code.includes('css`')) return null;
      const ast = this.parse(code);
      const locals = importedAs(ast, 'lit', ['css']);
      if (!locals.size) return null;
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !locals.has(node.tag.name))
          return;
        for (const q of node.quasi.quasis) edits.push([q.start, q.end, squeezeCss(code.slice(q.start, q.end))]);
      });
      return edits.length ? { code: splice(code, edits), map: null } : null;
    },
  };
}

/** The code of template literal `value` (a catalogue entry) with ${n} replaced by `exprs[n]`. */
function fillTemplate(valueCode, exprs, parse, id) {
  const expr = parse(`(${valueCode})`).body[0].expression;
  const tpl = expr.type === 'TaggedTemplateExpression' ? expr.quasi : expr;
  if (expr.type === 'TaggedTemplateExpression' && expr.tag.name !== 'str') {
    throw new Error(`inlineMessages: ${id} is a ${expr.tag.name}\`\` message; only strings and str\`\` are supported`);
  }
  if (tpl.type !== 'TemplateLiteral')
    throw new Error(`inlineMessages: ${id}: unexpected catalogue entry ${valueCode.slice(0, 40)}`);
  const src = `(${valueCode})`;
  let out = '`';
  tpl.quasis.forEach((q, i) => {
    out += src.slice(q.start, q.end);
    if (i < tpl.expressions.length) {
      const index = tpl.expressions[i];
      if (index.type !== 'Literal' || typeof index.value !== 'number' || exprs[index.value] === undefined) {
        throw new Error(
          `inlineMessages: ${id}: placeholder \${${src.slice(index.start, index.end)}} has no source expression`,
        );
      }
      out += '${' + exprs[index.value] + '}';
    }
  });
  return out + '`';
}

export function inlineMessages(locale, { catalogueFile, sourceLocale }) {
  let catalogue = new Map();
  let respell = (_locale, text) => text;
  return {
    name: 'net-widgets-inline-messages',
    async buildStart() {
      if (locale === sourceLocale) return;
      ({ respell } = await spellingRules());
      if (!existsSync(catalogueFile))
        throw new Error(`inlineMessages: ${catalogueFile} is missing (run lit-localize build)`);
      catalogue = readTemplates(readFileSync(catalogueFile, 'utf8')).entries;
    },
    transform(code, id) {
      if (!/\/src\//.test(id) || /\/src\/generated\//.test(id) || !code.includes('msg(')) return null;
      const ast = this.parse(code);
      const locals = importedAs(ast, '@lit/localize', ['msg', 'str']);
      const msgNames = [...locals].filter(([, n]) => n === 'msg').map(([l]) => l);
      const strNames = [...locals].filter(([, n]) => n === 'str').map(([l]) => l);
      if (!msgNames.length) return null;
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || !msgNames.includes(node.callee.name))
          return;
        const [template, options] = node.arguments;
        const idProp =
          options?.type === 'ObjectExpression'
            ? options.properties.find((p) => (p.key?.name ?? p.key?.value) === 'id')
            : undefined;
        const msgId = idProp?.value?.type === 'Literal' ? idProp.value.value : undefined;
        if (typeof msgId !== 'string') {
          throw new Error(`inlineMessages: a msg() call in ${id} has no literal { id }`);
        }
        let exprs = [];
        let sourceCode;
        if (template.type === 'Literal' && typeof template.value === 'string') {
          sourceCode = code.slice(template.start, template.end);
        } else if (template.type === 'TemplateLiteral') {
          sourceCode = code.slice(template.start, template.end);
          exprs = template.expressions.map((e) => code.slice(e.start, e.end));
        } else if (
          template.type === 'TaggedTemplateExpression' &&
          template.tag.type === 'Identifier' &&
          strNames.includes(template.tag.name)
        ) {
          // str`a ${x} b` renders as the plain template literal `a ${x} b`
          sourceCode = code.slice(template.quasi.start, template.quasi.end);
          exprs = template.quasi.expressions.map((e) => code.slice(e.start, e.end));
        } else {
          throw new Error(`inlineMessages: msg id ${msgId} in ${id}: unsupported template (${template.type})`);
        }
        const entry = catalogue.get(msgId);
        // No entry: the source text, respelled for en-GB and en-CA, as msg() renders it at run time.
        const text = entry
          ? fillTemplate(entry.value, exprs, (c) => this.parse(c), msgId)
          : respellCode(respell, locale, sourceCode);
        edits.push([node.start, node.end, `(${text})`]);
      });
      return edits.length ? { code: splice(code, edits), map: null } : null;
    },
  };
}

/** Base-36 names, shortest first: 0…z, 10…zz, … (never clashing, since each index is unique). */
export function shortName(index) {
  return index.toString(36);
}

/**
 * shortMessageIds(ids): the readable message ids ("prrt.experience.howOften") are for translators,
 * evidence and tests; the bundle only needs them to be unique. Every msg(…, { id }) call in src/ and
 * every key of the generated translation modules becomes a short name ("1k"), the same in both, so
 * the one-file bundle carries each id in two or three letters instead of twenty-five. The mapping is
 * fixed by the sorted list of ids (from the XLIFF), so a build is reproducible. An id in code that is
 * not in the list fails the build.
 */
export function shortMessageIds(allIds) {
  const map = new Map([...allIds].sort().map((id, i) => [id, shortName(i)]));
  const rename = (id, where) => {
    const short = map.get(id);
    if (short === undefined)
      throw new Error(`shortMessageIds: "${id}" (${where}) is not in locales/*.xlf: run npm run localize:extract`);
    return short;
  };
  return {
    name: 'net-widgets-short-message-ids',
    transform(code, id) {
      if (!/\/src\//.test(id)) return null;
      const generated = /\/src\/generated\/locales\//.test(id);
      if (!generated && !code.includes('msg(')) return null;
      const ast = this.parse(code);
      const edits = [];
      if (generated) {
        walk(ast, (node) => {
          if (
            node.type !== 'VariableDeclarator' ||
            node.id.name !== 'templates' ||
            node.init?.type !== 'ObjectExpression'
          )
            return;
          for (const prop of node.init.properties) {
            const key = prop.key.type === 'Literal' ? String(prop.key.value) : prop.key.name;
            edits.push([prop.key.start, prop.key.end, JSON.stringify(rename(key, id))]);
          }
        });
      } else {
        const msgNames = [...importedAs(ast, '@lit/localize', ['msg'])].map(([local]) => local);
        if (!msgNames.length) return null;
        walk(ast, (node) => {
          if (
            node.type !== 'CallExpression' ||
            node.callee.type !== 'Identifier' ||
            !msgNames.includes(node.callee.name)
          )
            return;
          const options = node.arguments[1];
          const idProp =
            options?.type === 'ObjectExpression'
              ? options.properties.find((p) => (p.key?.name ?? p.key?.value) === 'id')
              : undefined;
          if (idProp?.value?.type !== 'Literal' || typeof idProp.value.value !== 'string') {
            throw new Error(`shortMessageIds: a msg() call in ${id} has no literal { id }`);
          }
          edits.push([idProp.value.start, idProp.value.end, JSON.stringify(rename(idProp.value.value, id))]);
        });
      }
      return edits.length ? { code: splice(code, edits), map: null } : null;
    },
  };
}

/**
 * dropSourceFields(fields): the citation fields only the tools read (`accessed`, the day a person
 * read the page; `seed`, the seed's file name) are removed from the source tables in the bundle;
 * content:check reads them from src/ itself.
 */
export function dropSourceFields(fields = ['accessed', 'seed']) {
  return {
    name: 'net-widgets-drop-source-fields',
    transform(code, id) {
      if (!/\/src\/content\/sources\/[^/]+\.ts$/.test(id)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'ObjectExpression') return;
        for (const prop of node.properties) {
          const key = prop.key?.name ?? prop.key?.value;
          if (prop.type === 'Property' && fields.includes(key)) {
            const after = code.slice(prop.end).match(/^\s*,/);
            edits.push([prop.start, prop.end + (after ? after[0].length : 0), '']);
          }
        }
      });
      return edits.length ? { code: splice(code, edits), map: null } : null;
    },
  };
}

/**
 * shortSourceIds(ids): the same for the citations' ids ("cruk-net-somatostatin-analogues", cited by
 * a dozen entries): in src/content/, every key of a sources table and every string literal that is
 * exactly a source id becomes "s" + a short name. Source ids are never shown; content:check and the
 * evidence files keep the readable ones.
 */
export function shortSourceIds(allIds) {
  const map = new Map([...allIds].sort().map((id, i) => [id, `s${shortName(i)}`]));
  return {
    name: 'net-widgets-short-source-ids',
    transform(code, id) {
      if (!/\/src\/content\//.test(id)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        if (node.type === 'Property' && !node.computed) {
          const key = node.key.type === 'Literal' ? node.key.value : node.key.name;
          if (typeof key === 'string' && map.has(key))
            edits.push([node.key.start, node.key.end, JSON.stringify(map.get(key))]);
        }
        if (node.type === 'Literal' && typeof node.value === 'string' && map.has(node.value)) {
          edits.push([node.start, node.end, JSON.stringify(map.get(node.value))]);
        }
      });
      // A property key that is a Literal is visited twice (as the key and as a Literal): keep one edit per range.
      const unique = [...new Map(edits.map((e) => [`${e[0]}:${e[1]}`, e])).values()];
      return unique.length ? { code: splice(code, unique), map: null } : null;
    },
  };
}
