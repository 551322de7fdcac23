/**
 * Turns the bundled catalogue into the checker's plain model: a flat list of entries (therapies,
 * their examples and sub-types, side-effect lists and their items, the decision checklist, its
 * factors and priorities), each with its sources, review dates and, per locale, every string it
 * shows with the message id it came from. The rules (rules.mjs) only ever see this model, so they
 * can be tested on small hand-written fixtures.
 */

export { LOCALES } from '../lib/project.mjs';
import { LOCALES } from '../lib/project.mjs';

/** Fields that hold headings and names rather than prose (excluded from the reading grade only). */
const LABEL_FIELDS = new Set(['name', 'title', 'subtypesTitle', 'factorsTitle', 'prioritiesTitle', 'label', 'heading']);

/** Fields that are data (not reader-facing text), skipped by the walk. */
const DATA_FIELDS = new Set(['frequency']);

/** What a sourced item inside a field is called. */
const CHILD_KIND = { examples: 'example', subtypes: 'sub-type', items: 'side-effect' };

/**
 * Read a string produced by the recording `msg()`: its plain text, the message ids inside it and
 * whether any of it came from outside `msg()`.
 */
export function parseMarked(value, marks) {
  const { MARK_START, MARK_SEP, MARK_END } = marks;
  let plain = '';
  const ids = [];
  let depth = 0;
  let outside = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === MARK_START) {
      const sep = value.indexOf(MARK_SEP, i);
      ids.push(value.slice(i + 1, sep));
      i = sep;
      depth += 1;
    } else if (c === MARK_END) {
      depth -= 1;
    } else {
      plain += c;
      if (depth === 0) outside += c;
    }
  }
  return { plain, ids, unmarked: /[\p{L}\p{N}]/u.test(outside) };
}

function isSourced(v) {
  return v && typeof v === 'object' && !Array.isArray(v) && Array.isArray(v.sources);
}

/**
 * Walk one text() result. Strings are recorded on `entry`; objects with `sources` inside arrays
 * become child entries (examples, sub-types, side effects).
 */
function walk(value, path, entry, ctx) {
  if (typeof value === 'string') {
    const field = path.join('.');
    const { plain, ids, unmarked } = parseMarked(value, ctx.marks);
    if (ids.length === 0 || unmarked) {
      ctx.problem(
        `${entry.label} → ${field}: text does not come from msg() ("${plain.slice(0, 50)}"), so it cannot be translated`,
      );
    }
    if (ids.some((id) => id === '')) {
      ctx.problem(`${entry.label} → ${field}: msg() without a stable id ("${plain.slice(0, 50)}")`);
    }
    const last = [...path].reverse().find((p) => typeof p === 'string');
    const item = { id: ids[0] || '', ids, field, text: plain, prose: !LABEL_FIELDS.has(last) };
    (entry.texts[ctx.locale] ??= []).push(item);
    for (const id of ids) if (id) ctx.messageIds.add(id);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      const key = path[path.length - 1];
      if (isSourced(v)) {
        const child = ctx.child(entry, CHILD_KIND[key] ?? String(key), `${path.join('.')}[${i}]`, v);
        walk(omit(v, 'sources'), [], child, ctx);
      } else {
        walk(v, [...path, i], entry, ctx);
      }
    });
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!DATA_FIELDS.has(k)) walk(v, [...path, k], entry, ctx);
  }
}

function omit(obj, key) {
  const { [key]: _drop, ...rest } = obj;
  return rest;
}

/**
 * Build the model. `bundle` is the imported catalogue bundle (see build.mjs); `setLocale` comes
 * from it too.
 */
