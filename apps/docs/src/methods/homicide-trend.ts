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
