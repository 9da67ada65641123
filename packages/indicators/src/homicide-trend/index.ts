export { homicideTrend } from './homicide-trend.js';
export { backtestProjection } from './backtest-projection.js';
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
export { IndicatorInputError, type IndicatorInputIssue, type RowProblem } from '../errors.js';
