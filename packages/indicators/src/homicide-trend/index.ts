export { homicideTrend, homicideTrendOptionIssues } from './homicide-trend.js';
export { latestMonth, type LatestMonthOptions } from './latest-month.js';
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
export { IndicatorInputError, isIndicatorInputError } from '../errors.js';
export {
  issueReason,
  pathText,
  type IndicatorInputIssue,
  type IndicatorIssueCode,
  type IndicatorIssueParams,
  type IssuePath,
  type SchemaCheck,
} from '../issues.js';
