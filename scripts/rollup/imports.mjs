// What the message plugins need to know of a parsed module: under which local names it imports a
// library's functions (msg and str of @lit/localize, whatever they are called in that file).

/** Local names under which `names` are imported from `source` in a parsed module: local → imported. */
export function importedAs(ast, source, names) {
  const out = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== source) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && names.includes(s.imported.name)) out.set(s.local.name, s.imported.name);
    }
  }
  return out;
}

/** The literal `id` of a msg(…, { id }) call, or undefined. */
export function messageId(call) {
  const options = call.arguments[1];
  const prop =
    options?.type === 'ObjectExpression'
      ? options.properties.find((p) => (p.key?.name ?? p.key?.value) === 'id')
      : undefined;
  return prop?.value?.type === 'Literal' && typeof prop.value.value === 'string' ? prop.value : undefined;
}

/** Whether `node` is a call of one of `names` (local identifiers). */
export const isCallOf = (node, names) =>
  node.type === 'CallExpression' && node.callee.type === 'Identifier' && names.includes(node.callee.name);
