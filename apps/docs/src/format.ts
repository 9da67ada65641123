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
