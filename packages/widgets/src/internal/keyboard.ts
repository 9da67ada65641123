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

/** Index of the point whose x is closest to `x` (for pointer hover); `null` for no points. */
export function nearestIndex(xs: readonly number[], x: number): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;
  xs.forEach((value, i) => {
    const distance = Math.abs(value - x);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
