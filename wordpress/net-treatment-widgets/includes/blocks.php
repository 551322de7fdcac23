<?php
/**
 * The blocks: one block.json per widget (generated at build time), registered from its folder.
 * Each block saves the custom element itself; its editor script (build/index.js) previews the real
 * widget, and its view script is the bundle, enqueued only where the block renders.
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

add_action( 'init', __NAMESPACE__ . '\\register_blocks' );

/**
 * Register every widget's block.
 */
function register_blocks() {
	foreach ( widgets() as $widget ) {
		$dir = dirname( PLUGIN_FILE ) . '/blocks/' . $widget['blockDir'];
		if ( is_readable( $dir . '/block.json' ) ) {
			register_block_type( $dir );
		}
	}
}
