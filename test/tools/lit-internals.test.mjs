// Every private Lit API and module shape the project relies on, checked against the installed Lit,
// so that an upgrade of lit, @lit/localize, @lit/localize-tools, @lit-labs/ssr or
// @lit-labs/ssr-client fails here, loudly and by name, before any browser suite runs
// (CONTRIBUTING.md, "Upgrading Lit", lists each place and why it is needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { ROOT } from '../../scripts/lib/project.mjs';
import {
  bundleLocalHydrateSupport,
  dropLitVersionGlobals,
  HYDRATE_GLOBAL,
  LIT_VERSION_PUSH,
} from '../../scripts/rollup/lit-rewrites.mjs';

test('@lit/localize: the msg() implementation hook and the runtime lookup (src/i18n/msg-runtime.ts)', async () => {
  const { _installMsgImplementation } = await import('@lit/localize/init/install.js');
  assert.equal(typeof _installMsgImplementation, 'function');
  const { runtimeMsg } = await import('@lit/localize/internal/runtime-msg.js');
  const { str } = await import('@lit/localize');
  // No catalogue: the source text; a catalogue entry: its text; str`` placeholders filled in.
  assert.equal(runtimeMsg(undefined, 'Hello', { id: 'a' }), 'Hello');
  assert.equal(runtimeMsg({ a: 'Bonjour' }, 'Hello', { id: 'a' }), 'Bonjour');
  assert.equal(runtimeMsg({ b: str`Révisé le ${0}` }, str`Reviewed ${'1 mai'}`, { id: 'b' }), 'Révisé le 1 mai');
  assert.equal(runtimeMsg({}, str`Reviewed ${'May 1'}`, { id: 'b' }), 'Reviewed May 1');
});

test('@lit/localize-tools: the config reader and the runtime localizer (scripts/strip-identical-targets.mjs)', async () => {
  const { readConfigFileAndWriteSchema } = await import('@lit/localize-tools/lib/config.js');
  assert.equal(typeof readConfigFileAndWriteSchema, 'function');
  const { RuntimeLitLocalizer } = await import('@lit/localize-tools/lib/modes/runtime.js');
  assert.equal(typeof RuntimeLitLocalizer, 'function');
  for (const method of ['readTranslationsSync', 'build']) {
    assert.equal(typeof RuntimeLitLocalizer.prototype[method], 'function', `RuntimeLitLocalizer#${method}`);
  }
});

test('Lit: what src/ssr/hydrate-support.ts patches and deletes', async () => {
  const { LitElement } = await import('lit');
  for (const method of ['createRenderRoot', 'update', 'scheduleUpdate']) {
    assert.equal(typeof LitElement.prototype[method], 'function', `LitElement#${method}`);
  }
  // render() keeps its part on the container under this key; discard() deletes it.
  assert.match(readFileSync(join(ROOT, 'node_modules/lit-html/lit-html.js'), 'utf8'), /_\$litPart\$/);
  // @lit-labs/ssr-client installs its support through the global that the bundle makes local.
  delete globalThis.litElementHydrateSupport;
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  assert.equal(typeof globalThis.litElementHydrateSupport, 'function');
  delete globalThis.litElementHydrateSupport;
});

test('Lit SSR: the renderer class and result helper src/ssr/index.ts uses', async () => {
  const ssr = await import('@lit-labs/ssr');
  assert.equal(typeof ssr.LitElementRenderer?.prototype.setAttribute, 'function');
  assert.equal(typeof ssr.render, 'function');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  assert.equal(typeof collectResultSync, 'function');
});

test("the bundle's rewrites of Lit's modules still match the installed Lit (scripts/rollup/lit-rewrites.mjs)", async () => {
  const entry = '\0entry';
  const build = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? entry : null),
        load: (id) =>
          id === entry
            ? "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; export { LitElement } from 'lit';"
            : null,
      },
      dropLitVersionGlobals(),
      // The src/ssr/ support module is not in this build: only Lit's own modules are checked here.
      { ...bundleLocalHydrateSupport(), buildEnd() {} },
      resolve({ exportConditions: ['browser', 'production', 'default'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const code = output[0].code;
  assert.doesNotMatch(code, new RegExp(LIT_VERSION_PUSH.source), 'every version push dropped');
  assert.doesNotMatch(code, /litHtmlVersions|litElementVersions|reactiveElementVersions/);
  assert.doesNotMatch(code, new RegExp(HYDRATE_GLOBAL.source), 'the hydration global made local');
  assert.match(code, /__nwHydrate/);
});

test('the rewrites fail the build when their pattern stops matching', async () => {
  const build = (plugin, source) =>
    rollup({
      input: '/x/lit-element/lit-element.js',
      plugins: [{ name: 'v', resolveId: (id) => id, load: () => source }, plugin],
      onwarn: () => {},
    });
  await assert.rejects(
    build(bundleLocalHydrateSupport(), 'export const x = 1;'),
    /no litElementHydrateSupport to rewrite/,
  );
  await assert.rejects(build(dropLitVersionGlobals(), 'export const x = 1;'), /litElementVersions push was not found/);
});
