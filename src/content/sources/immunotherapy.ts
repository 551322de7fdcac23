import type { Source } from './types.js';

/** Sources read for immunotherapy (each with its URL and the day it was read). */
export const immunotherapySources = {} as const satisfies Record<string, Source>;
