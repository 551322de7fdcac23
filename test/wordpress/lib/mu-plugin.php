<?php
/**
 * Test site only (copied into wp-content/mu-plugins by test/wordpress/lib/wordpress.mjs): the site
 * is offline, so it sends no mail and makes no update check (each failed check would log a PHP
 * warning of WordPress's own).
 *
 * @package NetTreatmentWidgetsTests
 */

add_filter( 'pre_wp_mail', '__return_false' );

// The list of translations WordPress.org offers (the login screen's language menu asks for it).
add_filter(
	'translations_api',
	static function () {
		return array( 'translations' => array() );
	}
);

/**
 * Unhook WordPress's update checks (core, plugins, themes, language packs).
 */
function net_treatment_widgets_tests_no_update_checks() {
	$hooks = array(
		array( 'admin_init', '_maybe_update_core' ),
		array( 'admin_init', '_maybe_update_plugins' ),
		array( 'admin_init', '_maybe_update_themes' ),
		array( 'load-plugins.php', 'wp_update_plugins' ),
		array( 'load-update.php', 'wp_update_plugins' ),
		array( 'load-update-core.php', 'wp_update_plugins' ),
		array( 'load-themes.php', 'wp_update_themes' ),
		array( 'load-update.php', 'wp_update_themes' ),
		array( 'load-update-core.php', 'wp_update_themes' ),
		array( 'upgrader_process_complete', 'wp_version_check' ),
		array( 'upgrader_process_complete', 'wp_update_plugins' ),
		array( 'upgrader_process_complete', 'wp_update_themes' ),
		array( 'upgrader_process_complete', array( 'Language_Pack_Upgrader', 'async_upgrade' ), 20 ),
	);
	foreach ( $hooks as $hook ) {
		remove_action( $hook[0], $hook[1], isset( $hook[2] ) ? $hook[2] : 10 );
	}
}
net_treatment_widgets_tests_no_update_checks();
add_action( 'admin_init', 'net_treatment_widgets_tests_no_update_checks', -1000 );
add_action( 'upgrader_process_complete', 'net_treatment_widgets_tests_no_update_checks', -1000 );

// A stand-in for a multilingual plugin (Polylang, WPML): a post's own language, from its
// `_test_language` meta, becomes WordPress's locale while that post is shown.
add_filter(
	'locale',
	static function ( $locale ) {
		if ( ! is_admin() && did_action( 'wp' ) && is_singular() ) {
			$language = get_post_meta( get_queried_object_id(), '_test_language', true );
			if ( is_string( $language ) && '' !== $language ) {
				return $language;
			}
		}
		return $locale;
	}
);
