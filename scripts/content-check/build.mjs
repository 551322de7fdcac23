/**
 * Builds what the content check needs: the lit-localize catalogues (only when missing or older
 * than locales/*.xlf) and one small Node bundle of the content, the sources table and the locale
 * module, written to .tmp/content-check/.
 */
import { existsSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { TARGET_LOCALES } from '../lib/project.mjs';

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/** Run `lit-localize build` when a generated catalogue is missing or older than its XLIFF file. */
export function ensureGeneratedLocales(root, log = () => {}) {
  const stale = TARGET_LOCALES.filter((l) => {
    const generated = join(root, 'src/generated/locales', `${l}.ts`);
    return !existsSync(generated) || mtime(join(root, 'locales', `${l}.xlf`)) > mtime(generated);
  });
  if (stale.length === 0) return false;
  log(`content-check: generating translation catalogues (${stale.join(', ')} missing or stale)`);
  // Missing translations only warn (one line each): the figures report them, so keep the output
  // quiet unless the build itself fails.
  try {
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['build'], { cwd: root, stdio: 'pipe' });
  } catch (err) {
    process.stderr.write(String(err.stderr ?? '') + String(err.stdout ?? ''));
    throw new Error('content-check: `lit-localize build` failed (output above)', { cause: err });
  }
  return true;
}

/** The TypeScript source of the bundle's entry: the catalogue, its modules and every therapy file. */
export function entrySource(root) {
  const rel = (p) => './' + relative(root, join(root, p)).split('\\').join('/');
  const therapyFiles = readdirSync(join(root, 'src/content/therapies'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  const lines = [
    `export * as content from ${JSON.stringify(rel('src/content/index.ts'))};`,
    `export * as sourcesModule from ${JSON.stringify(rel('src/content/sources/index.ts'))};`,
    `export * as locale from ${JSON.stringify(rel('src/i18n/locale.ts'))};`,
    `export * as types from ${JSON.stringify(rel('src/content/types.ts'))};`,
    `export { CONTENT_VERSION } from ${JSON.stringify(rel('src/content/version.ts'))};`,
    `export { MARK_START, MARK_SEP, MARK_END } from ${JSON.stringify(rel('scripts/content-check/msg-recorder.ts'))};`,
  ];
  lines.push(`export * as decisionFactors from ${JSON.stringify(rel('src/content/decision-factors.ts'))};`);
  therapyFiles.forEach((f, i) =>
    lines.push(`import * as therapyFile${i} from ${JSON.stringify(rel('src/content/therapies/' + f))};`),
  );
  lines.push(
    'export const therapyFiles = {',
    ...therapyFiles.map((f, i) => `  ${JSON.stringify(f)}: therapyFile${i},`),
    '};',
  );
  return lines.join('\n') + '\n';
}

/** Bundle the catalogue for Node; returns the path of the ES module to import. */
export async function bundleCatalogue(root, outDir = join(root, '.tmp/content-check')) {
  mkdirSync(outDir, { recursive: true });
  const recorder = join(root, 'scripts/content-check/msg-recorder.ts');
  const outfile = join(outDir, `catalogue-${process.pid}-${Date.now()}.mjs`);
  await build({
    stdin: { contents: entrySource(root), resolveDir: root, sourcefile: 'content-check-entry.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [
      {
        name: 'msg-recorder',
        setup(b) {
          // Every import of '@lit/localize' goes through the recorder, except the recorder's own.
          b.onResolve({ filter: /^@lit\/localize$/ }, (args) =>
            args.importer === recorder ? undefined : { path: recorder },
          );
        },
      },
    ],
  });
  return outfile;
}
