import type { Source } from './types.js';

/** Sources read for active surveillance (each with its URL and the day it was read). */
export const activeSurveillanceSources = {} as const satisfies Record<string, Source>;
