<?php
/**
 * Uninstall: delete the plugin's one option, on every site of a network.
 *
 * Posts keep their widget markup (custom elements and shortcodes); see readme.txt.
 *
 * @package NetTreatmentWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $net_treatment_widgets_site ) {
		switch_to_blog( $net_treatment_widgets_site );
		delete_option( 'net_treatment_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'net_treatment_widgets_settings' );
}
