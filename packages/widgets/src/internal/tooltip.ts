import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Position = Readonly<Partial<Record<'left' | 'right' | 'top', string>>>;

/**
 * Sets `left`, `right` and `top` through CSSOM on every render. Lit's `styleMap` writes a `style`
 * attribute on the first render, which a strict `style-src` (no `unsafe-inline`) blocks.
 */
class PositionDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('position() goes on an element');
  }

  render(_position: Position): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [position]: [Position]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const side of ['left', 'right', 'top'] as const) {
      const value = position[side];
      if (value === undefined) style.removeProperty(side);
      else style.setProperty(side, value);
    }
    return noChange;
  }
}

const position = directive(PositionDirective);

/**
 * A tooltip anchored at (`x`, `y`) inside a chart `width` pixels wide; flips to the left of the
 * point in the right half and wraps within half the chart (`max-width` in the base styles), so it
 * stays inside the chart.
 */
export function tooltip(
  lines: readonly string[] | null,
  x: number,
  y: number,
  width: number,
): TemplateResult | typeof nothing {
  if (!lines || lines.length === 0) return nothing;
  const flip = x > width / 2;
  const side = flip
    ? { right: `${Math.round(width - x + 8)}px` }
    : { left: `${Math.round(x + 8)}px` };
  return html`<div
    class="tooltip"
    aria-hidden="true"
    ${position({ ...side, top: `${Math.round(Math.max(0, y - 12))}px` })}
  >
    ${lines.map((line, i) => (i === 0 ? html`<strong>${line}</strong>` : html`<div>${line}</div>`))}
  </div>`;
}
