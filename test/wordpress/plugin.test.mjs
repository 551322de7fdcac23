// The WordPress plugin on a real WordPress (Debian's 6.1, PHP 8.2, MariaDB; see lib/wordpress.mjs):
// installed from the built zip by WordPress's own installer, used in the block editor and by
// WordPress's save path as an Author (no unfiltered_html, so kses applies), rendered in Chromium, then
// deactivated and deleted from the Plugins screen. `npm run test:wordpress` builds the zip first.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { headerOnlyMo, phpString, startWordPress } from './lib/wordpress.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const ZIP = join(ROOT, 'dist', 'wordpress', `net-treatment-widgets-${pkg.version}.zip`);
let SRI; // the pinned bundle's { version, file, integrity }, read from the installed plugin
const GENERATED = join(ROOT, 'wordpress', 'src', 'generated', 'widgets.json');
const PLUGIN = 'net-treatment-widgets/net-treatment-widgets.php';
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The site is offline: any other host (Gravatar in the admin bar, WordPress.org) fails at once
  // instead of holding the page's load event.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

if (!existsSync(ZIP) || !existsSync(GENERATED)) {
  throw new Error(`No ${ZIP}: run npm run build:wordpress (npm run test:wordpress does).`);
}
const { widgets, therapies } = JSON.parse(readFileSync(GENERATED, 'utf8'));
const TAGS = widgets.map((w) => w.tag);

let site;
let browser;
const authorPassword = `author-${Math.random().toString(36).slice(2)}`;
const posts = {}; // name → { id, url }
let optionsBefore;
let bundleBytes;

/** Everything a reader's browser sees of the widgets on a page. */
async function inspect(url, { context } = {}) {
  const page = await (context ?? browser).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
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
        };
      });
      return {
        scripts,
        widgets: found,
        api: typeof window.NetWidgets === 'object',
        locale: window.NetWidgets?.getLocale?.() ?? null,
        htmlLang: document.documentElement.lang,
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
const publish = (name, title, content, type = 'post') =>
  asAuthor(`
    $id = wp_insert_post( array( 'post_title' => ${phpString(title)}, 'post_content' => ${phpString(content)},
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
            'view' => $type->view_script_handles, 'editor' => $type->editor_script_handles, 'title' => $type->title );
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
      return array( 'blocks' => $blocks, 'shortcodes' => $shortcodes, 'kses' => $contexts,
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
      for (const a of w.attributes)
        assert.ok(block.attributes.includes(a.blockAttribute), `${w.block}.${a.blockAttribute}`);
      assert.equal(result.shortcodes[w.shortcode], true, `[${w.shortcode}]`);
    }
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
      // The sidebar: pick a therapy, a heading level, and persist, through the controls themselves.
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
          } else if (a.kind === 'heading-level') {
            await inspector.getByLabel('Heading level').selectOption('3');
          } else if (a.kind === 'presence') {
            await inspector.getByLabel('Remember ticks on this device').check();
          }
        }
      }
      const preview = await page.evaluate(
        (tags) =>
          tags.map((t) => {
            const e = document.querySelector(`.editor-styles-wrapper ${t}`);
            return {
              therapy: e.getAttribute('therapy'),
              level: e.getAttribute('heading-level'),
              persist: e.hasAttribute('persist'),
              heading: e.shadowRoot.querySelector('h1,h2,h3,h4,h5,h6')?.localName,
            };
          }),
        TAGS,
      );
      for (const [i, w] of widgets.entries()) {
        const hasTherapy = w.attributes.some((a) => a.kind === 'therapy');
        assert.equal(preview[i].therapy, hasTherapy ? 'somatostatin-analogues' : null, w.tag);
        assert.equal(preview[i].level, '3');
        assert.equal(preview[i].heading, 'h3', `${w.tag} preview follows the heading level`);
        assert.equal(preview[i].persist, false, 'the preview never stores ticks');
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
        assert.match(stored, new RegExp(`<${w.tag}\\b[^>]*heading-level="3"[^>]*></${w.tag}>`), w.tag);
      }
      assert.match(stored, /<net-decision-checklist\b[^>]*\spersist(="")?[\s>]/);
      assert.match(stored, /<net-therapy-card\b[^>]*therapy="somatostatin-analogues"/);
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
      posts.serialized = await again.page.evaluate(
        (names) =>
          Object.fromEntries(
            names.map((n) => [
              n,
              window.wp.blocks.serialize(
                window.wp.blocks.createBlock(n, {
                  therapy: 'prrt',
                  headingLevel: 3,
                  persist: true,
                }),
              ),
            ]),
          ),
        widgets.map((w) => w.block),
      );
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
        '[net_therapy_card therapy="prrt" heading_level="3"]',
        '[net_side_effect_list therapy="not-a-therapy" heading-level="4" onclick="alert(1)"]',
        '[net_decision_checklist persist heading_level="2"]',
      ].join('\n\n'),
    );
    const hostile = [
      '<!-- wp:html -->',
      '<net-therapy-card therapy="surgery" heading-level="2" onclick="alert(1)" data-x="1" class="mine"></net-therapy-card>',
      '<script>window.__evil = 1</script>',
      '<net-not-a-widget therapy="prrt">inner</net-not-a-widget>',
      '<div slot="contact" onmouseover="alert(1)">kept</div>',
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
    assert.equal(posts.shortcodes.content.includes('[net_therapy_card therapy="prrt" heading_level="3"]'), true);
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
      assert.equal(seen.locale, 'en-US');
      assert.deepEqual(seen.errors, []);
    }
    const editor = await inspect(posts.editor.url);
    assertPinnedScript(editor, 'en-US');
    assert.deepEqual(
      editor.widgets.map((w) => [w.tag, w.defined, w.heading]),
      TAGS.map((t) => [t, true, 'h3']),
    );

    const shortcodes = await inspect(posts.shortcodes.url);
    assertPinnedScript(shortcodes, 'en-US');
    assert.deepEqual(
      shortcodes.widgets.map((w) => [w.tag, w.attributes, w.defined]),
      [
        ['net-therapy-card', { therapy: 'prrt', 'heading-level': '3' }, true],
        ['net-side-effect-list', { therapy: 'not-a-therapy', 'heading-level': '4' }, true],
        ['net-decision-checklist', { 'heading-level': '2', persist: '' }, true],
      ],
    );
    assert.equal(shortcodes.widgets[1].notice, true, 'an unknown therapy reaches the widget, which says so');
    assert.equal(shortcodes.widgets[0].heading, 'h3');

    const raw = await inspect(posts.raw.url);
    assertPinnedScript(raw, 'en-US');
    assert.deepEqual(
      raw.widgets.map((w) => [w.tag, w.defined]),
      [['net-therapy-card', true]],
    );
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
      if (!SRI.content) assert.ok(text.includes('Not available'), 'no content version yet');
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

  test('deactivate and delete from the Plugins screen leave no option behind', async () => {
    const context = await logIn('admin', site.adminPassword);
    try {
      const page = await context.newPage();
      page.on('dialog', (d) => d.accept());
      await page.goto(`${site.url}/wp-admin/plugins.php`);
      const row = page.locator(`tr[data-plugin="${PLUGIN}"]`);
      await Promise.all([page.waitForURL(/deactivate=true/), row.locator('.deactivate a').click()]);
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
