// Data only and free of imports, so the Node tools read it too (scripts/build-wordpress.mjs gives
// the block editor's comparison block as many selects as the widget takes).

/** How many treatments <net-treatment-comparison therapies> shows side by side. */
export const MIN_THERAPIES = 2;
export const MAX_THERAPIES = 4;
