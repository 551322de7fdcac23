import type { Source } from './types.js';

/** Sources read for surgery (each with its URL and the day it was read). */
export const surgerySources = {} as const satisfies Record<string, Source>;
