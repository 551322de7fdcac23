// net-treatment-widgets/ssr in Node: dist/ssr/index.js (npm run build) renders every element in
// every locale to declarative shadow DOM; host markup stays as written, attributes stay data; the
// static fragments and their CSP hashes agree with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultTreeAdapter, parse, parseFragment, serialize } from 'parse5';
import { LOCALES, ROOT, TAGS, THERAPY_IDS } from '../../scripts/lib/project.mjs';
import { DEFAULT_THERAPIES, cspHash, plan, styleTexts } from '../../scripts/build-static.mjs';

const SSR = join(ROOT, 'dist/ssr/index.js');
if (!existsSync(SSR)) throw new Error('dist/ssr/index.js is missing: run `npm run build` first.');
const { renderWidgets } = await import(pathToFileURL(SSR).href);
const registry = globalThis.customElements;
const THERAPY_TAGS = TAGS.filter((tag) => registry.get(tag)?.elementProperties?.has('therapy'));

/** Every element of a parse5 tree, template contents (shadow roots) included, with its depth in shadow roots. */
function elements(node, shadow = 0, out = []) {
  for (const child of node.childNodes ?? []) {
    if (!defaultTreeAdapter.isElementNode(child)) continue;
    out.push({ el: child, shadow });
    if (child.tagName === 'template') elements(defaultTreeAdapter.getTemplateContent(child), shadow + 1, out);
    else elements(child, shadow, out);
  }
  return out;
}
const attr = (el, name) => el.attrs.find((a) => a.name === name)?.value;
const text = (node) =>
  defaultTreeAdapter.isTextNode(node)
    ? node.value
    : ((node.tagName === 'template' ? defaultTreeAdapter.getTemplateContent(node) : node).childNodes
        ?.map(text)
        .join('') ?? '');

/** The parsed output: the widgets found at the top, and each one's shadow-root template. */
function widgets(html) {
  const tree = parseFragment(html);
  return elements(tree)
    .filter(({ el, shadow }) => shadow === 0 && TAGS.includes(el.tagName))
    .map(({ el }) => {
      const templates = el.childNodes.filter((c) => c.tagName === 'template');
      const shadow = templates[0] ? elements(defaultTreeAdapter.getTemplateContent(templates[0])) : [];
      return { el, templates, shadow: shadow.map((s) => s.el) };
    });
}

const headings = (shadow) => shadow.filter((el) => /^h[1-6]$/.test(el.tagName));

/** Markup for one widget of `tag` (a therapy for those that take one). */
const LIST_TAGS = TAGS.filter((tag) => registry.get(tag)?.elementProperties?.has('therapies'));
const markupFor = (tag, therapy) =>
  therapy
    ? `<${tag} therapy="${therapy}"></${tag}>`
    : LIST_TAGS.includes(tag)
      ? `<${tag} therapies="${DEFAULT_THERAPIES}"></${tag}>`
      : `<${tag}></${tag}>`;

for (const locale of LOCALES) {
  test(`every element renders in ${locale}: one declarative shadow root, styled, lang=${locale}, headings`, async () => {
    const cases = TAGS.flatMap((tag) =>
      THERAPY_TAGS.includes(tag) ? THERAPY_IDS.map((id) => [tag, id]) : [[tag, undefined]],
    );
    const html = await renderWidgets(cases.map(([tag, id]) => markupFor(tag, id)).join('\n'), { locale });
    const found = widgets(html);
    assert.equal(found.length, cases.length);
    for (const [i, { el, templates, shadow }] of found.entries()) {
      const what = `${cases[i][0]} ${cases[i][1] ?? ''} (${locale})`;
      assert.equal(templates.length, 1, `${what}: one template`);
      assert.deepEqual(templates[0].attrs, [{ name: 'shadowrootmode', value: 'open' }], what);
      assert.equal(shadow.filter((s) => s.tagName === 'style').length, 1, `${what}: its styles`);
      const content = shadow.find((s) => attr(s, 'lang') !== undefined);
      assert.equal(attr(content, 'lang'), locale, `${what}: lang on the content`);
      assert.equal(shadow.filter((s) => attr(s, 'part') === 'notice').length, 0, `${what}: no notice`);
      assert.equal(headings(shadow).filter((h) => h.tagName === 'h2').length, 1, `${what}: one top heading`);
      assert.ok(text(headings(shadow)[0]).trim().length > 3, `${what}: heading text`);
      assert.ok(
        shadow.every((s) => s.tagName !== 'script'),
        `${what}: no script`,
      );
      assert.equal(attr(el, 'therapy'), cases[i][1], `${what}: host attributes kept`);
    }
  });
}

