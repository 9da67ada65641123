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

/**
 * The "nice" step (1, 2 or 5 times a power of ten) that splits `[min, max]` into about `count`
 * intervals.
 */
export function tickStep(min: number, max: number, count: number): number {
  const raw = Math.abs(max - min) / Math.max(1, count);
  if (raw === 0 || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= 7.5 ? 10 : error >= 3.5 ? 5 : error >= 1.5 ? 2 : 1;
  return factor * power;
}

/** Round tick values covering `[min, max]`, about `count` of them, as multiples of {@link tickStep}. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const step = tickStep(min, max, count);
  const start = Math.ceil(min / step);
  const stop = Math.floor(max / step);
  const ticks: number[] = [];
  for (let i = start; i <= stop; i++) ticks.push(roundTo(i * step, step));
  return ticks;
}

/** Extends `[min, max]` outwards to the nearest multiples of the tick step, so the axis ends on a tick. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (min === max) return max === 0 ? [0, 1] : min > 0 ? [0, max] : [min, 0];
  const step = tickStep(min, max, count);
  return [
    roundTo(Math.floor(min / step) * step, step),
    roundTo(Math.ceil(max / step) * step, step),
  ];
}

/** Removes floating point noise (0.30000000000000004) relative to `step`. */
function roundTo(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(value.toFixed(digits));
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
