import type { Source } from './types.js';

/** Sources read for regulatory (each with its URL and the day it was read). */
export const regulatorySources = {} as const satisfies Record<string, Source>;
