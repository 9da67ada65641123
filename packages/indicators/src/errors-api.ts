/** What every entry point exports about bad input: the error, its guard and its coded issues. */
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
