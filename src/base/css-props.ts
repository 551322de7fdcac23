import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Set CSS custom properties on an element through the CSSOM (`style.setProperty`), on the first
 * render too. Lit's `styleMap` writes a `style="…"` attribute on first render, which a host's
 * strict CSP (`style-src` without 'unsafe-inline') blocks and reports as a violation; CSSOM
 * changes are not inline styles and are always allowed (test/e2e/hostile-csp.test.mjs).
 *
 * Usage: `<div style=${cssProps({ '--_progress': '0.5' })}></div>` (private --_* names: --net-* are the host's).
 */
class CssPropsDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('cssProps() only works in a style attribute binding.');
    }
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = part.element.style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
