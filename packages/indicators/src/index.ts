export * from './homicide-trend/index.js';
export * from './corridor-share/index.js';
export * from './splinter-count/index.js';
export * from './claims/index.js';
export { IndicatorInputError, isIndicatorInputError } from './errors.js';
export {
  issueReason,
  pathText,
  type IndicatorInputIssue,
  type IndicatorIssueCode,
  type IndicatorIssueParams,
  type IssuePath,
  type SchemaCheck,
} from './issues.js';
