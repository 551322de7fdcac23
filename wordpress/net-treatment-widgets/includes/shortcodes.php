<?php
/**
 * Shortcodes for the classic editor and page builders, one per widget:
 * [net_therapy_card therapy="prrt" heading_level="3"], [net_side_effect_list therapy="surgery"],
 * [net_decision_checklist persist], [net_treatment_comparison therapies="surgery,prrt"]. Only the
 * element's own attributes are passed on, as text and escaped; values the widget does not know
 * reach it, and it shows its own message. `contact="Call the NET nurse line on …"` becomes the
 * host's contact line inside the element, as escaped text (includes/slots.php).
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

add_action( 'init', __NAMESPACE__ . '\\register_shortcodes' );
// After do_shortcode (11).
add_filter( 'the_content', __NAMESPACE__ . '\\unwrap_paragraphs', 12 );
add_filter( 'widget_text_content', __NAMESPACE__ . '\\unwrap_paragraphs', 12 );

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
 * @param array        $widget The widget (tag, attributes, slots).
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
	$html .= '>' . slots_html(
		$widget,
		static function ( $slot ) use ( $atts ) {
			return isset( $atts[ $slot['shortcodeAttribute'] ] ) ? $atts[ $slot['shortcodeAttribute'] ] : '';
		}
	);
	$html .= '</' . $widget['tag'] . '>';
	enqueue();
	return $html;
}

/**
 * A shortcode on a line of its own with a contact line: take the element out of the paragraph
 * wpautop may have put it in. shortcode_unautop usually does, but not always (a page that shows a
 * block post before a classic one runs wpautop after it; page builders run wpautop alone), and a
 * `<p slot="contact">` inside a `<p>` would end that paragraph, and the element with it, so the
 * line would land outside the widget. Only the plugin's own output is matched: the element, its
 * escaped attributes, then its `<p slot="…">` lines of escaped text.
 *
 * @param mixed $html Rendered HTML.
 * @return mixed
 */
function unwrap_paragraphs( $html ) {
	if ( ! is_string( $html ) || false === strpos( $html, '<p slot="' ) || ! widgets() ) {
		return $html;
	}
	$tags  = implode(
		'|',
		array_map(
			static function ( $widget ) {
				return preg_quote( $widget['tag'], '/' );
			},
			widgets()
		)
	);
	$space = '(?:\\s|&nbsp;|<br\\s*\\/?>)*';
	$out   = preg_replace(
		'/<p>' . $space . '(<(' . $tags . ')(?:\\s[^<>]*)?>(?:<p slot="[a-z][a-z0-9-]*">[^<]*<\\/p>)+<\\/\\2>)' . $space . '<\\/p>/',
		'$1',
		$html
	);
	return is_string( $out ) ? $out : $html;
}
