<?php
/**
 * A stand-in for WordPress Coding Standards' EscapeOutput sniff (WPCS needs Composer, which this
 * project cannot use): every `echo` and `print` in the given files may only output string literals,
 * constants' names escaped, and the results of WordPress's escaping functions, joined with `.` or `,`.
 * Prints one line per finding ("file:line: …") and exits 1 when there is any.
 *
 * Usage: php check-escaping.php FILE…
 *
 * @package NetTreatmentWidgetsTests
 */

$net_treatment_widgets_safe = array(
	'esc_html',
	'esc_attr',
	'esc_url',
	'esc_textarea',
	'esc_html__',
	'esc_attr__',
	'esc_html_e',
	'esc_attr_e',
	'esc_js',
	'wp_kses',
	'wp_kses_post',
	'absint',
	'intval',
	'selected',
	'checked',
	'disabled',
);

$net_treatment_widgets_findings = array();
foreach ( array_slice( $argv, 1 ) as $net_treatment_widgets_file ) {
	$tokens = array_values(
		array_filter(
			token_get_all( file_get_contents( $net_treatment_widgets_file ) ),
			static function ( $t ) {
				return ! is_array( $t ) || ! in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true );
			}
		)
	);
	$count = count( $tokens );
	for ( $i = 0; $i < $count; $i++ ) {
		if ( ! is_array( $tokens[ $i ] ) || ! in_array( $tokens[ $i ][0], array( T_ECHO, T_PRINT ), true ) ) {
			continue;
		}
		$line = $tokens[ $i ][2];
		// Each operand: a string literal, or an allowed function's call with its balanced arguments.
		$j = $i + 1;
		while ( $j < $count && ';' !== $tokens[ $j ] ) {
			$t = $tokens[ $j ];
			if ( is_array( $t ) && T_CONSTANT_ENCAPSED_STRING === $t[0] ) {
				$j++;
			} elseif ( is_array( $t ) && T_STRING === $t[0] && in_array( strtolower( $t[1] ), $net_treatment_widgets_safe, true ) && '(' === $tokens[ $j + 1 ] ) {
				$depth = 0;
				for ( $j++; $j < $count; $j++ ) {
					if ( '(' === $tokens[ $j ] ) {
						$depth++;
					} elseif ( ')' === $tokens[ $j ] ) {
						$depth--;
						if ( 0 === $depth ) {
							$j++;
							break;
						}
					}
				}
			} else {
				$what = is_array( $t ) ? $t[1] : $t;
				$net_treatment_widgets_findings[] = "{$net_treatment_widgets_file}:{$line}: output not escaped: {$what}";
				break;
			}
			if ( $j < $count && ( '.' === $tokens[ $j ] || ',' === $tokens[ $j ] ) ) {
				$j++;
			}
		}
	}
}
foreach ( $net_treatment_widgets_findings as $net_treatment_widgets_finding ) {
	echo $net_treatment_widgets_finding, "\n"; // phpcs:ignore -- a command-line report.
}
exit( $net_treatment_widgets_findings ? 1 : 0 );
