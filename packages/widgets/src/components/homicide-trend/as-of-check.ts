import type { HomicideObservation } from '@usmx/data/schemas';
import type { Lang } from '../../internal/i18n.js';

/** A month as `YYYY-MM`. */
type YearMonth = string;

/**
 * Why the homicide indicator cannot sum up the series as of a month, found before it is asked:
 * - `outside`: the month is not within the months of the series (`first` to `last`);
 * - `before-comparison`: the year-to-date comparison needs the same months of the year before,
 *   and the series starts too late for them (`earliest` is the first as-of month that works, if
 *   the series reaches it);
 * - `gaps`: months the comparison sums (January to the as-of month, in its year and the year
 *   before) have no row (`missing`, in order).
 */
export type AsOfProblem =
  | { readonly kind: 'outside'; readonly first: YearMonth; readonly last: YearMonth }
  | {
      readonly kind: 'before-comparison';
      readonly first: YearMonth;
      readonly earliest: YearMonth | undefined;
    }
  | { readonly kind: 'gaps'; readonly missing: readonly YearMonth[] };

const index = (year: number, month: number) => year * 12 + month - 1;
const label = (i: number): YearMonth =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Checks a month (`YYYY-MM`) against the monthly rows of one series in one region, as the
 * homicide indicator will: the month must lie within the data, and January to that month must
 * have a row in its year and in the year before. Annual series (no months) are not checked here.
 */
export function asOfProblem(
  rows: readonly Pick<HomicideObservation, 'year' | 'month'>[],
  asOf: YearMonth,
): AsOfProblem | undefined {
  const months = new Set<number>();
  for (const row of rows) if (row.month !== undefined) months.add(index(row.year, row.month));
  if (months.size === 0) return undefined;
  const first = Math.min(...months);
  const last = Math.max(...months);
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const target = index(year, month);
  if (target < first || target > last) {
    return { kind: 'outside', first: label(first), last: label(last) };
  }
  if (index(year - 1, 1) < first) {
    // the comparison starts in January of the year before: that January must be in the data
    const earliest = index(Math.floor(first / 12) + (first % 12 === 0 ? 1 : 2), 1);
    return {
      kind: 'before-comparison',
      first: label(first),
      earliest: earliest <= last ? label(earliest) : undefined,
    };
  }
  const missing: YearMonth[] = [];
  for (const from of [index(year - 1, 1), index(year, 1)]) {
    for (let i = from; i < from + month; i++) if (!months.has(i)) missing.push(label(i));
  }
  return missing.length > 0 ? { kind: 'gaps', missing } : undefined;
}

/** The first six months of `months`, then how many there are `inAll` ("in all", "en total"). */
function listMonths(months: readonly string[], inAll: string): string {
  const shown = months.slice(0, 6).join(', ');
  return months.length > 6 ? `${shown}… (${months.length} ${inAll})` : shown;
}

/** The words for each problem, by language; `what` names the series and region. */
const REASONS: Record<Lang, (problem: AsOfProblem, what: string) => string> = {
  en: (problem, what) => {
    switch (problem.kind) {
      case 'outside':
        return `outside the data: ${what} has months ${problem.first} to ${problem.last}`;
      case 'before-comparison':
        return `the year-to-date change compares the same months of the year before, and ${what} starts in ${problem.first}: ${problem.earliest ? `choose an as-of from ${problem.earliest} on` : 'the data is too short for any as-of'}`;
      case 'gaps':
        return `${what} has no row for ${listMonths(problem.missing, 'in all')}, which the year-to-date change adds up`;
    }
  },
  es: (problem, what) => {
    switch (problem.kind) {
      case 'outside':
        return `fuera de los datos: ${what} tiene meses de ${problem.first} a ${problem.last}`;
      case 'before-comparison':
        return `el cambio en lo que va del año compara los mismos meses del año anterior, y ${what} empieza en ${problem.first}: ${problem.earliest ? `elija un as-of desde ${problem.earliest}` : 'los datos son demasiado cortos para cualquier as-of'}`;
      case 'gaps':
        return `${what} no tiene fila para ${listMonths(problem.missing, 'en total')}, que el cambio en lo que va del año suma`;
    }
  },
};

/** Why `problem` stops the chart, for the `as-of` attribute, in `lang`; `what` names the series and region. */
export function asOfReason(problem: AsOfProblem, what: string, lang: Lang): string {
  return REASONS[lang](problem, what);
}
