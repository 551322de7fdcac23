// inlineMessages(locale): for a single-locale file, every msg('…', { id }) call becomes the string
// of that locale (its catalogue entry, or the en-US source respelled by the regional spelling
// rules when the catalogue has none: the fallback the msg() runtime applies), so the file carries
// its locale's text once, with no message ids and no catalogue. A call it does not understand
// fails the build: nothing is left half-translated.
// Bespoke because lit-localize's own transform mode compiles the whole program with tsc, once
// per locale, and knows nothing of the respelled fallback that keeps en-GB and en-CA small.
import { existsSync, readFileSync } from 'node:fs';
import { walk } from 'estree-walker';
import MagicString from 'magic-string';
import { readTemplates, respellCode, spellingRules } from '../strip-identical-targets.mjs';
import { importedAs, isCallOf, messageId } from './imports.mjs';

/** The code of template literal `valueCode` (a catalogue entry) with ${n} replaced by `exprs[n]`. */
function fillTemplate(valueCode, exprs, parse, id) {
  const src = `(${valueCode})`;
  const expr = parse(src).body[0].expression;
  const tpl = expr.type === 'TaggedTemplateExpression' ? expr.quasi : expr;
  if (expr.type === 'TaggedTemplateExpression' && expr.tag.name !== 'str') {
    throw new Error(`inlineMessages: ${id} is a ${expr.tag.name}\`\` message; only strings and str\`\` are supported`);
  }
  if (tpl.type !== 'TemplateLiteral')
    throw new Error(`inlineMessages: ${id}: unexpected catalogue entry ${valueCode.slice(0, 40)}`);
  let out = '`';
  tpl.quasis.forEach((q, i) => {
    out += src.slice(q.start, q.end);
    if (i === tpl.expressions.length) return;
    const index = tpl.expressions[i];
    if (index.type !== 'Literal' || typeof index.value !== 'number' || exprs[index.value] === undefined) {
      throw new Error(
        `inlineMessages: ${id}: placeholder \${${src.slice(index.start, index.end)}} has no source expression`,
      );
    }
    out += '${' + exprs[index.value] + '}';
  });
  return out + '`';
}

/** The source text of a msg() template and the code of its ${…} expressions. */
function sourceTemplate(code, template, strNames, msgId, file) {
  const slice = (n) => code.slice(n.start, n.end);
  if (template.type === 'Literal' && typeof template.value === 'string') return { text: slice(template), exprs: [] };
  if (template.type === 'TemplateLiteral') return { text: slice(template), exprs: template.expressions.map(slice) };
  if (
    template.type === 'TaggedTemplateExpression' &&
    template.tag.type === 'Identifier' &&
    strNames.includes(template.tag.name)
  ) {
    // str`a ${x} b` renders as the plain template literal `a ${x} b`.
    return { text: slice(template.quasi), exprs: template.quasi.expressions.map(slice) };
  }
  throw new Error(`inlineMessages: msg id ${msgId} in ${file}: unsupported template (${template.type})`);
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
      const locals = [...importedAs(ast, '@lit/localize', ['msg', 'str'])];
      const msgNames = locals.filter(([, n]) => n === 'msg').map(([l]) => l);
      const strNames = locals.filter(([, n]) => n === 'str').map(([l]) => l);
      if (!msgNames.length) return null;
      const out = new MagicString(code);
      walk(ast, {
        enter: (node) => {
          if (!isCallOf(node, msgNames)) return;
          const msgId = messageId(node)?.value;
          if (msgId === undefined) throw new Error(`inlineMessages: a msg() call in ${id} has no literal { id }`);
          const { text, exprs } = sourceTemplate(code, node.arguments[0], strNames, msgId, id);
          const entry = catalogue.get(msgId);
          const inlined = entry
            ? fillTemplate(entry.value, exprs, (c) => this.parse(c), msgId)
            : respellCode(respell, locale, text);
          out.overwrite(node.start, node.end, `(${inlined})`);
        },
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}
