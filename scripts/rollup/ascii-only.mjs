// Every shipped script is ASCII only (DESIGN.md "Files"): a classic script served without a
// charset is decoded in the host page's encoding, and on a windows-1252 page each UTF-8 "é" would
// read "Ã©". terser (`format.ascii_only`) and esbuild escape strings, regular expressions and
// untagged templates, but leave tagged templates (html``, css``, str``) as written, because an
// escape changes a tagged template's `raw` strings. Lit, @lit/localize and the CSS tag read only the
// cooked strings, which an escape leaves unchanged (so Lit's template digests, and with them
// hydration, are unchanged too). This plugin escapes what the minifier left, in the rendered
// chunk (and, in the unminified ES modules, writes comments' characters as \u escapes too), and
// fails the build if any character above U+007F is still there.
import { parse } from 'acorn';
import { walk } from 'estree-walker';
import MagicString from 'magic-string';

/** `\uXXXX` (or `\u{XXXXX}` above the BMP) for every character above U+007E in `text`. */
export function escapeNonAscii(text) {
  return text.replace(/[\u007f-\u{10ffff}]/gu, (ch) => {
    const code = ch.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** The first character above U+007F in `code` as "line:column", or undefined. */
export function firstNonAscii(code) {
  const index = code.search(/[\u0080-\u{10ffff}]/u);
  if (index < 0) return undefined;
  const before = code.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1).length + 1} (U+${code.codePointAt(index).toString(16).padStart(4, '0')})`;
}

/**
 * Escape the non-ASCII characters of every template literal and comment in `code` (an ES module
 * or a script); returns a MagicString (for its source map), or undefined when all is ASCII.
 */
export function escapeTemplates(code) {
  if (!/[\u0080-\u{10ffff}]/u.test(code)) return undefined;
  const out = new MagicString(code);
  const onComment = (_block, text, start, end) => {
    if (/[\u0080-\u{10ffff}]/u.test(text)) out.overwrite(start, end, escapeNonAscii(code.slice(start, end)));
  };
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowReturnOutsideFunction: true, onComment });
  walk(ast, {
    enter(node) {
      if (node.type !== 'TemplateElement' || !/[\u0080-\u{10ffff}]/u.test(node.value.raw)) return;
      // A line continuation before a non-ASCII line terminator (`\` + U+2028) cannot be escaped.
      if (/(^|[^\\])(\\\\)*\\[\u2028\u2029]/u.test(node.value.raw)) {
        throw new Error(`a template continues a line with U+2028/U+2029 at ${node.start}`);
      }
      out.overwrite(node.start, node.end, escapeNonAscii(node.value.raw));
    },
  });
  return out;
}

/** Rollup output plugin: put it after the minifier. */
export function asciiOnly() {
  return {
    name: 'net-widgets-ascii-only',
    renderChunk(code, chunk, options) {
      const out = escapeTemplates(code);
      const at = firstNonAscii(out ? out.toString() : code);
      if (at) this.error(`${chunk.fileName}: a character above U+007F is left at ${at}`);
      if (!out) return null;
      return { code: out.toString(), map: options.sourcemap ? out.generateMap({ hires: true }) : null };
    },
  };
}
