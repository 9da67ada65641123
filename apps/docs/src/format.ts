const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const signedOneDecimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** `27,213`; an em dash for a missing value. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : integer.format(value);
}

/** `+32.1%` (a change in percent); an em dash for a missing value. */
export function formatChange(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${signedOneDecimal.format(value)}%`;
}

/** `12.3%` (a level in percent). */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${oneDecimal.format(value)}%`;
}

/** "interval 25,000–31,000" for a projection, or why it has none. */
export function formatInterval(
  projection: { low: number | null; high: number | null; reason?: string } | null | undefined,
): string {
  if (!projection) return 'no projection';
  if (projection.low === null || projection.high === null)
    return `no interval: ${projection.reason ?? 'not computed'}`;
  return `interval ${formatCount(projection.low)}–${formatCount(projection.high)}`;
}

/** "37.5%" for a probability from 0 to 1, or why there is none. */
export function formatProbability(
  estimate: { probability: number | null; reason?: string } | null | undefined,
): string {
  if (!estimate) return 'not estimated';
  if (estimate.probability === null) return `not estimated: ${estimate.reason ?? 'no basis'}`;
  return formatPercent(estimate.probability * 100);
}

/** `90%` or `80-86%` for a range of percents. */
export function formatPercentRange(low: number, high: number): string {
  return low === high
    ? `${integer.format(low)}%`
    : `${integer.format(low)}–${integer.format(high)}%`;
}

/** `-5 pp` or `+9 to +11 pp` for a change in percentage points given as a range. */
export function formatPointsRange(range: { low: number; high: number } | null): string {
  if (!range) return 'not reported';
  const signed = (value: number) =>
    value > 0 ? `+${integer.format(value)}` : integer.format(value);
  return range.low === range.high
    ? `${signed(range.low)} pp`
    : `${signed(range.low)} to ${signed(range.high)} pp`;
}
