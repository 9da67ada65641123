/**
 * Parsers for users' own files: SESNSP's official state layouts and a plain long layout, returning
 * validated homicide observations or a {@link DataValidationError} listing each problem.
 *
 * @packageDocumentation
 */
export { parseSesnspStateCsv, type SesnspParseOptions } from './sesnsp.js';
export { parseLongCsv } from './long.js';
export type { ParseOptions } from './table.js';
export {
  DataValidationError,
  EXCERPT_LENGTH,
  MAX_FILE_ISSUES,
  isDataValidationError,
  validationReason,
  type ValidationCode,
  type ValidationIssue,
  type ValidationIssueParams,
  type ValidationProblem,
} from './errors.js';
export { decodeText } from './decode.js';
