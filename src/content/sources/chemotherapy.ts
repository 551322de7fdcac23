import type { Source } from './types.js';

/** Sources read for chemotherapy (each with its URL and the day it was read). */
export const chemotherapySources = {} as const satisfies Record<string, Source>;
