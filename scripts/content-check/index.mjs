#!/usr/bin/env node
/**
 * npm run check:content — the content quality gate (docs/content-guide.md, "What the check
 * enforces"). Builds the catalogue for Node, reads it in every locale and fails (exit code 1) on
 * any error: missing or unknown sources, bad review dates, reading grade over budget, long
 * sentences, percentages, seed facts whose entry is missing.
 *
 * Options: --today=YYYY-MM-DD (review dates are compared with it; default: today),
 *          --seeds=<dir> (default evidence/seeds, the copies kept in the repository),
 *          --verbose (print every flagged sentence and warning in full).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCatalogue, ensureGeneratedLocales } from './build.mjs';
import { collect } from './collect.mjs';
import { config } from './config.mjs';
import {
  checkPercentages,
  checkReading,
  checkReviews,
  checkSeedFacts,
  checkSentences,
  checkSources,
  checkTherapyRegistry,
  checkTranslations,
  checkUrgent,
} from './rules.mjs';
import { report } from './report.mjs';
import { checkEvidence, readEvidenceFiles, readSeeds } from './evidence.mjs';
import { checkFingerprint, fingerprint, stamp } from './fingerprint.mjs';
import { ROOT, TARGET_LOCALES } from '../lib/project.mjs';

const root = ROOT;

function option(name) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : undefined;
}

const started = Date.now();
ensureGeneratedLocales(root, (m) => console.log(m));
const file = await bundleCatalogue(root);
let bundle;
try {
  bundle = await import(pathToFileURL(file).href);
} finally {
  rmSync(file, { force: true });
}

const model = collect(bundle);
const seedFacts = JSON.parse(readFileSync(join(root, 'evidence/seed-facts.json'), 'utf8'));
const seedsDir = option('seeds') ?? join(root, 'evidence/seeds');
const xliff = Object.fromEntries(
  TARGET_LOCALES.filter((l) => existsSync(join(root, 'locales', `${l}.xlf`))).map((l) => [
    l,
    readFileSync(join(root, 'locales', `${l}.xlf`), 'utf8'),
  ]),
);

const evidence = readEvidenceFiles(root);
const print = fingerprint(model, bundle.content.allTherapies());
const fingerprintFile = join(root, 'evidence/content-fingerprint.json');
if (process.argv.includes('--stamp')) {
  stamp(print, bundle.CONTENT_VERSION, fingerprintFile);
  console.log(`content:stamp: recorded content version ${bundle.CONTENT_VERSION} (${print.slice(0, 12)}…)`);
  process.exit(0);
}

const results = {
  evidenceFiles: { errors: evidence.errors, warnings: [], figures: {} },
  version: checkFingerprint(print, bundle.CONTENT_VERSION, fingerprintFile),
  evidence: checkEvidence(model, evidence.files, readSeeds(existsSync(seedsDir) ? seedsDir : undefined)),
  catalogue: { errors: model.problems, warnings: [], figures: {} },
  registry: checkTherapyRegistry(model),
  sources: checkSources(model),
  reviews: checkReviews(model, option('today')),
  reading: checkReading(model, config.reading),
  sentences: checkSentences(model, config.maxSentenceWords),
  percentages: checkPercentages(model),
  urgent: checkUrgent(model),
  seeds: checkSeedFacts(seedFacts, model, existsSync(seedsDir) ? seedsDir : undefined),
  translations: checkTranslations(model, xliff),
};

const failed = report(model, results, config, {
  verbose: process.argv.includes('--verbose'),
  seedsDir: existsSync(seedsDir) ? seedsDir : undefined,
  ms: Date.now() - started,
});
process.exitCode = failed ? 1 : 0;
