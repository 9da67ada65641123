/**
 * The index a key press moves the focused data point to, or `null` when the key is not a
 * navigation key. Arrow keys step by one (clamped), Home and End jump to the ends; with no point
 * focused yet, any navigation key focuses the first (or, for End, the last) point.
 */
export function nextIndex(key: string, current: number | null, length: number): number | null {
  if (length === 0) return null;
  const last = length - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current === null ? 0 : Math.min(last, current + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return current === null ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/** Within this many pixels of the nearest x, points count as one column, told apart by y. */
const COLUMN = 4;

/**
 * Index of the point under the pointer at (`x`, `y`), `null` for no points. By default the nearest
 * x wins (a bar, a year), and points sharing that column are told apart by y; with `mode` `xy` the
 * nearest point in both directions wins (lines that run side by side, such as a lineage).
 */
export function nearestIndex(
  points: readonly { readonly x: number; readonly y: number }[],
  x: number,
  y: number,
  mode: 'x' | 'xy' = 'x',
): number | null {
  if (points.length === 0) return null;
  const dx = (i: number) => Math.abs((points[i] as { x: number }).x - x);
  const dy = (i: number) => Math.abs((points[i] as { y: number }).y - y);
  const indexes = points.map((_, i) => i);
  if (mode === 'xy') {
    return indexes.reduce((best, i) =>
      Math.hypot(dx(i), dy(i)) < Math.hypot(dx(best), dy(best)) ? i : best,
    );
  }
  const nearestX = Math.min(...indexes.map(dx));
  return indexes
    .filter((i) => dx(i) <= nearestX + COLUMN)
    .reduce((best, i) => (dy(i) < dy(best) ? i : best));
}