test('the locale is negotiated like <html lang>', async () => {
  const lang = async (locale) => {
    const [{ shadow }] = widgets(
      await renderWidgets('<net-therapy-card therapy="prrt"></net-therapy-card>', { locale }),
    );
    return attr(
      shadow.find((s) => attr(s, 'lang')),
      'lang',
    );
  };
  assert.equal(await lang('fr-FR'), 'fr-CA');
  assert.equal(await lang('fr'), 'fr-CA');
  assert.equal(await lang('en-AU'), 'en-GB');
  assert.equal(await lang('en_CA'), 'en-CA');
  assert.equal(await lang('de-DE'), 'en-US');
  assert.equal(await lang('not a tag!'), 'en-US');
  assert.equal(await lang(''), 'en-US');
});

test('renders in parallel never mix locales', async () => {
  const markup = '<net-decision-checklist></net-decision-checklist>';
  const outs = await Promise.all(LOCALES.flatMap((locale) => [renderWidgets(markup, { locale }), locale]));
  for (let i = 0; i < outs.length; i += 2) assert.match(outs[i], new RegExp(`lang="${outs[i + 1]}"`));
});

test('attributes with markup stay text: nothing from an attribute becomes an element', async () => {
  const hostile = [
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '</template><script>alert(2)</script>',
    '&lt;b&gt; & "quotes" <!-- -->',
  ];
  for (const value of hostile) {
    const tags = [...THERAPY_TAGS.map((tag) => [tag, 'therapy']), ...TAGS.map((tag) => [tag, 'heading-level'])];
    const markup = tags
      .map(([tag, name]) => {
        const el = defaultTreeAdapter.createElement(tag, 'http://www.w3.org/1999/xhtml', [
          { name, value },
          { name: 'data-note', value },
        ]);
        const frag = defaultTreeAdapter.createDocumentFragment();
        defaultTreeAdapter.appendChild(frag, el);
        return frag;
      })
      .map((frag) => serialize(frag))
      .join('');
    const html = await renderWidgets(markup, { locale: 'en-US' });
    const all = elements(parseFragment(html)).map((e) => e.el);
    assert.equal(all.filter((el) => ['script', 'img'].includes(el.tagName)).length, 0, `${value}: no element made`);
    const found = widgets(html);
    assert.equal(found.length, tags.length, `${value}: every widget still there`);
    for (const [i, { el, templates }] of found.entries()) {
      assert.equal(attr(el, tags[i][1]), value, `${value}: the attribute value is kept exactly, as data`);
      assert.equal(attr(el, 'data-note'), value);
      assert.equal(templates.length, 1);
    }
  }
});

test('an unknown or missing therapy renders the widget’s own notice, localized', async () => {
  for (const tag of THERAPY_TAGS) {
    for (const [markup, pattern] of [
      [`<${tag} therapy="no-such-thing"></${tag}>`, /information sur ce traitement|information about this treatment/],
      [`<${tag} therapy="__proto__"></${tag}>`, /./],
      [`<${tag}></${tag}>`, /./],
      [`<${tag} therapy=""></${tag}>`, /./],
    ]) {
      const html = await renderWidgets(markup, { locale: 'fr-CA' });
      const [{ shadow, templates }] = widgets(html);
      assert.equal(templates.length, 1, markup);
      const notice = shadow.find((s) => attr(s, 'part') === 'notice');
      assert.ok(notice, `${markup}: notice`);
      assert.equal(attr(notice, 'lang'), 'fr-CA');
      assert.equal(attr(notice, 'role'), 'status');
      assert.match(text(notice), pattern);
    }
  }
});

