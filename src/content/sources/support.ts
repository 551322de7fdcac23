import type { Source } from './types.js';

/** Sources read for support (each with its URL and the day it was read). */
export const supportSources = {} as const satisfies Record<string, Source>;
