/**
 * What every entry point exports about bad input: the error, its guard, its coded issues, and the
 * check of a span of years.
 */
export { IndicatorInputError } from './errors.js';
export { isIndicatorInputError } from './error-brand.js';
export {
  issueReason,
  pathText,
  valueAt,
  type IndicatorInputIssue,
  type IndicatorIssueCode,
  type IndicatorIssueParams,
  type IssuePath,
  type SchemaCheck,
} from './issues.js';
export { yearRangeIssues } from './years.js';
