// Load a small, self-contained TypeScript module of src/ from Node (build scripts, tools), so that
// data and logic shared with the widgets are written once. esbuild strips the types; the module
// must not import anything.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

export async function loadTs(path) {
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
