import type { Source } from './types.js';

/** Sources read for urgent advice (each with its URL and the day it was read). */
export const urgentAdviceSources = {} as const satisfies Record<string, Source>;
