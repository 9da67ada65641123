/** A continuous scale mapping a numeric domain onto a pixel range. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** A scale that places discrete keys (years, labels) in equal bands along a pixel range. */
export interface BandScale<K> {
  /** Left edge of the band for `key`; `NaN` for a key outside the domain. */
  (key: K): number;
  readonly domain: readonly K[];
  readonly bandwidth: number;
  readonly step: number;
}

/**
 * Maps `domain` linearly onto `range`. A zero-width domain maps every value to the middle of the
 * range instead of dividing by zero.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number): number =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/**
 * Splits `range` into one band per key. `padding` is the share of each step left empty between
 * bands (0 to 1); half of it is also left at both ends.
 */
export function bandScale<K>(
  domain: readonly K[],
  range: readonly [number, number],
  padding = 0.2,
): BandScale<K> {
  const [r0, r1] = range;
  const n = domain.length;
  const step = n === 0 ? 0 : (r1 - r0) / (n + padding);
  const bandwidth = step * (1 - padding);
  const index = new Map<K, number>(domain.map((key, i) => [key, i]));
  const scale = (key: K): number => {
    const i = index.get(key);
    return i === undefined ? Number.NaN : r0 + step * padding + step * i;
  };
  return Object.assign(scale, { domain, bandwidth, step });
}

/** Where d3-array moves from a step of 1 to 2, 2 to 5 and 5 to 10 (times a power of ten). */
const E2 = Math.sqrt(2);
const E5 = Math.sqrt(10);
const E10 = Math.sqrt(50);

/** `i` steps of `inc`, a step from {@link tickSpec}: below 1, `inc` is minus its inverse. */
const stepAt = (i: number, inc: number): number => (inc < 0 ? i / -inc : i * inc);

/** How many steps of `inc` (as in {@link stepAt}) make `value`, not rounded. */
const stepsIn = (value: number, inc: number): number => (inc < 0 ? value * -inc : value / inc);

/**
 * d3-array's `tickSpec`: the ticks of `[start, stop]` (start below stop) are `i1` to `i2` steps of
 * `inc`. A step below 1 is kept as minus its inverse and divided by, so 0.1 stays exact.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  const inc = power < 0 ? -(10 ** -power) / factor : 10 ** power * factor;
  let i1 = Math.round(stepsIn(start, inc));
  let i2 = Math.round(stepsIn(stop, inc));
  if (stepAt(i1, inc) < start) ++i1;
  if (stepAt(i2, inc) > stop) --i2;
  return i2 < i1 && 0.5 <= count && count < 2 ? tickSpec(start, stop, count * 2) : [i1, i2, inc];
}

/**
 * Round tick values inside `[min, max]`, about `count` of them: the multiples of 1, 2 or 5 times a
 * power of ten, the same values as d3-array's `ticks(min, max, count)`. `min` must not exceed
 * `max` (d3 would list the ticks of `[max, min]` from the top; no chart asks for that).
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(count > 0)) return [];
  if (min === max) return [min];
  const [i1, i2, inc] = tickSpec(min, max, count);
  const ticks: number[] = [];
  // i1 + k, as d3 writes it, turns a -0 from Math.round into 0
  for (let k = 0; k <= i2 - i1; k++) ticks.push(stepAt(i1 + k, inc));
  return ticks;
}

/**
 * Extends `[min, max]` outwards to whole tick steps, so the axis ends on a tick: d3-array's
 * `nice(min, max, count)`. A flat domain, which d3 leaves flat, becomes `[0, max]` (or `[min, 0]`
 * below zero, `[0, 1]` at zero) so its one value is drawn against a baseline.
 */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (min === max) return max === 0 ? [0, 1] : min > 0 ? [0, max] : [min, 0];
  let previous: number | undefined;
  for (;;) {
    const inc = tickSpec(min, max, count)[2];
    // d3 also stops at a step of 0, which only a flat domain (handled above) gives
    if (inc === previous || !isFinite(inc)) return [min, max];
    const i = Math.ceil(stepsIn(min, inc));
    const j = Math.floor(stepsIn(max, inc));
    min = stepAt(i - Number(stepAt(i, inc) > min), inc);
    max = stepAt(j + Number(stepAt(j, inc) < max), inc);
    previous = inc;
  }
}

/**
 * Maps a positive domain onto `range` on a base-10 logarithmic scale, for counts that span orders
 * of magnitude (2 to 500 groups). Values must be > 0.
 */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const linear = linearScale([Math.log10(domain[0]), Math.log10(domain[1])], range);
  return Object.assign((value: number) => linear(Math.log10(value)), { domain, range });
}

/** Ticks of a log scale: 1, 2 and 5 times each power of ten inside `[min, max]`. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let power = Math.floor(Math.log10(min)); power <= Math.ceil(Math.log10(max)); power++) {
    for (const factor of [1, 2, 5]) {
      const value = factor * 10 ** power;
      if (value >= min && value <= max) ticks.push(value);
    }
  }
  return ticks;
}