test('host HTML around and inside the widgets is kept; pages, nesting and a second render work', async () => {
  const host =
    '<main><h1>Treatments</h1><p>Intro &amp; more</p>' +
    '<div class="grid"><net-therapy-card therapy="surgery" heading-level="3" class="x" id="card"><p>Fallback</p></net-therapy-card></div>' +
    '<net-own-thing therapy="prrt"></net-own-thing><table><tr><td><net-side-effect-list therapy="prrt"></net-side-effect-list></td></tr></table></main>';
  const html = await renderWidgets(host, { locale: 'en-CA' });
  const tree = parseFragment(html);
  const all = elements(tree);
  assert.equal(text(all.find(({ el }) => el.tagName === 'h1').el), 'Treatments');
  const [card, list] = widgets(html);
  assert.equal(attr(card.el, 'heading-level'), '3');
  assert.equal(attr(card.el, 'class'), 'x');
  assert.equal(headings(card.shadow)[0].tagName, 'h3', 'heading-level honoured');
  assert.equal(text(card.el.childNodes.find((c) => c.tagName === 'p')), 'Fallback', 'light DOM kept');
  assert.equal(card.el.childNodes[0].tagName, 'template', 'the shadow root comes first');
  assert.equal(list.templates.length, 1, 'inside a table too');
  const own = all.find(({ el }) => el.tagName === 'net-own-thing').el;
  assert.equal(own.childNodes.length, 0, "a host's own net- element is left alone");
  assert.ok(!html.includes('<script'), 'no script added');

  // Rendering the output again replaces the shadow roots instead of adding a second one.
  const again = await renderWidgets(html, { locale: 'fr-CA' });
  for (const w of widgets(again)) assert.equal(w.templates.length, 1);
  assert.match(again, /lang="fr-CA"/);
  assert.doesNotMatch(again, /lang="en-CA"/);

  // A whole page is parsed as a document: doctype, head and body are kept.
  const page = await renderWidgets(
    '<!doctype html><html lang="fr"><head><title>T</title></head><body><net-decision-checklist persist></net-decision-checklist></body></html>',
    { locale: 'fr' },
  );
  assert.match(
    page,
    /^<!DOCTYPE html><html lang="fr"><head><title>T<\/title><\/head><body><net-decision-checklist persist="">/,
  );
  const doc = elements(parse(page));
  assert.equal(doc.filter(({ el }) => el.tagName === 'template').length, 1);
  // Lit SSR writes checked="false" for `.checked=${false}`; the renderer drops it (nothing ticked).
  const boxes = doc.filter(({ el }) => el.tagName === 'input');
  assert.ok(boxes.length > 5);
  assert.ok(boxes.every(({ el }) => attr(el, 'checked') === undefined));
});

test('markup that is not a string is refused', async () => {
  await assert.rejects(renderWidgets(undefined, { locale: 'en-US' }), TypeError);
});

test('the static fragments: every element × locale (× therapy) file, matching renderWidgets, and their CSP hashes', async () => {
  const files = plan(new Set(THERAPY_TAGS), new Set(LIST_TAGS));
  assert.equal(
    files.length,
    LOCALES.length * (THERAPY_TAGS.length * THERAPY_IDS.length + (TAGS.length - THERAPY_TAGS.length)),
  );
  const csp = JSON.parse(readFileSync(join(ROOT, 'dist/static/csp-hashes.json'), 'utf8'));
  const allowed = new Set(csp.styleSrc.split(' '));
  for (const file of files) {
    const path = join(ROOT, 'dist/static', file.path);
    assert.ok(existsSync(path), file.path);
    const html = readFileSync(path, 'utf8');
    assert.equal(html, (await renderWidgets(file.markup, { locale: file.locale })) + '\n', file.path);
    for (const style of styleTexts(html)) assert.ok(allowed.has(cspHash(style)), `${file.path}: style hash listed`);
  }
  assert.deepEqual(Object.keys(csp.hashes).sort(), [...TAGS].sort());
});

test('shadow roots are ASCII (character references, CSS escapes) and decode to the same text and styles', async () => {
  const host = '<p lang="fr-CA">Texte de l’hôte</p>';
  for (const locale of LOCALES) {
    for (const tag of TAGS) {
      const html = await renderWidgets(host + markupFor(tag, THERAPY_TAGS.includes(tag) ? 'chemotherapy' : undefined), {
        locale,
      });
      // The host's own markup is the host's: kept as written.
      assert.ok(html.startsWith(host), `${locale} ${tag}: host markup kept`);
      const shadow = html.slice(host.length);
      assert.doesNotMatch(
        shadow,
        /[\u0080-\u{10ffff}]/u,
        `${locale} ${tag}: every character of the shadow root is ASCII`,
      );
      // Parsed, the references are the characters again: the French is French, dates have their
      // separators, and the text has no escape left in it.
      const [widget] = widgets(shadow);
      const content = text(widget.templates[0]).replace(styleTexts(shadow)[0], '');
      assert.doesNotMatch(content, /&#x|\\[0-9a-f]+ /u, `${locale} ${tag}: no reference left after parsing`);
      if (locale === 'fr-CA') assert.match(content, /[éèà]/u, `${locale} ${tag}: accents`);
      if (tag === 'net-side-effect-list') assert.match(content, /°/u, `${locale} ${tag}: degrees`);
    }
  }
  // In <style>, a CSS escape (a reference would not be decoded there): the comparison's ' · '.
  const [comparison] = widgets(await renderWidgets(markupFor('net-treatment-comparison'), { locale: 'en-US' }));
  const style = styleTexts(serialize(defaultTreeAdapter.getTemplateContent(comparison.templates[0])))[0];
  assert.match(style, /content:(['"]) \\b7 {2}\1/u, 'the separator is a CSS escape followed by its space');
});
