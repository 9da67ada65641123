export { checkClaim } from './check-claim.js';
export { verdictOf } from './verdict.js';
export type {
  Bilingual,
  CheckClaimOptions,
  ClaimCheck,
  ClaimData,
  ClaimReading,
  ValueRange,
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
