import type { Source } from './types.js';

/** Sources read for clinical trials (each with its URL and the day it was read). */
export const clinicalTrialsSources = {} as const satisfies Record<string, Source>;
