// What the build needs to know of the catalogue, read from the catalogue itself (bundled for Node
// the way content:check reads it), never from its source text: every source id (for short-ids.mjs)
// and { version, nextReview } (for pinned.mjs).
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleCatalogue } from '../content-check/build.mjs';

export async function readCatalogue() {
  const file = await bundleCatalogue(fileURLToPath(new URL('../../', import.meta.url)));
  try {
    const bundle = await import(pathToFileURL(file).href);
    return { sourceIds: Object.keys(bundle.sourcesModule.sources), content: bundle.content.contentInfo() };
  } finally {
    rmSync(file, { force: true });
  }
}
