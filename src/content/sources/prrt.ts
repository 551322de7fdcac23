import type { Source } from './types.js';

/** Sources read for prrt (each with its URL and the day it was read). */
export const prrtSources = {} as const satisfies Record<string, Source>;
