#!/usr/bin/env node
// Every shipped script and static fragment is ASCII only (DESIGN.md "Files"): a script served
// without a charset is decoded in the host page's encoding, and a fragment pasted into a
// windows-1252 page is re-encoded by the CMS. The build escapes (scripts/rollup/ascii-only.mjs,
// src/ssr/ascii.ts); this proves it, byte by byte. Exits 1 naming the first byte above 0x7F of
// each file that has one. `npm run check:ascii` (after a build).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ROOT } from './lib/project.mjs';

/** What ships: every .js file of dist/ (the bundles, dist/esm, dist/ssr) and dist/static's HTML. */
export const SHIPPED = [
  { dir: 'dist', ext: ['.js', '.mjs'] },
  { dir: 'dist/static', ext: ['.html'] },
];

function* files(dir, ext) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path, ext);
    else if (ext.some((e) => name.endsWith(e))) yield path;
  }
}

/** "line:column (0xNN)" of the first byte above 0x7F, or undefined. */
export function firstHighByte(bytes) {
  const index = bytes.findIndex((b) => b > 0x7f);
  if (index < 0) return undefined;
  let line = 1;
  let column = 1;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      column = 1;
    } else column++;
  }
  return `${line}:${column} (byte 0x${bytes[index].toString(16)})`;
}

/** The files checked and the problems found ([{ file, at }]) under `root`. */
export function checkAscii(root = ROOT, shipped = SHIPPED) {
  const checked = [];
  const problems = [];
  for (const { dir, ext } of shipped) {
    for (const file of files(join(root, dir), ext)) {
      if (checked.includes(file)) continue;
      checked.push(file);
      const at = firstHighByte(readFileSync(file));
      if (at) problems.push({ file: relative(root, file), at });
    }
  }
  return { checked: checked.length, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? fileURLToPath(new URL('../', import.meta.url));
  const { checked, problems } = checkAscii(root);
  if (!checked) {
    console.error('check:ascii: nothing to check (run `npm run build` first).');
    process.exit(1);
  }
  for (const { file, at } of problems.slice(0, 10)) console.error(`check:ascii: ${file}: a byte above 0x7F at ${at}`);
  if (problems.length > 10) console.error(`check:ascii: … and ${problems.length - 10} more files`);
  if (problems.length) process.exit(1);
  console.log(`check:ascii passed: ${checked} shipped files, every byte ASCII.`);
}
