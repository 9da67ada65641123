import type { HomicideObservation } from '@usmx/data/schemas';
import type { Lang } from '../../internal/i18n.js';

/** A month as `YYYY-MM`. */
type YearMonth = string;

/**
 * Why the homicide indicator cannot sum up the series as of a month, found before it is asked:
 * - `outside`: the month is not within the months of the series (`first` to `last`);
 * - `before-comparison`: the year-to-date comparison needs the same months of the year before,
 *   and the series starts too late for them (`earliest` is the first as-of month with no missing
 *   month to sum, if the series has one);
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
    return { kind: 'before-comparison', first: label(first), earliest: earliestWorking(months) };
  }
  const missing = missingMonths(months, target);
  return missing.length > 0 ? { kind: 'gaps', missing: missing.map(label) } : undefined;
}

/**
 * The months that sums as of month `target` need and `months` lacks: January to `target`'s month,
 * in its year and the year before.
 */
function missingMonths(months: ReadonlySet<number>, target: number): number[] {
  const missing: number[] = [];
  for (const from of [target - (target % 12) - 12, target - (target % 12)]) {
    for (let i = from; i <= from + (target % 12); i++) if (!months.has(i)) missing.push(i);
  }
  return missing;
}

/** The first month of `months` that sums with nothing missing, if any. */
function earliestWorking(months: ReadonlySet<number>): YearMonth | undefined {
  const sorted = [...months].sort((a, b) => a - b);
  const working = sorted.find((i) => missingMonths(months, i).length === 0);
  return working === undefined ? undefined : label(working);
}

/** The first six months of `months`, then how many there are `inAll` ("in all", "en total"). */
function listMonths(months: readonly string[], inAll: string): string {
  const shown = months.slice(0, 6).join(', ');
  return months.length > 6 ? `${shown}… (${months.length} ${inAll})` : shown;
}

/** What the words of a problem speak of. */
export interface AsOfContext {
  /** The series and region, e.g. `sesnsp-2015-victims-hd (MX-JAL)`. */
  readonly what: string;
  /** The release date the rows were limited to, if any. */
  readonly vintage: string | undefined;
  /** The attribute the reader can change to fix it (`as-of` set, else `to`, else `vintage`); none for the data alone. */
  readonly attribute: 'as-of' | 'to' | 'vintage' | undefined;
}

/** The words for each problem, by language. */
const REASONS: Record<Lang, (problem: AsOfProblem, context: AsOfContext) => string> = {
  en: (problem, { what, vintage, attribute }) => {
    const releases = vintage ? ` in the releases up to ${vintage}` : '';
    switch (problem.kind) {
      case 'outside':
        return `outside the data: ${what} has months ${problem.first} to ${problem.last}${releases}`;
      case 'before-comparison': {
        const { earliest } = problem;
        const advice = !earliest
          ? 'no month of the data has a year before it to compare with'
          : attribute === 'to'
            ? `choose a to from ${earliest.slice(0, 4)} on`
            : attribute === 'vintage'
              ? 'choose a later vintage'
              : `choose an as-of from ${earliest} on`;
        return `the year-to-date change compares the same months of the year before, and ${what} starts in ${problem.first}${releases}: ${advice}`;
      }
      case 'gaps':
        return `${what} has no row for ${listMonths(problem.missing, 'in all')}${releases}, which the year-to-date change adds up`;
    }
  },
  es: (problem, { what, vintage, attribute }) => {
    const releases = vintage ? ` en las publicaciones hasta el ${vintage}` : '';
    switch (problem.kind) {
      case 'outside':
        return `fuera de los datos: ${what} tiene meses de ${problem.first} a ${problem.last}${releases}`;
      case 'before-comparison': {
        const { earliest } = problem;
        const advice = !earliest
          ? 'ningún mes de los datos tiene un año anterior con el cual compararse'
          : attribute === 'to'
            ? `elija un to desde ${earliest.slice(0, 4)}`
            : attribute === 'vintage'
              ? 'elija un vintage posterior'
              : `elija un as-of desde ${earliest}`;
        return `el cambio en lo que va del año compara los mismos meses del año anterior, y ${what} empieza en ${problem.first}${releases}: ${advice}`;
      }
      case 'gaps':
        return `a ${what} le faltan los meses ${listMonths(problem.missing, 'en total')}${releases}, que suma el cambio en lo que va del año`;
    }
  },
};

/** Why `problem` stops the chart, in `lang`. */
export function asOfReason(problem: AsOfProblem, context: AsOfContext, lang: Lang): string {
  return REASONS[lang](problem, context);
}
