// The demo page: gallery, locale switcher and the embed-code generator.
// A classic deferred script (runs after ../dist/net-widgets.js), no inline handlers, no server API:
// everything it needs is window.NetWidgets and the static file dist/net-widgets.sri.json.
(function () {
  'use strict';

  const api = window.NetWidgets;
  const $ = (selector) => document.querySelector(selector);

  /**
   * The therapies' names as readers see them (dist/static/therapy-names.json, written by the build
   * from the catalogue): every control that names a therapy shows its id until they arrive, then
   * the name in the page's locale. Elements that show one carry data-therapy-name="<id>".
   */
  const names = fetch(new URL('../dist/static/therapy-names.json', document.baseURI))
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}));
  const nameOf = (all, id) => (all[api ? api.getLocale() : 'en-US'] || all['en-US'] || {})[id] || id;
  function showNames() {
    void names.then((all) => {
      for (const el of document.querySelectorAll('[data-therapy-name]')) {
        const name = nameOf(all, el.dataset.therapyName);
        if (el instanceof HTMLOptionElement || el.localName === 'span') el.textContent = name;
        else el.setAttribute('aria-label', `${name} (scrollable)`);
      }
    });
  }

  /** Theme presets: only documented --net-* tokens, so what the preview shows is what a host gets. */
  const THEMES = {
    '': { label: 'Default (light or dark)', tokens: {} },
    teal: {
      label: 'Teal',
      tokens: { '--net-color-accent': '#00665e', '--net-color-surface-alt': '#eef6f5', '--net-radius': '0.75em' },
    },
    plum: {
      label: 'Plum',
      tokens: {
        '--net-color-accent': '#6b2c74',
        '--net-color-surface-alt': '#f6f0f7',
        '--net-color-border': '#d8c7dc',
      },
    },
    serif: {
      label: 'Serif, square corners',
      tokens: { '--net-font-family': 'Georgia, "Times New Roman", serif', '--net-radius': '0' },
    },
    dark: { label: 'Always dark', tokens: { '--net-color-scheme': 'dark' } },
    large: { label: 'Larger text', tokens: { '--net-font-size': '1.2em' } },
  };

  const therapies = (api && api.therapies) || [];
  const version = (api && api.version) || 'dev';
  const pinnedFile = `net-widgets-${version}.js`;

  // ---- Version labels ---------------------------------------------------------------------
  for (const el of document.querySelectorAll('[data-version]')) el.textContent = `v${version}`;
  for (const el of document.querySelectorAll('[data-pinned-file]')) el.textContent = pinnedFile;

  // ---- Content version (NetWidgets.content: what a web editor checks to see which content they have)
  const content = api && api.content;
  if (content) {
    for (const el of document.querySelectorAll('[data-content-version]')) el.textContent = content.version;
    for (const el of document.querySelectorAll('[data-content-review]')) {
      el.dateTime = content.nextReview;
      el.textContent = new Date(`${content.nextReview}T00:00:00Z`).toLocaleDateString('en-GB', {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
    }
  }

  // ---- Therapy selects ----------------------------------------------------------------------
  for (const select of document.querySelectorAll('[data-therapy-select]')) {
    for (const id of therapies) {
      const option = new Option(id, id);
      option.dataset.therapyName = id;
      select.add(option);
    }
  }

  // ---- Therapy pickers (2 to 4, for the comparison) ---------------------------------------------
  /** Checkboxes for every therapy in `box`; at most four can be ticked (the others are disabled). */
  function therapyChecks(box, name, checked) {
    for (const id of therapies) {
      const label = document.createElement('label');
      label.className = 'check';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = id;
      input.id = `${box.dataset.therapyChecks}-${id}`;
      input.checked = checked.includes(id);
      label.htmlFor = input.id;
      const text = document.createElement('span');
      text.textContent = id;
      text.dataset.therapyName = id;
      label.append(input, text);
      box.append(label);
    }
    const inputs = [...box.querySelectorAll('input')];
    const limit = () => {
      const full = inputs.filter((i) => i.checked).length >= 4;
      for (const i of inputs) i.disabled = full && !i.checked;
    };
    box.addEventListener('change', limit);
    limit();
    return () => inputs.filter((i) => i.checked).map((i) => i.value);
  }

  const cmpWidget = $('#cmp-widget');
  const cmpBox = $('[data-therapy-checks="cmp"]');
  if (cmpWidget && cmpBox) {
    const chosen = therapyChecks(cmpBox, 'cmp-therapies', (cmpWidget.getAttribute('therapies') || '').split(','));
    cmpBox.addEventListener('change', () => cmpWidget.setAttribute('therapies', chosen().join(',')));
  }

  // ---- Gallery: all ten cards -----------------------------------------------------------------
  const gallery = $('[data-gallery]');
  if (gallery) {
    for (const id of therapies) {
      // Each card scrolls inside a fixed-height frame so the gallery stays a gallery; the frame is
      // focusable and named so keyboard users can scroll it too.
      const frame = document.createElement('div');
      frame.className = 'gallery__item';
      frame.tabIndex = 0;
      frame.setAttribute('role', 'region');
      frame.setAttribute('aria-label', `${id} (scrollable)`);
      frame.dataset.therapyName = id;
      const card = document.createElement('net-therapy-card');
      card.setAttribute('therapy', id);
      card.setAttribute('heading-level', '3');
      frame.append(card);
      gallery.append(frame);
    }
  }

  // ---- Side-effect list ------------------------------------------------------------------------
  const seSelect = $('#se-therapy');
  const seWidget = $('#se-widget');
  if (seSelect && seWidget) {
    seSelect.value = seWidget.getAttribute('therapy') || therapies[0];
    seSelect.addEventListener('change', () => seWidget.setAttribute('therapy', seSelect.value));
  }

  // ---- Checklist events --------------------------------------------------------------------------
  const log = $('#cl-log');
  $('#cl-widget')?.addEventListener('net-checklist-change', (event) => {
    const d = event.detail || {};
    const priorities = Array.isArray(d.priorities) ? d.priorities.length : 0;
    log.textContent = `${d.count} of ${d.total} discussed · ${priorities} ${priorities === 1 ? 'priority' : 'priorities'} marked`;
  });

  // ---- Locale switcher (the page's widgets) -----------------------------------------------------
  const pageLocale = $('#page-locale');
  if (pageLocale && api) {
    pageLocale.addEventListener('change', () => {
      api.setLocale(pageLocale.value || null);
      showNames();
    });
  }
  // The language menus list what this copy speaks (NetWidgets.locales), each in its own language.
  for (const select of [pageLocale, $('#g-locale')]) {
    if (!select || !api) continue;
    for (const locale of api.locales) {
      const label = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) || locale;
      select.add(new Option(`${label.charAt(0).toLocaleUpperCase(locale)}${label.slice(1)} (${locale})`, locale));
    }
  }
  showNames();

  // ---- Embed-code generator -------------------------------------------------------------------------
  const form = $('#generator');
  const codeEl = $('#snippet-code');
  const metaEl = $('#snippet-meta');
  const preview = $('#preview');
  const themeSelect = $('#g-theme');
  const baseInput = $('#g-base');
  for (const [value, theme] of Object.entries(THEMES)) themeSelect.add(new Option(theme.label, value));
  baseInput.value = new URL('../dist/', document.baseURI).href;
  $('#g-therapy').value = 'somatostatin-analogues';
  therapyChecks($('[data-therapy-checks="g"]'), 'therapies', ['surgery', 'somatostatin-analogues', 'prrt']);

  /** The SRI of the pinned file, from the build's dist/net-widgets.sri.json (null until read). */
  let sri = null;
  let sriProblem = '';

  const escapeAttr = (value) =>
    String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  /** Text, never markup: what a web editor types shows as those characters on their page. */
  const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function settings() {
    const data = new FormData(form);
    return {
      element: String(data.get('element')),
      therapy: String(data.get('therapy')),
      therapies: data.getAll('therapies').map(String),
      contact: String(data.get('contact') || '')
        .replace(/\s+/g, ' ')
        .trim(),
      headingLevel: String(data.get('headingLevel')),
      persist: data.get('persist') === 'on',
      locale: String(data.get('locale') || ''),
      theme: String(data.get('theme') || ''),
      base: String(data.get('base') || '').trim(),
      script: data.get('script') === 'on',
    };
  }

  function scriptUrl(base) {
    const folder = base === '' || base.endsWith('/') ? base : `${base}/`;
    try {
      return new URL(pinnedFile, new URL(folder, document.baseURI)).href;
    } catch {
      return folder + pinnedFile;
    }
  }

  /** The snippet, as the host will paste it. */
  function snippet(s) {
    const lines = [];
    if (s.script) {
      const attrs = [`src="${escapeAttr(scriptUrl(s.base))}"`];
      if (sri && sri.file === pinnedFile)
        attrs.push(`integrity="${escapeAttr(sri.integrity)}"`, 'crossorigin="anonymous"');
      if (s.locale) attrs.push(`data-locale="${escapeAttr(s.locale)}"`);
      attrs.push('defer');
      lines.push(`<!-- NET treatment widgets ${version}: load once per page -->`);
      lines.push(`<script ${attrs.join(' ')}></script>`);
    }
    const tokens = Object.entries(THEMES[s.theme]?.tokens ?? {});
    if (tokens.length) {
      lines.push('<style>');
      lines.push(`  ${s.element} {`);
      for (const [name, value] of tokens) lines.push(`    ${name}: ${value};`);
      lines.push('  }');
      lines.push('</style>');
    }
    const attrs = [];
    if (s.element === 'net-treatment-comparison') attrs.push(`therapies="${escapeAttr(s.therapies.join(','))}"`);
    else if (s.element !== 'net-decision-checklist') attrs.push(`therapy="${escapeAttr(s.therapy)}"`);
    if (s.headingLevel !== '2') attrs.push(`heading-level="${escapeAttr(s.headingLevel)}"`);
    if (s.element === 'net-decision-checklist' && s.persist) attrs.push('persist');
    const open = `<${s.element}${attrs.length ? ' ' + attrs.join(' ') : ''}>`;
    if (s.contact) {
      lines.push(open, `  <p slot="contact">${escapeText(s.contact)}</p>`, `</${s.element}>`);
    } else {
      lines.push(`${open}</${s.element}>`);
    }
    return lines.join('\n');
  }

  function previewDocument(code, s) {
    // Without the script tag the host page already has one: the preview adds it so it still renders.
    const loader = s.script ? '' : `<script src="${escapeAttr(scriptUrl(s.base))}" defer></script>\n`;
    return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; padding: 16px; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }</style>
</head>
<body>
${loader}${code}
</body>
</html>`;
  }

  let lastPreview = '';
  function update() {
    const s = settings();
    const takesOne = s.element === 'net-therapy-card' || s.element === 'net-side-effect-list';
    for (const el of form.querySelectorAll('[data-for="therapy"]')) el.hidden = !takesOne;
    for (const el of form.querySelectorAll('[data-for="therapies"]'))
      el.hidden = s.element !== 'net-treatment-comparison';
    for (const el of form.querySelectorAll('[data-for="persist"]')) el.hidden = s.element !== 'net-decision-checklist';
    const code = snippet(s);
    codeEl.textContent = code;
    metaEl.textContent = sri
      ? `Pinned to ${pinnedFile} with its Subresource Integrity hash: the browser refuses the file if it changes. Upload ${pinnedFile} (from the package's dist/ folder) to the folder above.`
      : sriProblem || 'Reading the integrity hash…';
    const doc = previewDocument(code, s);
    if (doc !== lastPreview) {
      lastPreview = doc;
      preview.srcdoc = doc;
    }
  }

  // Grow the preview frame to its content (same-origin srcdoc, so its size can be read).
  let frameObserver;
  preview.addEventListener('load', () => {
    frameObserver?.disconnect();
    const body = preview.contentDocument?.body;
    if (!body || typeof ResizeObserver === 'undefined') return;
    frameObserver = new ResizeObserver(() => {
      preview.style.height = `${Math.min(Math.max(body.scrollHeight + 32, 160), 1600)}px`;
    });
    frameObserver.observe(body);
  });

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());

  // ---- Copy ---------------------------------------------------------------------------------------
  const copyStatus = $('#copy-status');
  $('#copy-snippet').addEventListener('click', async () => {
    const text = codeEl.textContent;
    try {
      await navigator.clipboard.writeText(text);
      copyStatus.textContent = 'Copied.';
    } catch {
      // No clipboard permission (or not a secure context): select the code so Ctrl/Cmd+C works.
      const range = document.createRange();
      range.selectNodeContents(codeEl);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      copyStatus.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
    setTimeout(() => (copyStatus.textContent = ''), 4000);
  });

  // ---- Integrity hash ------------------------------------------------------------------------------
  fetch(new URL('../dist/net-widgets.sri.json', document.baseURI), { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((data) => {
      if (data && data.file === pinnedFile && /^sha384-[A-Za-z0-9+/=]+$/.test(data.integrity)) sri = data;
      else sriProblem = `dist/net-widgets.sri.json does not describe ${pinnedFile}: run npm run build.`;
    })
    .catch(() => {
      sriProblem =
        'Could not read dist/net-widgets.sri.json (open this page through a web server), so the snippet has no integrity hash.';
    })
    .finally(() => {
      document.documentElement.dataset.generatorReady = 'true';
      update();
    });

  update();
})();
