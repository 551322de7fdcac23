// The WordPress plugin on a real WordPress (Debian's 6.1, PHP 8.2, MariaDB; see lib/wordpress.mjs):
// installed from the built zip by WordPress's own installer, used in the block editor and by
// WordPress's save path as an Author (no unfiltered_html, so kses applies), rendered in Chromium, then
// deactivated (the saved posts read without it) and deleted from the Plugins screen. Every widget
// carries the host's contact line, which the plugin renders, escaped, at render time.
// `npm run test:wordpress` builds the zip first.
import assert from 'node:assert/strict';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS, CHROME_PATH } from '../../scripts/lib/browsers.mjs';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { headerOnlyMo, phpString, startWordPress } from './lib/wordpress.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const ZIP = join(ROOT, 'dist', 'wordpress', `net-treatment-widgets-${pkg.version}.zip`);
let SRI; // the pinned bundle's { version, file, integrity }, read from the installed plugin
const GENERATED = join(ROOT, 'wordpress', 'src', 'generated', 'widgets.json');
const PLUGIN = 'net-treatment-widgets/net-treatment-widgets.php';
const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  // The site is offline: any other host (Gravatar in the admin bar, WordPress.org) fails at once
  // instead of holding the page's load event.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

if (!existsSync(ZIP) || !existsSync(GENERATED)) {
  throw new Error(`No ${ZIP}: run npm run build:wordpress (npm run test:wordpress does).`);
}
const { widgets, therapies, therapiesCount } = JSON.parse(readFileSync(GENERATED, 'utf8'));
const TAGS = widgets.map((w) => w.tag);
/** The host's contact line, as a web editor types it. */
const CONTACT = 'Call the NET nurse line on 555-0100.';
/** Markup typed into the contact line: it must stay text (and never run). */
const TYPED_MARKUP =
  'Call <b>us</b> & <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> on 555-0100';
/** The label every widget puts over the host's line (en-US). */
const CONTACT_LABEL = 'From your care team';

let site;
let browser;
const authorPassword = `author-${Math.random().toString(36).slice(2)}`;
const posts = {}; // name → { id, url }
let optionsBefore;
let bundleBytes;

/**
 * In the browser: a widget's contact line (its light-DOM `slot="contact"` child) and how the widget
 * shows it (the box around its `contact` part, or the comparison's row, with the label); null when
 * it has none.
 */
function contactOf(element) {
  const line = [...element.children].find((c) => c.slot === 'contact');
  if (!line) return null;
  const wrapper = element.shadowRoot?.querySelector('[part~="contact"]');
  const box = wrapper?.closest('tr') ?? wrapper;
  return {
    tag: line.localName,
    text: line.textContent,
    elements: line.querySelectorAll('*').length,
    assigned: Boolean(line.assignedSlot),
    shown: Boolean(box?.checkVisibility()),
    label: box?.querySelector('.contact-label')?.textContent.trim() ?? null,
  };
}
const CONTACT_OF = `(${contactOf})`;

/** Everything a reader's browser sees of the widgets on a page. */
async function inspect(url, { context, wait = true } = {}) {
  const page = await (context ?? browser).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(`window.contactOf = ${CONTACT_OF};`);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
    if (wait)
      await page
        .waitForFunction(
          (tags) => tags.every((t) => [...document.querySelectorAll(t)].every((e) => e.shadowRoot?.textContent)),
          TAGS,
          { timeout: 5000 },
        )
        .catch(() => {});
    const seen = await page.evaluate((tags) => {
      const scripts = [...document.querySelectorAll('script[src]')]
        .filter((s) => /net-widgets[^/]*\.js/.test(s.getAttribute('src')))
        .map((s) => ({
          src: s.getAttribute('src'),
          integrity: s.getAttribute('integrity'),
          crossorigin: s.getAttribute('crossorigin'),
          defer: s.hasAttribute('defer'),
          locale: s.getAttribute('data-locale'),
          inHead: Boolean(s.closest('head')),
        }));
      const found = [...document.querySelectorAll(tags.join(','))].map((e) => {
        const heading = e.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6');
        return {
          tag: e.localName,
          defined: Boolean(customElements.get(e.localName)),
          attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
          heading: heading?.localName ?? null,
          headingText: heading?.textContent.trim() ?? '',
          notice: Boolean(e.shadowRoot?.querySelector('[part~="notice"]')),
          lang: e.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
          columns: e.shadowRoot?.querySelectorAll('[part~="column-heading"]').length ?? 0,
          contact: window.contactOf(e),
        };
      });
      return {
        scripts,
        widgets: found,
        api: typeof window.NetWidgets === 'object',
        locale: window.NetWidgets?.getLocale?.() ?? null,
        htmlLang: document.documentElement.lang,
        // A contact line anywhere but directly inside a widget (a paragraph the parser closed early).
        strayContacts: [...document.querySelectorAll('[slot="contact"]')].filter(
          (n) => !tags.includes(n.parentElement?.localName),
        ).length,
        pwned: window.__pwned ?? null,
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
      };
    }, TAGS);
    return { ...seen, errors };
  } finally {
    await page.close();
  }
}

/** The one pinned script, as WordPress printed it. */
function assertPinnedScript(seen, locale) {
  assert.equal(seen.scripts.length, 1, `one script tag, not ${JSON.stringify(seen.scripts)}`);
  const [script] = seen.scripts;
  assert.equal(script.integrity, SRI.integrity);
  assert.equal(script.crossorigin, 'anonymous');
  assert.equal(script.defer, true);
  if (locale) assert.equal(script.locale, locale);
  assert.equal(seen.api, true, 'window.NetWidgets exists');
}

async function logIn(user, password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  await page.close();
  return context;
}

