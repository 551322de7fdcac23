import type { Source } from './types.js';

/** Sources read for radiation therapy (each with its URL and the day it was read). */
export const radiationTherapySources = {} as const satisfies Record<string, Source>;
