/**
 * The claims ledger as the "Claims" page lists it: every claim of `claims` (`@usmx/data/claims`)
 * with the verdict `checkClaim` (`@usmx/indicators/claims`) computes on load. Nothing is typed in.
 */
import { claims } from '@usmx/data/claims';
import { claimVerdict, type Claim } from '@usmx/data/schemas';
import { sourceById } from '@usmx/data/sources';
import { checkClaim, type ClaimCheck } from '@usmx/indicators/claims';

/** One line of the ledger. */
export interface LedgerRow {
  claim: Claim;
  check: ClaimCheck;
  /** Title of the source where the claim was made. */
  where: string;
}

/** Checks every claim of the ledger, in the ledger's order. */
export async function ledgerRows(): Promise<LedgerRow[]> {
  return Promise.all(
    claims.map(async (claim) => ({
      claim,
      check: await checkClaim(claim),
      where: sourceById(claim.sourceId)?.title ?? claim.sourceId,
    })),
  );
}

/** How many claims got each verdict, in the fixed order of the vocabulary. */
export function verdictCounts(rows: readonly LedgerRow[]): [ClaimCheck['verdict'], number][] {
  return claimVerdict.options.map((verdict) => [
    verdict,
    rows.filter((row) => row.check.verdict === verdict).length,
  ]);
}
