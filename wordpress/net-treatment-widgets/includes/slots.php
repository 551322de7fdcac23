<?php
/**
 * The widgets' named slots that the plugin fills itself: the host's own contact line
 * (`slot="contact"`), typed as plain text in a block's sidebar or a shortcode's `contact`
 * attribute and rendered at render time as `<p slot="contact">…</p>` inside the element, escaped
 * with esc_html (markup typed into the field shows as text). The saved post content never holds
 * it (a block keeps it in its comment), so kses is not widened for it.
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * A slot's text as one line: line breaks, tabs, other control characters and runs of spaces
 * become one space (a no-break space stays).
 *
 * @param mixed $value What the editor typed (a block attribute or a shortcode attribute).
 * @return string The line, not yet escaped; '' when there is nothing to show.
 */
function slot_text( $value ) {
	if ( ! is_string( $value ) ) {
		return '';
	}
	$line = preg_replace( '/[\p{Cc}\p{Zl}\p{Zp} ]+/u', ' ', $value );
	// An invalid UTF-8 string makes preg_replace fail: show nothing rather than broken bytes.
	return is_string( $line ) ? trim( $line ) : '';
}

/**
 * The slotted elements for a widget: `<p slot="contact">…</p>` for each text slot with a value.
 *
 * @param array    $widget The widget (its `slots`).
 * @param callable $value  Returns a slot's raw value, given the slot (name, kind, blockAttribute,
 *                         shortcodeAttribute).
 * @return string HTML, every value escaped.
 */
function slots_html( $widget, $value ) {
	$html = '';
	foreach ( isset( $widget['slots'] ) ? $widget['slots'] : array() as $slot ) {
		if ( 'text' !== $slot['kind'] ) {
			continue;
		}
		$text = slot_text( $value( $slot ) );
		if ( '' !== $text ) {
			$html .= '<p slot="' . esc_attr( $slot['name'] ) . '">' . esc_html( $text ) . '</p>';
		}
	}
	return $html;
}

/**
 * A block's saved element with its slots filled in, before the element's closing tag.
 *
 * @param array  $widget     The widget (tag, slots).
 * @param array  $attributes The block's attributes.
 * @param string $content    The block's saved HTML: the element itself.
 * @return string
 */
function render_block_slots( $widget, $attributes, $content ) {
	$content = is_string( $content ) ? $content : '';
	$slots   = slots_html(
		$widget,
		static function ( $slot ) use ( $attributes ) {
			return is_array( $attributes ) && isset( $attributes[ $slot['blockAttribute'] ] ) ? $attributes[ $slot['blockAttribute'] ] : '';
		}
	);
	$close = strripos( $content, '</' . $widget['tag'] . '>' );
	if ( '' === $slots || false === $close ) {
		return $content;
	}
	return substr( $content, 0, $close ) . $slots . substr( $content, $close );
}
