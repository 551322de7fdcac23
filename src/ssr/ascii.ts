/**
 * A server-rendered shadow root as ASCII: a host page in a legacy encoding (windows-1252,
 * Shift_JIS), or a CMS that re-encodes what it is given, shows the text right. Outside `<style>`
 * every character above U+007E becomes a numeric character reference (`&#xe9;`), which HTML
 * decodes in text and attribute values alike; inside `<style>`, where references are not decoded,
 * it becomes a CSS escape (`\b7 `, the space ends the escape and is consumed by it).
 */
const NON_ASCII = /[\u007f-\u{10ffff}]/gu;

const codePoint = (ch: string): string => (ch.codePointAt(0) ?? 0).toString(16);

export function asciiHtml(html: string): string {
  return html
    .split(/(<style\b[^>]*>[\s\S]*?<\/style>)/i)
    .map((part, i) =>
      i % 2
        ? part.replace(NON_ASCII, (ch) => `\\${codePoint(ch)} `)
        : part.replace(NON_ASCII, (ch) => `&#x${codePoint(ch)};`),
    )
    .join('');
}
