/**
 * Recognising an indicator's error without loading any indicator: the guard, and the types of
 * the error and its coded issues.
 *
 * @packageDocumentation
 */
export { isIndicatorInputError } from './error-brand.js';
export type { IndicatorInputError } from './errors.js';
export type {
  IndicatorInputIssue,
  IndicatorIssueCode,
  IndicatorIssueParams,
  IssuePath,
  SchemaCheck,
} from './issues.js';
