import type { Source } from './types.js';

/** Sources read for targeted therapy (each with its URL and the day it was read). */
export const targetedTherapySources = {} as const satisfies Record<string, Source>;
