<?php
/**
 * The blocks: one block.json per widget (generated at build time), registered from its folder.
 * Each block saves the custom element itself; its editor script (build/index.js) previews the real
 * widget, and its view script is the bundle, enqueued only where the block renders. A render
 * callback adds what the block keeps in its comment rather than its saved HTML: the host's contact
 * line (includes/slots.php).
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
			register_block_type(
				$dir,
				array(
					'render_callback' => static function ( $attributes, $content ) use ( $widget ) {
						return render_block_slots( $widget, $attributes, $content );
					},
				)
			);
		}
	}
}
