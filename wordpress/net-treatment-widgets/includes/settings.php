<?php
/**
 * Settings → NET treatment widgets: the default locale, where the script is served from, and what
 * the pinned bundle is (version, SRI hash, content version and next review when it publishes them).
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

/** The settings page's slug and the settings group. */
const SETTINGS_PAGE = 'net-treatment-widgets';

add_action( 'admin_init', __NAMESPACE__ . '\\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), __NAMESPACE__ . '\\action_links' );

/**
 * Register the option, its sanitizer, the section and the fields.
 */
function register_settings() {
	register_setting(
		SETTINGS_PAGE,
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\\sanitize_settings',
			'default'           => default_settings(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'net_treatment_widgets_main', '', '__return_false', SETTINGS_PAGE );
	add_settings_field(
		'net_treatment_widgets_locale',
		__( 'Language', 'net-treatment-widgets' ),
		__NAMESPACE__ . '\\field_locale',
		SETTINGS_PAGE,
		'net_treatment_widgets_main',
		array( 'label_for' => 'net_treatment_widgets_locale' )
	);
	add_settings_field(
		'net_treatment_widgets_source',
		__( 'Script served from', 'net-treatment-widgets' ),
		__NAMESPACE__ . '\\field_source',
		SETTINGS_PAGE,
		'net_treatment_widgets_main'
	);
}

/**
 * Keep only valid settings.
 *
 * @param mixed $input The submitted option.
 * @return array{locale: string, source: string, url: string}
 */
function sanitize_settings( $input ) {
	$clean = default_settings();
	if ( ! is_array( $input ) ) {
		return $clean;
	}
	// options.php has already unslashed the input.
	$locale = isset( $input['locale'] ) && is_string( $input['locale'] ) ? sanitize_text_field( $input['locale'] ) : '';
	if ( isset( locales()[ $locale ] ) ) {
		$clean['locale'] = $locale;
	}
	$url = isset( $input['url'] ) && is_string( $input['url'] ) ? esc_url_raw( trim( $input['url'] ), array( 'https', 'http' ) ) : '';
	if ( isset( $input['source'] ) && 'custom' === $input['source'] ) {
		if ( '' === $url ) {
			add_settings_error( OPTION, 'net_treatment_widgets_url', __( 'Give the address of the script, or serve the plugin’s own copy.', 'net-treatment-widgets' ) );
		} else {
			$clean['source'] = 'custom';
		}
	}
	$clean['url'] = $url;
	return $clean;
}

/**
 * Add Settings → NET treatment widgets.
 */
function add_settings_page() {
	add_options_page(
		__( 'NET treatment widgets', 'net-treatment-widgets' ),
		__( 'NET treatment widgets', 'net-treatment-widgets' ),
		'manage_options',
		SETTINGS_PAGE,
		__NAMESPACE__ . '\\render_settings_page'
	);
}

/**
 * A "Settings" link on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ) . '">' . esc_html__( 'Settings', 'net-treatment-widgets' ) . '</a>';
	return $links;
}

/**
 * The language field.
 */
function field_locale() {
	$settings = settings();
	$site     = language_tag( get_locale() );
	echo '<select id="net_treatment_widgets_locale" name="' . esc_attr( OPTION ) . '[locale]">';
	/* translators: %s: a language tag such as en-GB. */
	$follow = sprintf( __( 'Follow the site’s language (now %s)', 'net-treatment-widgets' ), $site );
	echo '<option value=""' . selected( $settings['locale'], '', false ) . '>' . esc_html( $follow ) . '</option>';
	foreach ( locales() as $tag => $label ) {
		echo '<option value="' . esc_attr( $tag ) . '"' . selected( $settings['locale'], $tag, false ) . '>' . esc_html( $label ) . '</option>';
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'The language of every widget on the site. The widgets speak the languages listed; for another site language they choose: any French → Canadian French, English of the UK, Ireland, Australia and other Commonwealth countries → British English, any other language → American English.', 'net-treatment-widgets' ) . '</p>';
}

/**
 * The script source field.
 */
function field_source() {
	$settings = settings();
	$bundle   = bundle();
	$own      = $bundle ? plugins_url( 'assets/' . $bundle['file'], PLUGIN_FILE ) : '';
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Script served from', 'net-treatment-widgets' ) . '</legend>';
	echo '<label><input type="radio" name="' . esc_attr( OPTION ) . '[source]" value="plugin"' . checked( $settings['source'], 'plugin', false ) . '> ';
	echo esc_html__( 'This plugin’s own copy (recommended)', 'net-treatment-widgets' ) . '</label>';
	if ( '' !== $own ) {
		echo ' <code>' . esc_html( $own ) . '</code>';
	}
	echo '<br><label><input type="radio" name="' . esc_attr( OPTION ) . '[source]" value="custom"' . checked( $settings['source'], 'custom', false ) . '> ';
	echo esc_html__( 'Another address (a full URL, or a path on this site such as /wp-content/uploads/…):', 'net-treatment-widgets' ) . '</label> ';
	echo '<input type="text" inputmode="url" spellcheck="false" class="regular-text code" name="' . esc_attr( OPTION ) . '[url]" value="' . esc_attr( $settings['url'] ) . '" aria-label="' . esc_attr__( 'Address of the script', 'net-treatment-widgets' ) . '">';
	echo '<p class="description">' . esc_html__( 'The file there must be byte for byte the pinned version below: browsers refuse any other file (Subresource Integrity). Another origin must send CORS headers (Access-Control-Allow-Origin).', 'net-treatment-widgets' ) . '</p>';
	echo '</fieldset>';
}

/**
 * The settings page.
 */
function render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$bundle       = bundle();
	$missing      = __( 'Not available', 'net-treatment-widgets' );
	$content      = $bundle ? $bundle['content'] : null;
	$next_review  = $content && '' !== $content['nextReview'] ? $content['nextReview'] : '';
	$review_stamp = '' !== $next_review ? strtotime( $next_review . ' 00:00:00 UTC' ) : false;
	echo '<div class="wrap">';
	echo '<h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	settings_errors( OPTION );
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( SETTINGS_PAGE );
	do_settings_sections( SETTINGS_PAGE );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'The pinned widgets', 'net-treatment-widgets' ) . '</h2>';
	echo '<table class="form-table" role="presentation"><tbody>';
	$rows = array(
		__( 'Widgets version', 'net-treatment-widgets' ) => $bundle ? $bundle['version'] : $missing,
		__( 'File', 'net-treatment-widgets' )            => $bundle ? $bundle['file'] : $missing,
		__( 'Integrity (SRI)', 'net-treatment-widgets' ) => $bundle ? $bundle['integrity'] : $missing,
		__( 'Served from', 'net-treatment-widgets' )     => '' !== script_url() ? script_url() : $missing,
		__( 'Content version', 'net-treatment-widgets' ) => $content && '' !== $content['version'] ? $content['version'] : $missing,
		__( 'Next content review', 'net-treatment-widgets' ) => false !== $review_stamp ? date_i18n( get_option( 'date_format' ), $review_stamp, true ) : $missing,
	);
	foreach ( $rows as $label => $value ) {
		echo '<tr><th scope="row">' . esc_html( $label ) . '</th><td><code>' . esc_html( $value ) . '</code></td></tr>';
	}
	echo '</tbody></table>';
	if ( ! $content ) {
		echo '<p class="description">' . esc_html__( 'This version of the widgets does not publish its content version and review date yet.', 'net-treatment-widgets' ) . '</p>';
	}
	echo '<p class="description">' . esc_html__( 'Each widget shows its own sources and review dates to readers.', 'net-treatment-widgets' ) . '</p>';
	echo '</div>';
}
