/** How the full-year figure is estimated from the months so far. */
export type ProjectionMethod = 'run-rate' | 'seasonal';

/** Options of {@link homicideTrend}. */
export interface HomicideTrendOptions {
  /** Series id (`inegi-registration-monthly`, `sesnsp-1997-incidents-hd`...). May be left out when the rows hold one series only. */
  series?: string;
  /** `MX` (default) or an ISO 3166-2 state code such as `MX-CHH`. */
  region?: string;
  /**
   * Last month to use, `YYYY-MM`. The year-to-date window is January to this month. Left out: the
   * latest month of the series in the region as published by `vintage` (December of the last year
   * for an annual series), as {@link latestMonth} gives it.
   */
  asOf?: string;
  /**
   * Use the data as published on this date (`YYYY-MM-DD`): for every series, region and period,
   * the latest release on or before it. Left out: the latest release of every period.
   */
  vintage?: string;
  /** Projection method; default `'seasonal'`. */
  method?: ProjectionMethod;
  /** For `'seasonal'`: how many earlier years give the year-to-date share (default 3; fewer if fewer exist). */
  seasonalYears?: number;
}

/** The same calendar months of two consecutive years. */
export interface PeriodComparison {
  /** Number of months in each window (4 for January-April). */
  months: number;
  /** First and last month of the current window, `YYYY-MM`. */
  from: string;
  to: string;
  /** Sum over the current window (units of the series: deaths, victims or incidents). */
  current: number;
  /** Sum over the same months one year earlier. */
  previous: number;
  /** `(current / previous - 1) * 100`, in percent; `null` when `previous` is 0 (see `reason`). */
  changePct: number | null;
  reason?: string;
}

/** A full-year estimate with an interval taken from the method's past errors. */
export interface Projection {
  /** Estimated full-year count. */
  value: number;
  /** Interval from the smallest and largest ratio actual / projected in earlier years; `null` with `reason` if fewer than 4 such years exist. */
  low: number | null;
  high: number | null;
  method: ProjectionMethod;
  /** Reference years used by the seasonal method (empty for run-rate). */
  referenceYears: number[];
  /** Years before the `asOf` year on which the interval is based, and the method's mean absolute percentage error there. */
  backtest: { years: number[]; mape: number | null };
  reason?: string;
}

/** The highest complete year, and since when: a series that starts in 2014 cannot show an all-time record. */
export interface RecordYear {
  year: number;
  value: number;
  /** First complete year of the series compared: the record is the highest since this year. */
  since: number;
}

/**
 * How likely the year beats the record, and the numbers behind the estimate. The probability is
 * 0 or 1 once the year is complete (`monthsLeft` 0), and 1 as soon as the year to date is above the
 * record; in between it comes from the projection and its past errors.
 */
export interface ExceedsRecord {
  /**
   * 0-1; exactly 0 or 1 for a complete year; `null` with `reason` when no earlier year can show how
   * wrong the projection tends to be.
   */
  probability: number | null;
  record: RecordYear;
  projection: number;
  /** Year-to-date count. */
  ytd: number;
  /** The year-to-date count alone is already above the record. */
  alreadyExceeded: boolean;
  /** Months of the year not yet in the data (0: the year is complete). */
  monthsLeft: number;
  /**
   * Count still needed in the rest of the year to exceed the record (0 if already exceeded);
   * `null` for a complete year below the record: no month is left to add it.
   */
  neededRestOfYear: number | null;
  /** Needed rest-of-year count as a percentage of what the projection expects for the rest of the year (`null` if it expects 0). */
  neededVsExpectedPct: number | null;
  /** Number of earlier years whose projection error was applied to this year's projection. */
  backtestYears: number;
  /** Of those, how many would put this year above the record. */
  backtestYearsAbove: number;
  /** How `probability` was obtained, in words. */
  basis: string;
  reason?: string;
}

/** One complete year of the series. */
export interface AnnualRow {
  year: number;
  count: number;
  /**
   * Population from the source: the annual row's, or the mean of the 12 monthly values. Absent
   * when the source gives none, or a month's is outside `POPULATION_RANGE`.
   */
  population?: number;
  /**
   * `count / population * 100000`; absent when the source gives no population; `null`, with
   * `rateReason`, when a population is outside `POPULATION_RANGE` (1 to 10 billion people).
   */
  ratePer100k?: number | null;
  /** Why `ratePer100k` is `null`. */
  rateReason?: string;
  /** Whether the total is an annual row or the sum of 12 monthly rows. */
  basis: 'annual-row' | 'monthly-sum';
}

/** Result of {@link homicideTrend}. A plain object that carries its provenance. */
export interface HomicideTrend {
  series: string;
  region: string;
  asOf: string;
  vintage: string | null;
  method: ProjectionMethod;
  /** Distinct `sourceId`s of the rows used, sorted. */
  sourceIds: string[];
  /** Distinct release dates of the rows used, sorted. */
  vintagesUsed: string[];
  /** `null` for annual series (see `unavailable`). */
  ytd: PeriodComparison | null;
  /** The 12 months to `asOf` against the 12 before; `null` when a month is missing (see `unavailable`). */
  rolling12: PeriodComparison | null;
  projection: Projection | null;
  /** Highest complete year before the `asOf` year; `null` if there is none. */
  record: RecordYear | null;
  exceedsRecord: ExceedsRecord | null;
  /** Complete years up to `asOf`, oldest first. */
  annual: AnnualRow[];
  /** Why each `null` part is missing. */
  unavailable: Partial<
    Record<'ytd' | 'rolling12' | 'projection' | 'record' | 'exceedsRecord', string>
  >;
}

/** Options of {@link backtestProjection}. */
export interface BacktestOptions {
  series?: string;
  region?: string;
  method?: ProjectionMethod;
  /** Months known when projecting (1-12): 4 projects each year from January-April. */
  month: number;
  vintage?: string;
  seasonalYears?: number;
}

/** One past year projected from its first months and compared with its actual total. */
export interface BacktestYear {
  year: number;
  /** Count in the first `month` months. */
  ytd: number;
  projected: number;
  actual: number;
  /** `(projected - actual) / actual * 100`; `null` when `actual` is 0. */
  errorPct: number | null;
}

/** Result of {@link backtestProjection}. */
export interface Backtest {
  series: string;
  region: string;
  method: ProjectionMethod;
  month: number;
  seasonalYears: number;
  vintage: string | null;
  sourceIds: string[];
  years: BacktestYear[];
  /** Mean of `|errorPct|` over the years, in percent; `null` with `reason` when there is no year to test. */
  mape: number | null;
  reason?: string;
}
