#!/usr/bin/env node
// npm run bench — the widgets against the physical limit (the same DOM as static HTML), in
// Chromium. Prints a table per section and writes every figure to bench/results.json.
//
//   node bench/run.mjs [--runs=7] [--only=sizes,render,first,heap,cls,switch,profile,ssr]
//   npm run bench -- --runs=3 --only=sizes      (or: npm run bench --runs=3, read from npm's config)
//
// Needs a build (npm run build). Each section is a module in bench/sections/ exporting run(ctx).
// Timings are medians of alternating runs, each in a fresh browser context (empty cache, no code
// cache: a first visit). Quote the ratios, not the milliseconds: they depend on the machine, the
// ratios much less.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../scripts/lib/project.mjs';
import { launchChromium } from '../scripts/lib/browsers.mjs';
import { serve } from '../scripts/lib/serve.mjs';
import { makeLoader } from './lib/load.mjs';
import { printSummary } from './lib/summary.mjs';

const SECTIONS = ['sizes', 'render', 'first', 'heap', 'cls', 'switch', 'profile', 'ssr'];
/** Medians of fewer runs than this are too noisy to quote (docs/performance.md uses 7). */
const RECOMMENDED_RUNS = 7;
const OUT = resolve(ROOT, 'bench/results.json');
const log = (...a) => console.log(...a);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// `npm run bench --runs=3` (without `--`) reaches the script as npm config, not as an argument.
const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' } } });
const runsArg = values.runs ?? process.env.npm_config_runs ?? String(RECOMMENDED_RUNS);
const runs = Number(runsArg);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs=${runsArg}: give a whole number of runs, at least 1`);
const only = (values.only ?? process.env.npm_config_only)?.split(',').filter(Boolean);
const unknown = only?.filter((s) => !SECTIONS.includes(s)) ?? [];
if (unknown.length) fail(`unknown section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
const wanted = SECTIONS.filter((s) => !only || only.includes(s));
if (!existsSync(resolve(ROOT, 'dist/net-widgets.js')))
  fail('dist/net-widgets.js is missing: run `npm run build` first.');
if (runs < RECOMMENDED_RUNS) {
  log(`bench: --runs=${runs} is below ${RECOMMENDED_RUNS}: medians of so few runs are noisy; do not quote them.`);
}

const results = { date: new Date().toISOString(), runs, sections: wanted, node: process.version };
const modules = await Promise.all(wanted.map((name) => import(`./sections/${name}.mjs`)));
const needsBrowser = modules.some((m) => m.needsBrowser !== false);
const server = needsBrowser ? await serve() : undefined;
const browser = needsBrowser ? await launchChromium({ args: ['--enable-precise-memory-info'] }) : undefined;
if (browser) results.chromium = browser.version();
const ctx = { root: ROOT, server, browser, load: browser && makeLoader(browser, server), results, runs, log };
try {
  for (const section of modules) await section.run(ctx);
} finally {
  await browser?.close();
  await server?.close();
}

writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
printSummary(results, log);
log(`\nWritten: ${OUT.replace(ROOT, '')}`);
