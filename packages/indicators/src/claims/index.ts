export { checkClaim } from './check-claim.js';
export { verdictOf } from './verdict.js';
export type {
  Bilingual,
  CheckClaimOptions,
  ClaimCheck,
  ClaimData,
  ClaimDirection,
  ClaimReading,
  ValueRange,
} from './types.js';
export * from '../errors-api.js';
