#!/usr/bin/env node
// npm run clean: delete the build output (`npm run build` writes it all again).
//
//   node scripts/clean.mjs              dist/, .tmp/, coverage/, src/generated/, custom-elements.json
//   node scripts/clean.mjs dist/types   only the paths given (relative to the repository root)
//
// Refuses any path outside the repository, and the repository itself.
import { rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { ROOT } from './lib/project.mjs';

const OUTPUT = ['dist', '.tmp', 'coverage', 'src/generated', 'custom-elements.json'];

const targets = process.argv.slice(2).length ? process.argv.slice(2) : OUTPUT;
for (const target of targets) {
  const path = resolve(ROOT, target);
  if (!path.startsWith(ROOT) || path === resolve(ROOT) || path.split(sep).includes('.git')) {
    console.error(`clean: refusing to delete ${path} (not build output inside the repository)`);
    process.exit(1);
  }
  rmSync(path, { recursive: true, force: true });
}
