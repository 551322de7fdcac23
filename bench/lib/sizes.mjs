// Raw, gzip -9 and brotli -11 sizes of the files .size-limit.mjs budgets (the one list of them).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import budgets from '../../.size-limit.mjs';

export const KB = 1000;

/** Raw, gzip -9 and brotli -11 (quality 11, text mode) sizes of a buffer, in bytes. */
export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Every budgeted file under `root`: { file, name, budget, missing } plus its sizes. */
export function measure(root) {
  return budgets.map(({ name, path, limit }) => {
    const file = join(root, path);
    const budget = Number.parseFloat(limit) * KB;
    if (!existsSync(file)) return { file: path, name, budget, missing: true };
    const s = sizes(readFileSync(file));
    return { file: path, name, budget, ...s, ok: s.gzip <= budget };
  });
}
