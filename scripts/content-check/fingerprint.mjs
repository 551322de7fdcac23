/**
 * The content's fingerprint: a hash of everything the widgets say and show as content — every
 * message in every locale, every entry's sources, review dates, status, aims and delivery, and the
 * sources table. evidence/content-fingerprint.json records it with the content version
 * (src/content/version.ts), so a content change without a version bump fails content:check, and
 * `npm run content:stamp` records a bumped version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function fingerprint(model, therapies = []) {
  const entries = [...model.entries]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e) => ({
      key: e.key,
      sources: e.sources ?? [],
      review: e.review ?? null,
      texts: Object.fromEntries(
        Object.keys(e.texts)
          .sort()
          .map((l) => [l, e.texts[l].map((t) => [t.ids, t.text])]),
      ),
    }));
  const data = therapies.map((t) => [t.id, t.status, t.delivery, t.aims]);
  const sources = Object.keys(model.sourcesTable)
    .sort()
    .map((id) => [id, model.sourcesTable[id]]);
  return createHash('sha256').update(JSON.stringify({ entries, data, sources })).digest('hex');
}

/** Compare with the record; returns the check's { errors, warnings, figures }. */
export function checkFingerprint(current, version, file) {
  const r = { errors: [], warnings: [], figures: { contentVersion: version } };
  const recorded = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (!recorded) {
    r.errors.push(`no ${file}: run \`npm run content:stamp\``);
  } else if (recorded.fingerprint !== current && recorded.version === version) {
    r.errors.push(
      `the content changed since version ${version} was recorded: bump CONTENT_VERSION in ` +
        'src/content/version.ts, add a "Content" entry to CHANGELOG.md, then run `npm run content:stamp`',
    );
  } else if (recorded.version !== version) {
    r.errors.push(
      `CONTENT_VERSION is ${version} but ${file} records ${recorded.version}: run \`npm run content:stamp\``,
    );
  }
  return r;
}

/** Record the fingerprint; refuses when the content changed but the version did not. */
export function stamp(current, version, file) {
  const recorded = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  if (recorded && recorded.version === version && recorded.fingerprint !== current) {
    throw new Error(`the content changed: bump CONTENT_VERSION (now ${version}) in src/content/version.ts first`);
  }
  writeFileSync(file, JSON.stringify({ version, fingerprint: current }, null, 2) + '\n');
}
