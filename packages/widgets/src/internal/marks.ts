import { svg, type SVGTemplateResult } from 'lit';

/** A point in SVG user units. */
export type XY = readonly [number, number];

/** Rounds to one decimal: coordinates stay stable across engines and snapshots stay readable. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** SVG path data for a polyline through `points`; a gap (`null`) starts a new segment. */
export function linePath(points: readonly (XY | null)[]): string {
  let d = '';
  let pen = false;
  for (const point of points) {
    if (!point) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(point[0])},${px(point[1])}`;
    pen = true;
  }
  return d;
}

/** SVG path data for the band between `top` and `bottom` (same x positions), closed. */
export function areaPath(top: readonly XY[], bottom: readonly XY[]): string {
  if (top.length === 0) return '';
  return `${linePath([...top, ...[...bottom].reverse()])}Z`;
}

/** A rectangle mark; negative heights are drawn upwards from `y`. */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  className: string,
): SVGTemplateResult {
  const top = height < 0 ? y + height : y;
  return svg`<rect class=${className} x=${px(x)} y=${px(top)} width=${px(Math.max(0, width))} height=${px(Math.abs(height))}></rect>`;
}

/** A rectangle given by its corner and size; negative heights extend upwards. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * SVG path data drawing each box as a closed rectangle: many bars as one element, which is far
 * cheaper to create, style and lay out than one `<rect>` each.
 */
export function boxesPath(boxes: readonly Box[]): string {
  let d = '';
  for (const box of boxes) {
    const top = box.height < 0 ? box.y + box.height : box.y;
    const width = px(Math.max(0, box.width));
    d += `M${px(box.x)},${px(top)}h${width}v${px(Math.abs(box.height))}h${-width}Z`;
  }
  return d;
}

/** A vertical interval (whisker) from `y1` to `y2` with caps `cap` wide. */
export function interval(
  x: number,
  y1: number,
  y2: number,
  cap: number,
  className: string,
): SVGTemplateResult {
  const d = `M${px(x - cap / 2)},${px(y1)}H${px(x + cap / 2)}M${px(x)},${px(y1)}V${px(y2)}M${px(x - cap / 2)},${px(y2)}H${px(x + cap / 2)}`;
  return svg`<path class=${className} d=${d}></path>`;
}

/** A dot mark. */
export function dot(x: number, y: number, r: number, className: string): SVGTemplateResult {
  return svg`<circle class=${className} cx=${px(x)} cy=${px(y)} r=${r}></circle>`;
}
