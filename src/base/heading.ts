import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Clamp any value to a heading level 1–6; anything that is not a number becomes `fallback`. */
export function clampLevel(value: unknown, fallback = 2): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(6, Math.max(1, Math.round(n)));
}

/**
 * A real `<hN>` element (not role="heading") so that the widget joins the host page's outline.
 * Levels past 6 stay at 6: HTML has no h7.
 */
export function heading(
  level: number,
  content: unknown,
  options: { part?: string; id?: string; className?: string } = {},
): TemplateResult {
  const tag = TAGS[clampLevel(level) - 1];
  return staticHtml`<${tag} part=${options.part ?? 'heading'} class=${options.className ?? 'heading'} id=${ifDefined(options.id)}>${content}</${tag}>`;
}
