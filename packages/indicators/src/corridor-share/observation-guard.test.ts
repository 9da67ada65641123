import { corridorObservations } from '@usmx/data';
import { corridorObservationSchema } from '@usmx/data/schemas';
import { expect, it } from 'vitest';
import { describeRowGuard } from '../internal/guard-properties.js';
import { isCorridorObservation } from './observation-guard.js';

describeRowGuard(
  'isCorridorObservation',
  isCorridorObservation,
  corridorObservationSchema,
  {
    id: 'C001',
    refYear: 2014,
    refYearTo: 2015,
    period: { en: 'calendar year', es: 'año calendario' },
    route: 'mexico_central_america',
    pctLow: 86,
    pctHigh: 90,
    pctText: '86-90 percent',
    measure: { en: 'share of cocaine moving toward the US', es: 'proporción de la cocaína' },
    reportedBy: { en: 'ONDCP', es: 'ONDCP' },
    sourceId: 'ONDCP_2016',
    viaSourceId: 'CRS_2017',
    quote: 'approximately 90 percent',
    verified: 'partial',
    notes: 'a span of years',
  },
  ['refYearTo', 'viaSourceId', 'quote', 'notes'],
  ['mexico_central_america', 'caribbean', 'ONDCP_2016'],
);

it('accepts every corridor figure of the dataset', () => {
  expect(corridorObservations.filter((row) => !isCorridorObservation(row))).toEqual([]);
});
