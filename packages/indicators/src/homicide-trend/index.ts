export {
  homicideTrend,
  homicideTrendOfValidRows,
  homicideTrendOptionIssues,
} from './homicide-trend.js';
export { latestMonth, type LatestMonthOptions } from './latest-month.js';
export { backtestProjection } from './backtest-projection.js';
export { POPULATION_RANGE } from './annual-totals.js';
export type {
  AnnualRow,
  Backtest,
  BacktestOptions,
  BacktestYear,
  ExceedsRecord,
  HomicideTrend,
  HomicideTrendOptions,
  PeriodComparison,
  Projection,
  ProjectionMethod,
  RecordYear,
} from './types.js';
export * from '../errors-api.js';
