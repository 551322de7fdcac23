import type { Source } from './types.js';

/** Sources read for liver directed therapy (each with its URL and the day it was read). */
export const liverDirectedTherapySources = {} as const satisfies Record<string, Source>;
