declare const __NET_WIDGETS_VERSION__: string;

/** The package version, written in at build time ("dev" when running from source). */
export const VERSION: string = typeof __NET_WIDGETS_VERSION__ === 'string' ? __NET_WIDGETS_VERSION__ : 'dev';
