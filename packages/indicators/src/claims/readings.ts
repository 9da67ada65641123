import { IndicatorInputError } from '../errors.js';
import type { ClaimCheck } from './types.js';

/** What a claim is read as: its readings now, and as published by the claim's date. */
export type ClaimReadings = Pick<ClaimCheck, 'atClaimDate' | 'now'>;

/**
 * `compute()`, or `fallback` when the indicator rejects its input (an
 * {@link IndicatorInputError}): a figure that cannot be computed is no reading. Any other error
 * is thrown on.
 */
export function unlessInputError<T, F>(compute: () => T, fallback: F): T | F {
  try {
    return compute();
  } catch (error) {
    if (error instanceof IndicatorInputError) return fallback;
    throw error;
  }
}
