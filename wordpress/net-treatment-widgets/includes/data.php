<?php
/**
 * The plugin's data: the generated list of widgets, the pinned bundle and the settings.
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The widgets, their attributes and slots, the therapy ids and the locales (build/elements.php,
 * generated from custom-elements.json at build time).
 *
 * @return array{locales: array<string, string>, therapies: string[], therapiesSeparator: string, therapiesCount: array{min: int, max: int}, globalAttributes: string[], widgets: array<int, array>}
 */
function data() {
	static $data = null;
	if ( null === $data ) {
		$file = dirname( PLUGIN_FILE ) . '/build/elements.php';
		$data = is_readable( $file ) ? require $file : null;
		if ( ! is_array( $data ) ) {
			$data = array(
				'locales'            => array(),
				'therapies'          => array(),
				'therapiesSeparator' => ',',
				'therapiesCount'     => array(
					'min' => 2,
					'max' => 4,
				),
				'globalAttributes'   => array(),
				'widgets'            => array(),
			);
		}
	}
	return $data;
}

/**
 * The widgets (tag, block, shortcode, attributes, slots).
 *
 * @return array<int, array>
 */
function widgets() {
	return data()['widgets'];
}

/**
 * The locales the widgets speak, tag => label.
 *
 * @return array<string, string>
 */
function locales() {
	return data()['locales'];
}

/**
 * A regular expression that finds any widget's opening tag in HTML.
 *
 * @return string
 */
function tag_pattern() {
	static $pattern = null;
	if ( null === $pattern ) {
		$tags    = array_map(
			static function ( $widget ) {
				return preg_quote( $widget['tag'], '/' );
			},
			widgets()
		);
		$pattern = $tags ? '/<(?:' . implode( '|', $tags ) . ')[\s\/>]/i' : '/(?!)/';
	}
	return $pattern;
}

/**
 * The pinned bundle, from assets/net-widgets.sri.json: version, file, integrity and, when the
 * widgets publish it, content (version, nextReview). Null when the file is missing or malformed.
 *
 * @return array{version: string, file: string, integrity: string, content: ?array}|null
 */
function bundle() {
	static $bundle = false;
	if ( false === $bundle ) {
		$bundle = null;
		$file   = dirname( PLUGIN_FILE ) . '/assets/net-widgets.sri.json';
		// Reading a file inside the plugin itself: no remote request, so no WP_Filesystem.
		$json = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$raw  = is_string( $json ) ? json_decode( $json, true ) : null;
		if (
			is_array( $raw )
			&& isset( $raw['version'], $raw['file'], $raw['integrity'] )
			&& is_string( $raw['file'] ) && preg_match( '/^[A-Za-z0-9._-]+\.js$/', $raw['file'] )
			&& is_string( $raw['integrity'] ) && preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/=]+$/', $raw['integrity'] )
		) {
			$content = null;
			if ( isset( $raw['content'] ) && is_array( $raw['content'] ) ) {
				$content = array(
					'version'    => isset( $raw['content']['version'] ) && is_scalar( $raw['content']['version'] ) ? (string) $raw['content']['version'] : '',
					'nextReview' => isset( $raw['content']['nextReview'] ) && is_string( $raw['content']['nextReview'] ) ? $raw['content']['nextReview'] : '',
				);
			}
			$bundle = array(
				'version'   => (string) $raw['version'],
				'file'      => $raw['file'],
				'integrity' => $raw['integrity'],
				'content'   => $content,
			);
		}
	}
	return $bundle;
}

/**
 * The settings' defaults.
 *
 * @return array{locale: string, source: string, url: string}
 */
function default_settings() {
	return array(
		'locale' => '',
		'source' => 'plugin',
		'url'    => '',
	);
}

/**
 * The settings, with defaults for anything missing or no longer valid.
 *
 * @return array{locale: string, source: string, url: string}
 */
function settings() {
	$stored   = get_option( OPTION, array() );
	$settings = array_merge( default_settings(), is_array( $stored ) ? array_intersect_key( $stored, default_settings() ) : array() );
	if ( '' !== $settings['locale'] && ! isset( locales()[ $settings['locale'] ] ) ) {
		$settings['locale'] = '';
	}
	if ( 'custom' !== $settings['source'] || '' === $settings['url'] ) {
		$settings['source'] = 'plugin';
	}
	return $settings;
}