export function collect(bundle) {
  const { content, sourcesModule, locale, decisionFactors: df, therapyFiles = {} } = bundle;
  const marks = { MARK_START: bundle.MARK_START, MARK_SEP: bundle.MARK_SEP, MARK_END: bundle.MARK_END };
  const problems = [];
  const entries = new Map();
  const messageIds = new Set();

  /** Top-level entries and how to read their text; children are found while walking. */
  const roots = [];
  const therapies = content.allTherapies();
  for (const t of therapies) {
    roots.push({
      key: `therapy:${t.id}`,
      kind: 'therapy',
      label: `therapy "${t.id}"`,
      obj: t,
      displayed: t.sources,
      text: () => t.text(),
    });
    const se = t.sideEffects;
    if (se) {
      roots.push({
        key: `side-effects:${t.id}`,
        kind: 'side-effects',
        label: `side effects of "${t.id}"`,
        obj: se,
        displayed: se.sources,
        text: () => se.text(),
      });
    } else {
      problems.push(`therapy "${t.id}": no sideEffects entry`);
    }
  }

  if (df) {
    const checklist = df.decisionChecklist;
    const factors = Array.isArray(df.decisionFactors) ? df.decisionFactors : undefined;
    if (!factors) problems.push('decision-factors.ts: no `decisionFactors` array exported');
    const displayed = typeof df.checklistSources === 'function' ? df.checklistSources() : checklist?.sources;
    if (checklist) {
      roots.push({
        key: 'checklist',
        kind: 'checklist',
        label: 'decision checklist',
        obj: checklist,
        displayed,
        text: () => checklist.text(),
      });
    } else {
      problems.push("decision-factors.ts: no `decisionChecklist` (the checklist's sources, review dates and words)");
    }
    for (const f of factors ?? []) {
      roots.push({
        key: `factor:${f.id}`,
        kind: 'decision-factor',
        label: `decision factor "${f.id}"`,
        obj: f,
        displayed,
        text: () => f.text(),
        reviewFrom: checklist,
      });
    }
    for (const p of Array.isArray(df.priorities) ? df.priorities : []) {
      roots.push({
        key: `priority:${p.id}`,
        kind: 'priority',
        label: `priority "${p.id}"`,
        obj: p,
        displayed,
        text: () => ({ label: p.text() }),
        reviewFrom: checklist,
        unit: 'checklist',
        sourcesOptional: true,
      });
    }
  }

  const ctxBase = { marks, messageIds, problem: (p) => problems.push(p) };
  for (const l of LOCALES) {
    locale.setLocale(l);
    const ctx = {
      ...ctxBase,
      locale: l,
      child(parent, kind, path, raw) {
        const key = `${parent.key}/${path}`;
        let e = entries.get(key);
        if (!e) {
          e = {
            key,
            kind,
            label: '',
            parent: parent.key,
            unit: parent.unit,
            sources: raw.sources,
            sourcesRequired: true,
            displayed: parent.displayed,
            review: parent.review,
            reviewRequired: false,
            texts: {},
          };
          entries.set(key, e);
        }
        return e;
      },
    };
    for (const r of roots) {
      let e = entries.get(r.key);
      if (!e) {
        const ownReview = r.obj.review;
        e = {
          key: r.key,
          kind: r.kind,
          label: r.label,
          parent: undefined,
          unit: r.unit ?? r.key,
          sources: r.obj.sources,
          sourcesRequired: !r.sourcesOptional,
          displayed: r.displayed,
          review: ownReview ?? r.reviewFrom?.review,
          reviewRequired: !r.reviewFrom || !!ownReview,
          texts: {},
        };
        entries.set(r.key, e);
      }
      let value;
      try {
        value = r.text();
      } catch (err) {
        problems.push(`${r.label}: text() threw in ${l}: ${err?.message ?? err}`);
        continue;
      }
      walk(value, [], e, ctx);
    }
  }
  locale.setLocale(null);

  // Name child entries after their name's message id (e.g. "ssa.se.nausea").
  for (const e of entries.values()) {
    if (e.label) continue;
    const name = (e.texts['en-US'] ?? []).find((t) => t.field === 'name');
    e.label = `${e.kind} "${name?.id || e.key}"`;
  }

  // Which therapy files define which therapies, and whether index.ts registers them.
  const registered = new Set(therapies.map((t) => t.id));
  const fileTherapies = [];
  for (const [file, mod] of Object.entries(therapyFiles)) {
    const defined = Object.values(mod).filter(
      (v) => v && typeof v === 'object' && typeof v.id === 'string' && typeof v.text === 'function' && v.sideEffects,
    );
    if (defined.length === 0) problems.push(`src/content/therapies/${file}: exports no therapy`);
    for (const t of defined)
      fileTherapies.push({ file, id: t.id, registered: registered.has(t.id) && content.getTherapy(t.id) === t });
  }

  // A source id defined in two topic files would silently shadow the other: report it.
  const seenIds = new Map();
  const duplicateSourceIds = [];
  for (const group of Object.values(sourcesModule.sourceGroups ?? {})) {
    for (const id of Object.keys(group)) {
      if (seenIds.has(id)) duplicateSourceIds.push(id);
      seenIds.set(id, true);
    }
  }

  return {
    locales: LOCALES,
    entries: [...entries.values()],
    sourcesTable: sourcesModule.sources,
    duplicateSourceIds,
    messageIds,
    problems,
    contractTherapyIds: [...(bundle.types?.THERAPY_IDS ?? content.THERAPY_IDS ?? [])],
    registeredTherapyIds: [...registered],
    fileTherapies,
  };
}
