<?php
/**
 * kses: the widgets' tags and their attributes (from custom-elements.json, plus class, id, lang
 * and dir) are allowed in post content, so authors without unfiltered_html can save a block or
 * type the element. No other tag or attribute is widened, and no script is ever allowed. The host's
 * contact line needs no rule: it is not in the saved HTML, the plugin renders it (includes/slots.php).
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\\allowed_html', 10, 2 );

/**
 * Add the widgets' tags to the tags allowed in post content.
 *
 * @param array        $tags    Allowed tags => allowed attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$data = data();
	foreach ( $data['widgets'] as $widget ) {
		$allowed = array();
		foreach ( $widget['attributes'] as $attribute ) {
			$allowed[ $attribute['name'] ] = true;
		}
		foreach ( $data['globalAttributes'] as $name ) {
			$allowed[ $name ] = true;
		}
		$tags[ $widget['tag'] ] = isset( $tags[ $widget['tag'] ] ) && is_array( $tags[ $widget['tag'] ] )
			? array_merge( $tags[ $widget['tag'] ], $allowed )
			: $allowed;
	}
	return $tags;
}
