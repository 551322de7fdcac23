<?php
/**
 * Test site only (copied into wp-content/mu-plugins by test/wordpress/lib/wordpress.mjs): no mail.
 *
 * @package NetTreatmentWidgetsTests
 */

add_filter( 'pre_wp_mail', '__return_false' );
