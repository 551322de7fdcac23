<?php
/**
 * Shortcodes for the classic editor and page builders, one per widget:
 * [net_therapy_card therapy="prrt" heading_level="3"], [net_side_effect_list therapy="surgery"],
 * [net_decision_checklist persist]. Only the element's own attributes are passed on, as text and
 * escaped; values the widget does not know reach it, and it shows its own message.
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );

/**
 * Register one shortcode per widget.
 */
function register_shortcodes() {
	foreach ( widgets() as $widget ) {
		add_shortcode(
			$widget['shortcode'],
			static function ( $atts ) use ( $widget ) {
				return render_shortcode( $widget, $atts );
			}
		);
	}
}

/**
 * A shortcode attribute's value as the element attribute's, or null to leave it out.
 *
 * @param array $attribute The attribute (name, kind, shortcodeAttribute).
 * @param array $atts      The shortcode's attributes (names lower-cased by WordPress; a bare word
 *                         such as `persist` arrives as a value with a numeric key).
 * @return string|null
 */
function shortcode_value( $attribute, $atts ) {
	$value = null;
	foreach ( array( $attribute['shortcodeAttribute'], $attribute['name'] ) as $key ) {
		if ( isset( $atts[ $key ] ) && is_scalar( $atts[ $key ] ) ) {
			$value = (string) $atts[ $key ];
			break;
		}
	}
	if ( 'presence' === $attribute['kind'] ) {
		foreach ( $atts as $key => $bare ) {
			if ( is_int( $key ) && is_string( $bare ) && in_array( strtolower( $bare ), array( $attribute['shortcodeAttribute'], $attribute['name'] ), true ) ) {
				return '';
			}
		}
		if ( null === $value ) {
			return null;
		}
		$value = strtolower( trim( $value ) );
		if ( in_array( $value, array( '0', 'false', 'no', 'off' ), true ) ) {
			return null;
		}
		// On, or a name added to the storage key.
		return in_array( $value, array( '', '1', 'true', 'yes', 'on' ), true ) ? '' : sanitize_text_field( $value );
	}
	if ( null === $value ) {
		return null;
	}
	$value = sanitize_text_field( $value );
	return '' === $value ? null : $value;
}

/**
 * The element for a shortcode, and the bundle enqueued.
 *
 * @param array        $widget The widget (tag, attributes).
 * @param array|string $atts   The shortcode's attributes ('' when it has none).
 * @return string
 */
function render_shortcode( $widget, $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	$html = '<' . $widget['tag'];
	foreach ( $widget['attributes'] as $attribute ) {
		$value = shortcode_value( $attribute, $atts );
		if ( null === $value ) {
			continue;
		}
		$html .= '' === $value && 'presence' === $attribute['kind']
			? ' ' . $attribute['name'] . '=""'
			: ' ' . $attribute['name'] . '="' . esc_attr( $value ) . '"';
	}
	$html .= '></' . $widget['tag'] . '>';
	enqueue();
	return $html;
}
