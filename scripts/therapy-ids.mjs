// The contract's ten therapy ids for the Node tools and e2e tests, read from the one place they
// are defined (src/content/types.ts), so a new therapy needs no edit here.
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/content/types.ts', import.meta.url), 'utf8');
const block = source.match(/export const THERAPY_IDS = \[([\s\S]*?)\] as const/);
if (!block) throw new Error('THERAPY_IDS not found in src/content/types.ts');

export const THERAPY_IDS = [...block[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
