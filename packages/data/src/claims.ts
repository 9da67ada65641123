/**
 * Published claims about U.S.-Mexico security, who made them, where and when, and the indicator
 * call that tests each one (`checkClaim` in `@usmx/indicators/claims` gives the verdict).
 *
 * @packageDocumentation
 */
import claimRows from './generated/claims.js';
import sourceRows from './generated/sources-claims.js';
import type { Claim } from './schemas/claims.js';
import type { Source } from './schemas/sources.js';

/** Every claim in the ledger, with its wording, claimant, source, date and test. */
export const claims: readonly Claim[] = claimRows;

/**
 * The sources the claims are quoted from (and those they were read through): with the sources of
 * the table a claim is tested on, what a page showing one claim needs for its citations.
 */
export const claimSources: readonly Source[] = sourceRows;

const byId = new Map(claims.map((claim) => [claim.id, claim]));

/** The claim with this id, or `undefined` when there is none. */
export function claimById(id: string): Claim | undefined {
  return byId.get(id);
}
