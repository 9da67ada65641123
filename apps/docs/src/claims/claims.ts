/**
 * What the page "What the 2017 article claimed, and what the data says" shows: the article's claims
 * as the ledger quotes them, each checked by `checkClaim` (`@usmx/indicators/claims`), the only
 * place a verdict or its sentences come from, so the page and the ledger cannot disagree; and the
 * charts drawn beside each claim.
 */
import { claims } from '@usmx/data/claims';
import { homicideSeries } from '@usmx/data/homicides';
import type { Claim } from '@usmx/data/schemas';
import { sourceById } from '@usmx/data/sources';
import type { ClaimCheck, ClaimReading } from '@usmx/indicators/claims';

/** The article under test, as the dataset cites it. */
export const articleSourceId = 'WILSON_2017';
export const article = sourceById(articleSourceId);

/** The article's claims, in the ledger's order. */
export const articleClaims: readonly Claim[] = claims.filter(
  (claim) => claim.sourceId === articleSourceId,
);

/** The first year a series covers (`1990` for INEGI registrations). */
export function firstYear(seriesId: string): number {
  const series = homicideSeries.find((row) => row.id === seriesId);
  if (!series) throw new Error(`no homicide series ${seriesId}`);
  return Number(series.coverage.from.slice(0, 4));
}

/**
 * The long series the record claim is drawn with: a record "in history" can only be shown by a
 * series that starts well before it (INEGI registrations from 1990, SESNSP case files from 1997),
 * never by one that starts in 2014 or 2015.
 */
export const recordCharts = ['inegi-registration-annual', 'sesnsp-1997-incidents-hd'] as const;

/** One line of a claim's table of readings. */
export interface ReadingRow {
  figure: string;
  definition: 'own' | 'other plausible' | 'context only';
  when: string;
  value: string;
  agrees: 'yes' | 'no' | '—';
  note: string;
}

function definitionOf(reading: ClaimReading): ReadingRow['definition'] {
  if (reading.sameDefinition) return 'own';
  return reading.counted ? 'other plausible' : 'context only';
}

/**
 * The readings of a check as table rows, at the claim's date first, then now, each with the
 * figure as `checkClaim` wrote it in its sentences (`formatValue`) and whether it agrees.
 */
export function readingRows(
  check: ClaimCheck,
  formatValue: (reading: ClaimReading) => string,
): ReadingRow[] {
  return [...check.atClaimDate, ...check.now].map((reading) => ({
    figure: reading.label.en,
    definition: definitionOf(reading),
    when:
      reading.asOf === 'claim-date'
        ? `as published ${check.claimDate}${reading.vintage ? ` (release ${reading.vintage})` : ''}`
        : `latest${reading.vintage ? ` (${reading.vintage})` : ''}`,
    value: formatValue(reading),
    agrees: reading.agrees === null ? '—' : reading.agrees ? 'yes' : 'no',
    note: reading.note?.en ?? '',
  }));
}
