import type { CorridorObservation } from '@usmx/data/schemas';

let next = 0;

/** Test fixture: one corridor figure with the fields a test cares about. */
export function figure(
  refYear: number,
  route: string,
  low: number,
  high: number,
  sourceId: string,
  extra: Partial<CorridorObservation> = {},
): CorridorObservation {
  next++;
  return {
    id: `T${String(next).padStart(3, '0')}`,
    refYear,
    period: { en: 'calendar year' },
    route,
    pctLow: low,
    pctHigh: high,
    pctText: low === high ? `${low} percent` : `${low}-${high} percent`,
    measure: { en: 'share of cocaine moving toward the US' },
    reportedBy: { en: sourceId.split('_')[0]! },
    sourceId,
    verified: 'true',
    ...extra,
  };
}
