<?php
/**
 * The widgets' one script: registered once, enqueued only on pages that show a widget (a block,
 * a shortcode or the element typed into the content), pinned with its SRI hash, deferred, and told
 * the site's language.
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

add_action( 'init', __NAMESPACE__ . '\\register_scripts', 5 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\script_tag', 10, 2 );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\enqueue_for_queried_posts' );
add_filter( 'the_content', __NAMESPACE__ . '\\enqueue_for_html', 1000 );
add_filter( 'render_block', __NAMESPACE__ . '\\enqueue_for_html', 1000 );
add_filter( 'widget_text_content', __NAMESPACE__ . '\\enqueue_for_html', 1000 );
add_filter( 'widget_block_content', __NAMESPACE__ . '\\enqueue_for_html', 1000 );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\enqueue' );

/**
 * The URL the bundle is served from: the plugin's own copy, or the address set in the settings.
 *
 * @return string
 */
function script_url() {
	$settings = settings();
	if ( 'custom' === $settings['source'] ) {
		return $settings['url'];
	}
	$bundle = bundle();
	return $bundle ? plugins_url( 'assets/' . $bundle['file'], PLUGIN_FILE ) : '';
}

/**
 * Register the bundle (no version query string: the file name is versioned) and the editor script.
 */
function register_scripts() {
	$url = script_url();
	if ( '' !== $url ) {
		// phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- the file name carries the version, and a query string would not change the SRI-pinned bytes.
		wp_register_script( SCRIPT_HANDLE, $url, array(), null, false );
	}
	$asset_file = dirname( PLUGIN_FILE ) . '/build/index.asset.php';
	if ( is_readable( $asset_file ) ) {
		$asset = require $asset_file;
		wp_register_script(
			EDITOR_HANDLE,
			plugins_url( 'build/index.js', PLUGIN_FILE ),
			isset( $asset['dependencies'] ) ? $asset['dependencies'] : array(),
			isset( $asset['version'] ) ? $asset['version'] : false,
			true
		);
		wp_set_script_translations( EDITOR_HANDLE, 'net-treatment-widgets' );
	}
}

/**
 * Enqueue the bundle (WordPress prints it once, however often this is called).
 */
function enqueue() {
	if ( wp_script_is( SCRIPT_HANDLE, 'registered' ) ) {
		wp_enqueue_script( SCRIPT_HANDLE );
	}
}

/**
 * A WordPress locale as a language tag: en_GB → en-GB, fr_CA → fr-CA, de_DE_formal → de-DE.
 * The widgets negotiate any tag (fr-FR → fr-CA, en-AU → en-GB, others → en-US).
 *
 * @param string $wp_locale A WordPress locale such as en_GB.
 * @return string
 */
function language_tag( $wp_locale ) {
	if ( preg_match( '/^([a-zA-Z]{2,3})(?:[_-]([a-zA-Z]{2}|[0-9]{3}))?(?:[_-]|$)/', (string) $wp_locale, $m ) ) {
		return strtolower( $m[1] ) . ( isset( $m[2] ) ? '-' . strtoupper( $m[2] ) : '' );
	}
	return 'en-US';
}

/**
 * The locale the script tag announces: the one chosen in the settings, else the site's language
 * (or the post's, when a multilingual plugin sets WordPress's locale for it).
 *
 * @return string
 */
function script_locale() {
	$settings = settings();
	if ( '' !== $settings['locale'] ) {
		return $settings['locale'];
	}
	return language_tag( get_locale() );
}

/**
 * Add defer, integrity, crossorigin and data-locale to the bundle's script tag.
 *
 * @param string $tag    The script tag(s) WordPress prints for a handle.
 * @param string $handle The handle.
 * @return string
 */
function script_tag( $tag, $handle ) {
	$bundle = bundle();
	if ( SCRIPT_HANDLE !== $handle || ! $bundle ) {
		return $tag;
	}
	$attributes = array(
		'defer'       => '',
		'integrity'   => $bundle['integrity'],
		'crossorigin' => 'anonymous',
		'data-locale' => script_locale(),
	);
	return preg_replace_callback(
		'/<script\b([^>]*\bsrc=[^>]*)>/i',
		static function ( $m ) use ( $attributes ) {
			$add = '';
			foreach ( $attributes as $name => $value ) {
				if ( preg_match( '/\s' . preg_quote( $name, '/' ) . '(?:[\s=>]|$)/i', $m[1] ) ) {
					continue;
				}
				$add .= '' === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
			return '<script' . $add . $m[1] . '>';
		},
		$tag,
		1
	);
}

/**
 * Whether HTML or post content shows a widget: the element's tag (what blocks save, and what an
 * editor may type) or one of the shortcodes.
 *
 * @param mixed $content Post content or rendered HTML.
 * @return bool
 */
function has_widget( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== stripos( $content, '<net-' ) && preg_match( tag_pattern(), $content ) ) {
		return true;
	}
	if ( false !== strpos( $content, '[' ) ) {
		foreach ( widgets() as $widget ) {
			if ( has_shortcode( $content, $widget['shortcode'] ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Before the page's head is printed: enqueue when a post of the main query shows a widget, so the
 * script goes into the head. Filter `net_treatment_widgets_page_has_widget` to force it.
 */
function enqueue_for_queried_posts() {
	global $wp_query;
	$found = false;
	if ( $wp_query instanceof \WP_Query && is_array( $wp_query->posts ) ) {
		foreach ( $wp_query->posts as $post ) {
			if ( $post instanceof \WP_Post && has_widget( $post->post_content ) ) {
				$found = true;
				break;
			}
		}
	}
	/**
	 * Whether the page shows a widget, for one that the plugin cannot see in the main query's posts.
	 *
	 * @param bool $found Whether a post of the main query shows a widget.
	 */
	if ( apply_filters( 'net_treatment_widgets_page_has_widget', $found ) ) {
		enqueue();
	}
}

/**
 * While the page renders (widget areas, reusable blocks, templates, excerpts): enqueue when the
 * HTML shows a widget. WordPress then prints the script in the footer if the head is already out.
 *
 * @param mixed $html Rendered HTML, returned unchanged.
 * @return mixed
 */
function enqueue_for_html( $html ) {
	if ( ! is_admin() && has_widget( $html ) ) {
		enqueue();
	}
	return $html;
}
