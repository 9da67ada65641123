/**
 * Where a date lies on a time axis counted in years: the decimal year of an ISO date (`2003-03-14`
 * -> 2003.2); a month without a day sits at its 15th, a bare year in its middle.
 */
export function decimalYear(date: string): number {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return year + 0.5;
  return year + (month - 1) / 12 + ((day ?? 15) - 1) / 365;
}