/** Open the block editor and wait until it is ready; the welcome guide is closed. */
async function openEditor(context, path) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(`window.contactOf = ${CONTACT_OF};`);
  await page.goto(`${site.url}${path}`);
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.(), null, {
    timeout: 60_000,
  });
  await page.evaluate(() => {
    const editPost = window.wp.data.select('core/edit-post');
    if (editPost.isFeatureActive('welcomeGuide'))
      window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  return { page, errors };
}

const asAuthor = (code) => site.php(code, { user: 'author' });
const asAdmin = (code) => site.php(code, { user: 'admin' });
// wp_insert_post() unslashes its input, as for a form: slashed here, so the block comments' JSON
// escapes (\u003c …) arrive as the editor wrote them.
const publish = (name, title, content, type = 'post', as = asAuthor) =>
  as(`
    $id = wp_insert_post( array( 'post_title' => ${phpString(title)}, 'post_content' => wp_slash( ${phpString(content)} ),
      'post_status' => 'publish', 'post_type' => ${phpString(type)} ), true );
    if ( is_wp_error( $id ) ) { return $id->get_error_message(); }
    return array( 'id' => $id, 'url' => get_permalink( $id ), 'content' => get_post( $id )->post_content );
  `).then((post) => {
    assert.equal(typeof post, 'object', `wp_insert_post failed: ${post}`);
    posts[name] = post;
    return post;
  });

const optionNames = async () =>
  (await site.sql("SELECT option_name FROM wp_options WHERE option_name NOT LIKE '%transient%' ORDER BY option_name"))
    .split('\n')
    .filter(Boolean);

describe('WordPress plugin on a real WordPress', { timeout: 600_000 }, () => {
  before(async () => {
    site = await startWordPress();
    browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS, headless: true });
    await site.php(`
      $id = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => ${phpString(authorPassword)},
        'user_email' => 'author@example.invalid', 'role' => 'author' ) );
      switch_theme( 'twentytwentyone' );
      return $id;
    `);
    optionsBefore = await optionNames();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  test('the zip installs with WordPress’s own installer and activates without output', async () => {
    const result = await asAdmin(`
      require_once ABSPATH . 'wp-admin/includes/admin.php';
      require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
      $skin = new Automatic_Upgrader_Skin();
      $installed = ( new Plugin_Upgrader( $skin ) )->install( ${phpString(ZIP)} );
      $activated = activate_plugin( ${phpString(PLUGIN)} );
      return array(
        'installed' => true === $installed,
        'messages'  => $skin->get_upgrade_messages(),
        'activated' => is_wp_error( $activated ) ? $activated->get_error_message() : null,
        'active'    => is_plugin_active( ${phpString(PLUGIN)} ),
        'data'      => get_plugin_data( WP_PLUGIN_DIR . '/' . ${phpString(PLUGIN)} ),
      );
    `);
    assert.equal(result.installed, true, result.messages.join('\n'));
    assert.equal(result.activated, null);
    assert.equal(result.active, true);
    assert.equal(result.data.Version, pkg.version);
    assert.equal(result.data.RequiresWP, '6.1');
    // The pinned bundle and its SRI hash are inside, and they match.
    const dir = join(site.root, 'wp-content', 'plugins', 'net-treatment-widgets');
    SRI = JSON.parse(readFileSync(join(dir, 'assets', 'net-widgets.sri.json'), 'utf8'));
    assert.equal(SRI.version, pkg.version);
    const bytes = readFileSync(join(dir, 'assets', SRI.file));
    assert.equal(`sha384-${createHash('sha384').update(bytes).digest('base64')}`, SRI.integrity);
    bundleBytes = bytes;
  });

  test('blocks (apiVersion 2), shortcodes and kses rules come from the one list; nothing else is widened', async () => {
    const result = await asAuthor(`
      $blocks = array();
      foreach ( WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type ) {
        if ( 0 === strpos( $name, 'net-treatment-widgets/' ) ) {
          $blocks[ $name ] = array( 'api' => $type->api_version, 'attributes' => array_keys( $type->attributes ),
            'view' => $type->view_script_handles, 'editor' => $type->editor_script_handles, 'title' => $type->title,
            'dynamic' => $type->is_dynamic() );
        }
      }
      $shortcodes = array();
      foreach ( ${`array( ${widgets.map((w) => phpString(w.shortcode)).join(', ')} )`} as $s ) { $shortcodes[ $s ] = shortcode_exists( $s ); }
      $contexts = array();
      foreach ( array( 'post', 'data', 'strip', 'entities', 'user_description', 'pre_user_description' ) as $c ) {
        $with = wp_kses_allowed_html( $c );
        remove_filter( 'wp_kses_allowed_html', 'NetTreatmentWidgets\\\\allowed_html', 10 );
        $without = wp_kses_allowed_html( $c );
        add_filter( 'wp_kses_allowed_html', 'NetTreatmentWidgets\\\\allowed_html', 10, 2 );
        $changed = array();
        foreach ( array_unique( array_merge( array_keys( $with ), array_keys( $without ) ) ) as $tag ) {
          if ( ! isset( $with[ $tag ], $without[ $tag ] ) || $with[ $tag ] !== $without[ $tag ] ) {
            $changed[ $tag ] = isset( $with[ $tag ] ) ? array_keys( (array) $with[ $tag ] ) : null;
          }
        }
        $contexts[ $c ] = $changed;
      }
      $post = wp_kses_allowed_html( 'post' );
      return array( 'blocks' => $blocks, 'shortcodes' => $shortcodes, 'kses' => $contexts,
        'slotAnywhere' => array_keys( array_filter( $post, static function ( $a ) { return is_array( $a ) && isset( $a['slot'] ); } ) ),
        'unfiltered_html' => current_user_can( 'unfiltered_html' ), 'editor' => wp_scripts()->query( 'net-treatment-widgets-editor' )->deps );
    `);
    assert.equal(result.unfiltered_html, false, 'an Author has no unfiltered_html');
    assert.deepEqual(Object.keys(result.blocks).sort(), widgets.map((w) => w.block).sort());
    for (const w of widgets) {
      const block = result.blocks[w.block];
      assert.equal(block.api, 2);
      assert.equal(block.title, w.title);
      assert.deepEqual(block.view, ['net-treatment-widgets']);
      assert.deepEqual(block.editor, ['net-treatment-widgets-editor']);
      for (const a of [...w.attributes, ...w.slots])
        assert.ok(block.attributes.includes(a.blockAttribute), `${w.block}.${a.blockAttribute}`);
      assert.equal(block.dynamic, true, `${w.block} renders its contact line at render time`);
      assert.equal(result.shortcodes[w.shortcode], true, `[${w.shortcode}]`);
    }
    assert.deepEqual(
      widgets.map((w) => [w.title, w.slots.map((slot) => slot.name)]),
      [
        ['NET treatment card', ['contact']],
        ['NET side effects', ['contact']],
        ['NET decision checklist', ['contact']],
        ['NET treatment comparison', ['contact']],
      ],
    );
    assert.ok(!result.editor.includes('react-jsx-runtime'), 'no react-jsx-runtime (WordPress 6.6+) dependency');
    // Only the widgets' own tags change, and only in post content.
    assert.deepEqual(Object.keys(result.kses.post).sort(), [...TAGS].sort());
    for (const w of widgets) {
      assert.deepEqual(
        result.kses.post[w.tag].sort(),
        [...w.attributes.map((a) => a.name), 'class', 'id', 'lang', 'dir'].sort(),
      );
    }
    for (const c of ['data', 'strip', 'entities', 'user_description', 'pre_user_description']) {
      assert.deepEqual(result.kses[c], [], `kses context ${c} unchanged`);
    }
    // The contact line is rendered by the plugin: no tag may carry `slot`, and no widget `contact`.
    assert.deepEqual(result.slotAnywhere, []);
    for (const t of TAGS) assert.ok(!result.kses.post[t].includes('contact'), t);
  });

  test('the contact line on the server: one line of escaped text before the element’s closing tag, nothing when empty', async () => {
    const result = await asAuthor(`
      $card = null;
      foreach ( NetTreatmentWidgets\\widgets() as $w ) {
        if ( 'net-therapy-card' === $w['tag'] ) { $card = $w; }
      }
      $saved = '<net-therapy-card therapy="prrt" class="wp-block-net-treatment-widgets-therapy-card"></net-therapy-card>';
      $render = static function ( $contact, $html = null ) use ( $card, $saved ) {
        return NetTreatmentWidgets\\render_block_slots( $card, array( 'contact' => $contact ), null === $html ? $saved : $html );
      };
      $block = '<!-- wp:net-treatment-widgets/therapy-card {"therapy":"prrt","contact":"Call \\u003cb\\u003eus\\u003c/b\\u003e"} -->' . $saved . '<!-- /wp:net-treatment-widgets/therapy-card -->';
      $classic = "Intro.\\n\\n[net_therapy_card therapy=\\"prrt\\" contact=\\"Call us\\"]\\n\\nMore.";
      $blocks_first = '<!-- wp:paragraph --><p>A block post.</p><!-- /wp:paragraph -->';
      $out = array(
        'plain'     => $render( 'Call us' ),
        'spaces'    => $render( "  Call\\n\\tus \\r\\n  now  " ),
        'nbsp'      => $render( "555\\u{a0}0100" ),
        'markup'    => $render( '<script>alert(1)</script> & "x" &amp; <img src=x onerror=alert(1)>' ),
        'empty'     => $render( "  \\n " ),
        'none'      => NetTreatmentWidgets\\render_block_slots( $card, array(), $saved ),
        'array'     => $render( array( 'x' ) ),
        'utf8'      => $render( "bad \\xC3\\x28" ),
        'upper'     => $render( 'x', '<NET-THERAPY-CARD></NET-THERAPY-CARD>' ),
        'unclosed'  => $render( 'x', '<div></div>' ),
        'block'     => do_blocks( $block ),
        'shortcode' => do_shortcode( '[net_therapy_card contact="Call us"]' ),
        'shortcodeEmpty' => do_shortcode( '[net_therapy_card contact=""]' ),
      );
      // A page that shows a block post, then a classic one (an archive): WordPress runs wpautop after
      // shortcode_unautop the second time, and the plugin takes its element out of the paragraph.
      apply_filters( 'the_content', $blocks_first );
      $out['archive'] = apply_filters( 'the_content', $classic );
      remove_filter( 'the_content', 'NetTreatmentWidgets\\unwrap_paragraphs', 12 );
      apply_filters( 'the_content', $blocks_first );
      $out['archiveWithoutUnwrap'] = apply_filters( 'the_content', $classic );
      return $out;
    `);
    const card = (inner) =>
      `<net-therapy-card therapy="prrt" class="wp-block-net-treatment-widgets-therapy-card">${inner}</net-therapy-card>`;
    assert.equal(result.plain, card('<p slot="contact">Call us</p>'));
    assert.equal(result.spaces, card('<p slot="contact">Call us now</p>'), 'one line');
    assert.equal(result.nbsp, card('<p slot="contact">555\u00a00100</p>'), 'a no-break space stays');
    assert.equal(
      result.markup,
      card(
        '<p slot="contact">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
      ),
      'esc_html: markup is text',
    );
    for (const key of ['empty', 'none', 'array', 'utf8']) assert.equal(result[key], card(''), key);
    assert.equal(result.upper, '<NET-THERAPY-CARD><p slot="contact">x</p></NET-THERAPY-CARD>');
    assert.equal(result.unclosed, '<div></div>');
    assert.equal(
      result.block,
      card('<p slot="contact">Call &lt;b&gt;us&lt;/b&gt;</p>'),
      'WordPress’s own block rendering',
    );
    assert.equal(result.shortcode, '<net-therapy-card><p slot="contact">Call us</p></net-therapy-card>');
    assert.equal(result.shortcodeEmpty, '<net-therapy-card></net-therapy-card>');
    const element = '<net-therapy-card therapy="prrt"><p slot="contact">Call us</p></net-therapy-card>';
    assert.equal(result.archive, `<p>Intro.</p>\n${element}\n<p>More.</p>\n`);
    assert.ok(result.archiveWithoutUnwrap.includes(`<p>${element}</p>`), 'why the plugin unwraps it');
  });

  test('in the block editor, as an Author: each block previews the real widget, its sidebar sets the attributes, and it publishes', async () => {
    const context = await logIn('author', authorPassword);
    try {
      const { page, errors } = await openEditor(context, '/wp-admin/post-new.php');
      const registered = await page.evaluate(
        (names) => names.map((n) => Boolean(window.wp.blocks.getBlockType(n))),
        widgets.map((w) => w.block),
      );
      assert.deepEqual(
        registered,
        widgets.map(() => true),
      );
      // Insert each block with its defaults, the way the inserter does.
      const ids = await page.evaluate(
        (names) => {
          const blocks = names.map((n) => window.wp.blocks.createBlock(n));
          window.wp.data.dispatch('core/block-editor').insertBlocks(blocks);
          window.wp.data.dispatch('core/editor').editPost({ title: 'Written in the block editor' });
          return blocks.map((b) => b.clientId);
        },
        widgets.map((w) => w.block),
      );
      // The live preview is the real element, defined and rendered inside the editor.
      await page.waitForFunction(
        (tags) => tags.every((t) => document.querySelector(`.editor-styles-wrapper ${t}`)?.shadowRoot?.textContent),
        TAGS,
        { timeout: 15_000 },
      );
      // The sidebar: pick a therapy (or the treatments to compare, in order), a heading level, persist
      // and the contact line, through the controls themselves. The card's contact line is markup.
      const typed = (w) => (w.tag === 'net-therapy-card' ? TYPED_MARKUP : CONTACT);
      for (const [i, w] of widgets.entries()) {
        await page.evaluate((id) => {
          window.wp.data.dispatch('core/block-editor').selectBlock(id);
          window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        }, ids[i]);
        const inspector = page.locator('.block-editor-block-inspector');
        for (const a of w.attributes) {
          if (a.kind === 'therapy') {
            const select = inspector.getByLabel('Therapy', { exact: true });
            assert.equal(await select.locator('option').count(), therapies.length + 1);
            await select.selectOption('somatostatin-analogues');
          } else if (a.kind === 'therapies') {
            // One select per place: two to start, one more with each choice, never more than four.
            const places = inspector.getByLabel(/^Treatment \d$/);
            const place = (n) => inspector.getByLabel(`Treatment ${n}`, { exact: true });
            assert.equal(await places.count(), therapiesCount.min);
            assert.equal(await place(1).locator('option').count(), therapies.length + 1);
            for (const [n, id] of ['surgery', 'prrt', 'chemotherapy', 'somatostatin-analogues'].entries()) {
              await place(n + 1).selectOption(id);
            }
            assert.equal(await places.count(), therapiesCount.max);
            // Emptying a place removes it; the treatments after it move up, in order.
            await place(3).selectOption('');
            assert.deepEqual(await places.evaluateAll((selects) => selects.map((x) => x.value)), [
              'surgery',
              'prrt',
              'somatostatin-analogues',
              '',
            ]);
          } else if (a.kind === 'heading-level') {
            await inspector.getByLabel('Heading level').selectOption('3');
          } else if (a.kind === 'presence') {
            await inspector.getByLabel('Remember ticks on this device').check();
          }
        }
        await inspector.getByLabel('Your contact line').fill(typed(w));
      }
      await page.waitForFunction(
        (tags) => tags.every((t) => window.contactOf(document.querySelector(`.editor-styles-wrapper ${t}`))?.shown),
        TAGS,
        { timeout: 15_000 },
      );
      const preview = await page.evaluate(
        (tags) =>
          tags.map((t) => {
            const e = document.querySelector(`.editor-styles-wrapper ${t}`);
            return {
              therapy: e.getAttribute('therapy'),
              therapies: e.getAttribute('therapies'),
              level: e.getAttribute('heading-level'),
              persist: e.hasAttribute('persist'),
              heading: e.shadowRoot.querySelector('h1,h2,h3,h4,h5,h6')?.localName,
              columns: e.shadowRoot.querySelectorAll('[part~="column-heading"]').length,
              contact: window.contactOf(e),
              pwned: window.__pwned ?? null,
            };
          }),
        TAGS,
      );
      for (const [i, w] of widgets.entries()) {
        const hasTherapy = w.attributes.some((a) => a.kind === 'therapy');
        const hasTherapies = w.attributes.some((a) => a.kind === 'therapies');
        assert.equal(preview[i].therapy, hasTherapy ? 'somatostatin-analogues' : null, w.tag);
        assert.equal(preview[i].therapies, hasTherapies ? 'surgery,prrt,somatostatin-analogues' : null, w.tag);
        if (hasTherapies) assert.equal(preview[i].columns, 3, 'the comparison previews three treatments');
        assert.equal(preview[i].level, '3');
        assert.equal(preview[i].heading, 'h3', `${w.tag} preview follows the heading level`);
        assert.equal(preview[i].persist, false, 'the preview never stores ticks');
        // The preview shows the contact line inside the widget, labelled, as text.
        assert.deepEqual(
          preview[i].contact,
          { tag: 'p', text: typed(w), elements: 0, assigned: true, shown: true, label: CONTACT_LABEL },
          w.tag,
        );
        assert.equal(preview[i].pwned, null);
      }
      // Publish through the REST API, as the editor does (kses applies: an Author).
      const saved = await page.evaluate(async () => {
        window.wp.data.dispatch('core/editor').editPost({ status: 'publish' });
        await window.wp.data.dispatch('core/editor').savePost();
        const editor = window.wp.data.select('core/editor');
        return { ok: editor.didPostSaveRequestSucceed(), id: editor.getCurrentPostId(), link: editor.getPermalink() };
      });
      assert.equal(saved.ok, true);
      const stored = await asAuthor(`return get_post( ${saved.id} )->post_content;`);
      for (const w of widgets) {
        // The element alone, empty: the contact line is in the block's comment, never in the HTML.
        assert.match(stored, new RegExp(`<${w.tag}\\b[^>]*heading-level="3"[^>]*></${w.tag}>`), w.tag);
      }
      assert.match(stored, /<net-decision-checklist\b[^>]*\spersist(="")?[\s>]/);
      assert.match(stored, /<net-therapy-card\b[^>]*therapy="somatostatin-analogues"/);
      assert.match(stored, /<net-treatment-comparison\b[^>]*therapies="surgery,prrt,somatostatin-analogues"/);
      assert.doesNotMatch(stored, /slot=|<p\b/);
      const comments = await asAuthor(
        `return wp_list_pluck( array_values( array_filter( parse_blocks( get_post( ${saved.id} )->post_content ), static function ( $b ) { return null !== $b['blockName']; } ) ), 'attrs' );`,
      );
      for (const [i, w] of widgets.entries()) {
        if (typed(w) === CONTACT) assert.equal(comments[i].contact, CONTACT, w.tag);
      }
      // The Author's markup: WordPress's kses cleaned it on save (block attributes are filtered like
      // post content: <script> tags and onerror dropped, <b> and <img src> kept); it is text anyway.
      const cleaned = comments[0].contact;
      assert.doesNotMatch(cleaned, /<script|onerror/);
      assert.match(cleaned, /^Call <b>us<\/b> &(amp;)? <img src="x"( \/)?> window.__pwned=2 on 555-0100$/);
      posts.editorContact = cleaned;
      posts.editor = { id: saved.id, url: saved.link };
      assert.deepEqual(errors, []);
      await page.close();

      // Opened again, every block is valid: the saved markup is what save() writes.
      const again = await openEditor(context, `/wp-admin/post.php?post=${saved.id}&action=edit`);
      await again.page.waitForFunction(() => window.wp.data.select('core/block-editor').getBlocks().length > 0);
      const validity = await again.page.evaluate(() =>
        window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((b) => ({ name: b.name, valid: b.isValid })),
      );
      assert.deepEqual(
        validity,
        widgets.map((w) => ({ name: w.block, valid: true })),
      );
      // What each block saves, for the posts below.
      const serialize = (attributes) =>
        again.page.evaluate(
          ({ names, attributes }) =>
            Object.fromEntries(
              names.map((n) => [n, window.wp.blocks.serialize(window.wp.blocks.createBlock(n, attributes))]),
            ),
          { names: widgets.map((w) => w.block), attributes },
        );
      const attributes = { therapy: 'prrt', therapies: ['surgery', 'prrt'], headingLevel: 3, persist: true };
      posts.serialized = await serialize({ ...attributes, contact: CONTACT });
      posts.serializedMarkup = await serialize({ ...attributes, contact: TYPED_MARKUP });
      await again.page.close();
    } finally {
      await context.close();
    }
  });

  test('an Author publishes each block and each shortcode through WordPress’s save path; kses keeps them, strips the rest', async () => {
    for (const w of widgets) await publish(`block:${w.tag}`, `Block ${w.title}`, posts.serialized[w.block]);
    await publish(
      'shortcodes',
      'Shortcodes',
      [
        'A classic post: wpautop puts each shortcode line in a paragraph, and WordPress takes it out again.',
        `[net_therapy_card therapy="prrt" heading_level="3" contact="${CONTACT}"]`,
        '[net_side_effect_list therapy="not-a-therapy" heading-level="4" onclick="alert(1)"]',
        '[net_decision_checklist persist heading_level="2" contact="   "]',
        `[net_treatment_comparison therapies="surgery,prrt" heading_level="3" contact="${CONTACT}"]`,
      ].join('\n\n'),
    );
    const hostile = [
      '<!-- wp:html -->',
      '<net-therapy-card therapy="surgery" heading-level="2" onclick="alert(1)" data-x="1" class="mine"></net-therapy-card>',
      '<script>window.__evil = 1</script>',
      '<net-not-a-widget therapy="prrt">inner</net-not-a-widget>',
      '<div slot="contact" onmouseover="alert(1)">kept</div>',
      '<p slot="contact">typed</p>',
      '<!-- /wp:html -->',
    ].join('\n');
    const raw = await publish('raw', 'Typed tags', hostile);
    assert.match(
      raw.content,
      /<net-therapy-card therapy="surgery" heading-level="2" class="mine"><\/net-therapy-card>/,
    );
    assert.doesNotMatch(raw.content, /onclick|onmouseover|data-x|<script|<net-not-a-widget|slot=/);
    for (const w of widgets) {
      const stored = posts[`block:${w.tag}`].content;
      assert.equal(stored, posts.serialized[w.block], `${w.block} is saved unchanged by kses`);
    }
    assert.ok(
      posts.shortcodes.content.includes(`[net_therapy_card therapy="prrt" heading_level="3" contact="${CONTACT}"]`),
    );
    // As an administrator (unfiltered_html: no kses at all), markup in the contact line reaches the
    // plugin exactly as typed: only esc_html stands between it and the page.
    await publish(
      'admin-markup',
      'Markup in the contact line',
      [
        posts.serializedMarkup['net-treatment-widgets/side-effect-list'],
        '<!-- wp:shortcode -->',
        `[net_treatment_comparison therapies="surgery prrt" contact='${TYPED_MARKUP}']`,
        '<!-- /wp:shortcode -->',
      ].join('\n\n'),
      'post',
      asAdmin,
    );
    assert.ok(posts['admin-markup'].content.includes(TYPED_MARKUP), 'stored as typed');
    await publish(
      'plain',
      'No widgets here',
      '<!-- wp:paragraph --><p>Nothing to see.</p><!-- /wp:paragraph -->',
      'page',
    );
    const reusable = await publish('reusable-source', 'Reusable card', posts.serialized[widgets[0].block], 'wp_block');
    await publish('reusable', 'A reusable block', `<!-- wp:block {"ref":${reusable.id}} /-->`);
  });

  test('readers see every widget, the script once with its integrity, defer and the site’s locale (en_US)', async () => {
    for (const w of widgets) {
      const seen = await inspect(posts[`block:${w.tag}`].url);
      assertPinnedScript(seen, 'en-US');
      assert.equal(seen.scripts[0].inHead, true, 'found before the head is printed');
      assert.equal(seen.scripts[0].src, `${site.url}/wp-content/plugins/net-treatment-widgets/assets/${SRI.file}`);
      assert.equal(seen.widgets.length, 1);
      assert.equal(seen.widgets[0].defined, true);
      assert.equal(seen.widgets[0].heading, 'h3');
      assert.ok(seen.widgets[0].headingText.length > 0);
      assert.deepEqual(
        seen.widgets[0].contact,
        { tag: 'p', text: CONTACT, elements: 0, assigned: true, shown: true, label: CONTACT_LABEL },
        `${w.tag}: the contact line inside the widget, labelled`,
      );
      assert.equal(seen.strayContacts, 0);
      assert.equal(seen.locale, 'en-US');
      assert.deepEqual(seen.errors, []);
    }
    const editor = await inspect(posts.editor.url);
    assertPinnedScript(editor, 'en-US');
    assert.deepEqual(
      editor.widgets.map((w) => [w.tag, w.defined, w.heading]),
      TAGS.map((t) => [t, true, 'h3']),
    );
    // Written in the block editor as an Author: every contact line shows, labelled; the card's
    // markup (what kses kept of it) is text: no element, nothing ran.
    assert.deepEqual(
      editor.widgets.map((w) => [w.tag, w.contact?.text, w.contact?.elements, w.contact?.shown, w.contact?.label]),
      TAGS.map((t) => [
        t,
        t === 'net-therapy-card' ? posts.editorContact.replace('&amp;', '&') : CONTACT,
        0,
        true,
        CONTACT_LABEL,
      ]),
    );
    assert.equal(editor.pwned, null);
    assert.equal(editor.widgets.find((w) => w.tag === 'net-treatment-comparison').columns, 3);

    const shortcodes = await inspect(posts.shortcodes.url);
    assertPinnedScript(shortcodes, 'en-US');
    assert.deepEqual(
      shortcodes.widgets.map((w) => [w.tag, w.attributes, w.defined]),
      [
        ['net-therapy-card', { therapy: 'prrt', 'heading-level': '3' }, true],
        ['net-side-effect-list', { therapy: 'not-a-therapy', 'heading-level': '4' }, true],
        ['net-decision-checklist', { 'heading-level': '2', persist: '' }, true],
        ['net-treatment-comparison', { therapies: 'surgery,prrt', 'heading-level': '3' }, true],
      ],
    );
    assert.equal(shortcodes.widgets[1].notice, true, 'an unknown therapy reaches the widget, which says so');
    assert.equal(shortcodes.widgets[0].heading, 'h3');
    assert.equal(shortcodes.widgets[3].heading, 'h3');
    assert.equal(shortcodes.widgets[3].columns, 2);
    // contact="…" is the line inside the widget, labelled; an empty one (only spaces) writes none.
    assert.deepEqual(
      shortcodes.widgets.map((w) => (w.contact ? [w.contact.text, w.contact.shown, w.contact.label] : null)),
      [[CONTACT, true, CONTACT_LABEL], null, null, [CONTACT, true, CONTACT_LABEL]],
    );
    assert.equal(shortcodes.strayContacts, 0, 'no contact line outside its widget (no paragraph around it)');
    assert.deepEqual(shortcodes.errors, []);

    // The administrator's markup, as typed, is text in the block and in the shortcode.
    const markup = await inspect(posts['admin-markup'].url);
    assert.deepEqual(
      markup.widgets.map((w) => [w.tag, w.defined, w.contact]),
      ['net-side-effect-list', 'net-treatment-comparison'].map((t) => [
        t,
        true,
        { tag: 'p', text: TYPED_MARKUP, elements: 0, assigned: true, shown: true, label: CONTACT_LABEL },
      ]),
    );
    assert.equal(markup.pwned, null, 'neither the script nor onerror ran');
    assert.doesNotMatch(
      markup.html.replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, ''),
      /<img src=x|window.__pwned=2<\/script/,
    );

    const raw = await inspect(posts.raw.url);
    assertPinnedScript(raw, 'en-US');
    assert.deepEqual(
      raw.widgets.map((w) => [w.tag, w.defined]),
      [['net-therapy-card', true]],
    );
    assert.equal(raw.html.includes('slot="contact"'), false, 'a typed slot attribute is not kept (kses)');
  });

  test('a page without a widget gets no script', async () => {
    const seen = await inspect(posts.plain.url);
    assert.deepEqual(seen.scripts, []);
    assert.equal(seen.api, false);
  });

  test('a widget WordPress renders late (a reusable block) still gets the script, once, in the footer', async () => {
    const seen = await inspect(posts.reusable.url);
    assertPinnedScript(seen, 'en-US');
    assert.equal(seen.scripts[0].inHead, false);
    assert.deepEqual(
      seen.widgets.map((w) => [w.tag, w.defined]),
      [[widgets[0].tag, true]],
    );
  });

  test('the locale follows the site language (en_GB → en-GB, fr_CA → fr-CA) or the post’s', async () => {
    mkdirSync(join(site.root, 'wp-content', 'languages'), { recursive: true });
    for (const [wpLocale, tag] of [
      ['en_GB', 'en-GB'],
      ['fr_CA', 'fr-CA'],
    ]) {
      // What a language pack installs (Debian's wordpress-l10n has neither): a catalogue, here empty.
      writeFileSync(join(site.root, 'wp-content', 'languages', `${wpLocale}.mo`), headerOnlyMo(wpLocale));
      const set = await asAdmin(`update_option( 'WPLANG', ${phpString(wpLocale)} ); return get_option( 'WPLANG' );`);
      assert.equal(set, wpLocale);
      const seen = await inspect(posts.shortcodes.url);
      assertPinnedScript(seen, tag);
      assert.equal(seen.locale, tag);
      assert.equal(seen.widgets[0].lang, tag, 'the rendered content carries the locale');
    }
    // A post in another language than the site's (a multilingual plugin sets WordPress's locale).
    const post = await publish('post-language', 'A post in British English', '[net_therapy_card therapy="surgery"]');
    await asAdmin(`update_post_meta( ${post.id}, '_test_language', 'en_GB' ); return true;`);
    const seen = await inspect(post.url);
    assertPinnedScript(seen, 'en-GB');
    assert.equal(seen.locale, 'en-GB', 'the post’s language wins over the site’s fr_CA');
  });

  test('settings page (administrator): escaped, nonce-protected; the chosen locale wins; another source stays pinned', async () => {
    const context = await logIn('admin', site.adminPassword);
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/wp-admin/options-general.php?page=net-treatment-widgets`);
      const text = await page.locator('.wrap').innerText();
      assert.ok(text.includes(SRI.integrity), 'shows the pinned integrity');
      assert.ok(text.includes(SRI.version));
      // The content version and next review, from the bundled net-widgets.sri.json (`content`).
      assert.match(SRI.content?.version ?? '', /^\d{4}\.\d+\.\d+$/, 'the build bundles the content version');
      assert.match(SRI.content?.nextReview ?? '', /^\d{4}-\d{2}-\d{2}$/);
      const rows = await page
        .locator('.wrap table.form-table')
        .last()
        .evaluate((table) =>
          Object.fromEntries(
            [...table.rows].map((r) => [r.cells[0].textContent.trim(), r.cells[1].textContent.trim()]),
          ),
        );
      assert.equal(await asAdmin(`return get_option( 'date_format' );`), 'F j, Y');
      const review = new Date(`${SRI.content.nextReview}T00:00:00Z`).toLocaleDateString('en-US', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
      });
      assert.deepEqual(rows, {
        'Widgets version': SRI.version,
        File: SRI.file,
        'Integrity (SRI)': SRI.integrity,
        'Served from': `${site.url}/wp-content/plugins/net-treatment-widgets/assets/${SRI.file}`,
        'Content version': SRI.content.version,
        'Next content review': review,
      });
      assert.ok(!text.includes('Not available'));
      assert.ok(!text.includes('does not publish'));
      assert.equal(await page.locator('form input[name="_wpnonce"]').count(), 1);
      await page.selectOption('#net_treatment_widgets_locale', 'en-CA');
      await Promise.all([
        page.waitForURL(/settings-updated=true/, { waitUntil: 'domcontentloaded' }),
        page.click('#submit'),
      ]);
      const seen = await inspect(posts.shortcodes.url);
      assertPinnedScript(seen, 'en-CA');
      assert.equal(seen.locale, 'en-CA', 'the editor’s choice wins over the site’s fr_CA');

      // A forged form (no nonce) changes nothing.
      const forged = await page.request.post(`${site.url}/wp-admin/options.php`, {
        form: {
          option_page: 'net-treatment-widgets',
          action: 'update',
          'net_treatment_widgets_settings[locale]': 'fr-CA',
        },
      });
      assert.notEqual(forged.status(), 302);
      assert.equal(await asAdmin(`return get_option( 'net_treatment_widgets_settings' )['locale'];`), 'en-CA');

      // Serve the file from the uploads folder: the tag keeps the same integrity.
      const uploads = join(site.root, 'wp-content', 'uploads', 'net-widgets');
      mkdirSync(uploads, { recursive: true });
      writeFileSync(join(uploads, SRI.file), bundleBytes);
      await page.goto(`${site.url}/wp-admin/options-general.php?page=net-treatment-widgets`);
      await page.check('input[name="net_treatment_widgets_settings[source]"][value="custom"]');
      await page.fill(
        'input[name="net_treatment_widgets_settings[url]"]',
        `/wp-content/uploads/net-widgets/${SRI.file}`,
      );
      await Promise.all([
        page.waitForURL(/settings-updated=true/, { waitUntil: 'domcontentloaded' }),
        page.click('#submit'),
      ]);
      const moved = await inspect(posts.shortcodes.url);
      assertPinnedScript(moved, 'en-CA');
      assert.equal(moved.scripts[0].src, `${site.url}/wp-content/uploads/net-widgets/${SRI.file}`);
      assert.equal(moved.widgets[0].defined, true);
      // A changed file there is refused by the browser.
      writeFileSync(join(uploads, SRI.file), `${readFileSync(join(uploads, SRI.file), 'utf8')}\n;`);
      const tampered = await inspect(posts.shortcodes.url);
      assert.equal(tampered.widgets[0].defined, false, 'SRI blocks a file that is not the pinned one');
      await page.close();
    } finally {
      await context.close();
    }
  });

  test('the block theme (Twenty Twenty-Three) loads the script once too', async () => {
    await asAdmin(`switch_theme( 'twentytwentythree' ); return true;`);
    for (const name of ['editor', 'shortcodes', 'reusable']) {
      const seen = await inspect(posts[name].url);
      assert.equal(seen.scripts.length, 1, name);
      assert.equal(seen.scripts[0].integrity, SRI.integrity);
    }
    assert.deepEqual((await inspect(posts.plain.url)).scripts, []);
    await asAdmin(`switch_theme( 'twentytwentyone' ); return true;`);
  });

  test('deactivated from the Plugins screen: the saved posts stay harmless (blocks show nothing, contact lines included; shortcodes show as text)', async () => {
    const context = await logIn('admin', site.adminPassword);
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/wp-admin/plugins.php`);
      const row = page.locator(`tr[data-plugin="${PLUGIN}"]`);
      await Promise.all([page.waitForURL(/deactivate=true/), row.locator('.deactivate a').click()]);
      await page.close();
    } finally {
      await context.close();
    }
    for (const name of ['editor', ...TAGS.map((t) => `block:${t}`)]) {
      const seen = await inspect(posts[name].url, { wait: false });
      assert.deepEqual(seen.scripts, [], name);
      assert.ok(seen.widgets.length > 0, `${name}: the element is still in the page`);
      for (const w of seen.widgets) {
        assert.equal(w.defined, false);
        assert.equal(w.contact, null, `${name}: no contact line without the plugin`);
      }
      // The line lives in the block's comment, which WordPress never prints.
      assert.ok(!seen.html.includes(CONTACT) && !seen.html.includes('slot="contact"'), name);
      assert.ok(!seen.html.includes('wp:net-treatment-widgets'), `${name}: no block comment in the page`);
      assert.equal(seen.pwned, null);
    }
    const shortcodes = await inspect(posts.shortcodes.url, { wait: false });
    assert.deepEqual(shortcodes.widgets, []);
    assert.match(
      shortcodes.text,
      /\[net_therapy_card therapy=.prrt. heading_level=.3. contact=.Call the NET nurse line/,
    );
    assert.match(shortcodes.text, /\[net_treatment_comparison therapies=/);
  });

  test('deleted from the Plugins screen: no option left behind', async () => {
    const context = await logIn('admin', site.adminPassword);
    try {
      const page = await context.newPage();
      page.on('dialog', (d) => d.accept());
      await page.goto(`${site.url}/wp-admin/plugins.php`);
      await page.locator(`tr[data-plugin="${PLUGIN}"] .delete a`).click();
      await page.waitForFunction((p) => !document.querySelector(`tr[data-plugin="${p}"].inactive .delete a`), PLUGIN, {
        timeout: 30_000,
      });
      await page.waitForFunction(() => document.querySelector('.plugin-deleted-tr, .notice-success, .updated'), null, {
        timeout: 30_000,
      });
      await page.close();
    } finally {
      await context.close();
    }
    assert.equal(existsSync(join(site.root, 'wp-content', 'plugins', 'net-treatment-widgets')), false);
    const after = await optionNames();
    const added = after.filter((o) => !optionsBefore.includes(o));
    // WordPress's own bookkeeping from using the site (recently_activated, a user's editor state,
    // the site language) is not the plugin's; nothing the plugin named may remain.
    assert.deepEqual(
      added.filter((o) => /net|widget/i.test(o)),
      [],
      `options added since before activation: ${added.join(', ')}`,
    );
    // Nor may any option mention it, but WordPress's own list of recently deactivated plugins
    // (recently_activated, pruned by WordPress after a week), which names every plugin so.
    const mentions = await site.sql(
      "SELECT option_name FROM wp_options WHERE option_name <> 'recently_activated' AND (option_name LIKE '%net\\_treatment%' OR option_value LIKE '%net\\_treatment\\_widgets%' OR option_value LIKE '%net-treatment-widgets%')",
    );
    assert.equal(mentions.trim(), '');
  });

  test('no PHP warning, notice or error in the log, and nothing deprecated in the plugin', (t) => {
    const lines = site.readLog().split('\n').filter(Boolean);
    const bad = lines.filter((l) => /PHP (Warning|Notice|Fatal error|Parse error|Error|Catchable)/.test(l));
    const ours = lines.filter((l) => /net-treatment-widgets/.test(l));
    assert.deepEqual(bad, []);
    assert.deepEqual(ours, []);
    assert.deepEqual(site.serverErrors, []);
    const deprecated = lines.filter((l) => /PHP Deprecated/.test(l)).length;
    if (deprecated)
      t.diagnostic(`WordPress 6.1 core on PHP 8.2 logged ${deprecated} deprecation lines (none from the plugin)`);
  });
});
