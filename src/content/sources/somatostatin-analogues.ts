import type { Source } from './types.js';

/** Sources read for somatostatin analogues (each with its URL and the day it was read). */
export const somatostatinAnaloguesSources = {} as const satisfies Record<string, Source>;
