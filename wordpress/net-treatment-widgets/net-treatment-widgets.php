<?php
/**
 * Plugin Name:       NET treatment widgets
 * Description:       Blocks and shortcodes for the NET treatment widgets: treatment cards, side-effect lists, a decision checklist and a treatment comparison about neuroendocrine tumours, in en-US, en-GB, en-CA and fr-CA, with your own contact line. Loads one pinned script, only on pages that show a widget.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            NET treatment widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       net-treatment-widgets
 *
 * @package NetTreatmentWidgets
 */

namespace NetTreatmentWidgets;

defined( 'ABSPATH' ) || exit;

/** The main plugin file. */
const PLUGIN_FILE = __FILE__;

/** Script handle of the widgets' bundle. */
const SCRIPT_HANDLE = 'net-treatment-widgets';

/** Script handle of the block editor script (build/index.js). */
const EDITOR_HANDLE = 'net-treatment-widgets-editor';

/** The one option the plugin stores (uninstall.php deletes it). */
const OPTION = 'net_treatment_widgets_settings';

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/slots.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/settings.php';
