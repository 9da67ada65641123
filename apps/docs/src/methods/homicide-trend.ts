/** What the homicide trend method page computes, from `@usmx/data` with `@usmx/indicators`. */
import { homicideObservations, homicideSeries } from '@usmx/data';
import {
  backtestProjection,
  homicideTrend,
  type Backtest,
  type ProjectionMethod,
} from '@usmx/indicators';

/** The worked example: SESNSP victims as published on 20 May 2017, January-April. */
export const example = {
  series: 'sesnsp-1997-victims-hd',
  asOf: '2017-04',
  vintage: '2017-05-20',
} as const;

export function workedExample() {
  const seasonal = homicideTrend(homicideObservations, { ...example, method: 'seasonal' });
  const runRate = homicideTrend(homicideObservations, { ...example, method: 'run-rate' });
  return { seasonal, runRate };
}

/** The series with the longest monthly history: where a backtest says the most. */
export const backtestSeries = 'sesnsp-1997-incidents-hd';

export const methods: ProjectionMethod[] = ['seasonal', 'run-rate'];

/** Each method's backtest when projecting from January-`month`. */
export function backtests(month: number): Record<ProjectionMethod, Backtest> {
  return {
    seasonal: backtestProjection(homicideObservations, {
      series: backtestSeries,
      method: 'seasonal',
      month,
    }),
    'run-rate': backtestProjection(homicideObservations, {
      series: backtestSeries,
      method: 'run-rate',
      month,
    }),
  };
}

/** Mean absolute percentage error of each method by number of months known (1-11). */
export function errorByMonth(): Array<{ month: number } & Record<ProjectionMethod, number | null>> {
  return Array.from({ length: 11 }, (_, index) => {
    const month = index + 1;
    const result = backtests(month);
    return { month, seasonal: result.seasonal.mape, 'run-rate': result['run-rate'].mape };
  });
}

/** The series the indicator can use, as the data package describes them. */
export const seriesRows = homicideSeries;

/**
 * How the probability of beating the record behaves as the year fills up: Chihuahua's victims
 * (2015- method) in 2024, as of each month from January to December.
 */
export function fillingYearExample() {
  const options = { series: 'sesnsp-2015-victims-hd', region: 'MX-CHH', year: 2024 } as const;
  const months = Array.from({ length: 12 }, (_, index) => {
    const asOf = `${options.year}-${String(index + 1).padStart(2, '0')}`;
    const trend = homicideTrend(homicideObservations, { ...options, asOf });
    return { asOf, ytd: trend.ytd?.current ?? null, exceedsRecord: trend.exceedsRecord };
  });
  const december = homicideTrend(homicideObservations, { ...options, asOf: '2024-12' });
  return { ...options, record: december.record, months };
}
