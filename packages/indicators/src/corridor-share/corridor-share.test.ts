import { describe, expect, it } from 'vitest';
import { issuesOf } from '../internal/test-helpers.js';
import { corridorShare } from './corridor-share.js';
import { figure } from './fixtures.js';

const MCA = 'mexico_central_america';
const rows = [
  figure(2010, MCA, 95, 95, 'ONDCP_A'),
  figure(2012, MCA, 80, 80, 'STATE_B', {
    measure: { en: 'share of cocaine trafficked to the US' },
  }),
  figure(2012, MCA, 80, 100, 'STATE_C'),
  figure(2014, MCA, 84, 84, 'CRS_D', { refYearTo: 2015 }),
  figure(2016, MCA, 90, 90, 'STATE_E', { viaSourceId: 'PRESS_E' }),
  figure(2016, MCA, 90, 90, 'ARTICLE', { verified: 'false' }),
  figure(2010, 'caribbean', 5, 5, 'ONDCP_A'),
];

describe('corridorShare', () => {
  const share = corridorShare(rows);

  it('gives each year the range its figures span, never an average', () => {
    expect(share.years.map((y) => [y.refYear, y.low, y.high])).toEqual([
      [2010, 95, 95],
      [2012, 80, 100], // 80 and 80-100: from the lowest low to the highest high
      [2016, 90, 90],
    ]);
    expect(share.years[1]!.points.map((p) => p.sourceId)).toEqual(['STATE_B', 'STATE_C']);
    expect(share.disagreements).toEqual([2012]);
  });

  it('keeps one series per source and figures for a span of years apart', () => {
    expect(share.bySource.map((s) => [s.sourceId, s.points.length])).toEqual([
      ['CRS_D', 1],
      ['ONDCP_A', 1],
      ['STATE_B', 1],
      ['STATE_C', 1],
      ['STATE_E', 1],
    ]);
    expect(share.spans.map((p) => [p.refYear, p.refYearTo, p.low])).toEqual([[2014, 2015, 84]]);
  });

  it('leaves unverified claims out unless asked, and cites every source it used', () => {
    expect(share.sourceIds).toEqual([
      'CRS_D',
      'ONDCP_A',
      'PRESS_E',
      'STATE_B',
      'STATE_C',
      'STATE_E',
    ]);
    const withClaims = corridorShare(rows, { includeUnverified: true });
    expect(withClaims.years.at(-1)!.points.map((p) => p.sourceId)).toEqual(['STATE_E', 'ARTICLE']); // by row id
  });

  it('filters by measure (text inside the measure) and by source', () => {
    expect(corridorShare(rows, { measure: 'TRAFFICKED' }).years.map((y) => y.refYear)).toEqual([
      2012,
    ]);
    expect(corridorShare(rows, { source: 'PRESS_E' }).years.map((y) => y.refYear)).toEqual([2016]);
    expect(corridorShare(rows, { route: 'caribbean' }).years).toEqual([
      expect.objectContaining({ refYear: 2010, low: 5, high: 5 }),
    ]);
  });

  it('names the unknown route, measure or source with what exists instead', () => {
    expect(issuesOf(() => corridorShare(rows, { route: 'pacific' }))[0]).toMatchObject({
      path: ['route'],
      value: 'pacific',
      reason: expect.stringContaining('caribbean, mexico_central_america'),
    });
    expect(issuesOf(() => corridorShare(rows, { source: 'NOPE' }))[0]!.path).toEqual(['source']);
    expect(issuesOf(() => corridorShare(rows, { measure: 'seized' }))[0]!.path).toEqual([
      'measure',
    ]);
    expect(issuesOf(() => corridorShare([]))[0]!.reason).toContain('empty input');
    const bad = issuesOf(() =>
      corridorShare([figure(2010, MCA, 101, 90, 'X'), figure(2011, MCA, 60, 50, 'X')]),
    );
    expect(bad).toEqual([
      expect.objectContaining({ path: ['observations', 0, 'pctLow'], value: 101 }),
    ]);
    expect(issuesOf(() => corridorShare([figure(2011, MCA, 60, 50, 'X')]))[0]).toMatchObject({
      path: ['observations', 0, 'pctLow'],
      reason: 'above pctHigh (50)',
      code: 'low-above-high',
      params: { high: 50, field: 'pctHigh' },
    });
  });
});

describe('corridorShare: the period, measure and reporter in Spanish', () => {
  it('carries a row’s Spanish period to its point, and none for a row without one', () => {
    const [year] = corridorShare([
      figure(2010, MCA, 95, 95, 'A', { period: { en: 'calendar year', es: 'año calendario' } }),
      figure(2010, MCA, 90, 90, 'B'),
    ]).years;
    expect(year?.points.map((point) => point.period.es)).toEqual(['año calendario', undefined]);
  });

  it('carries a row’s Spanish measure and reporter to its point, and none for a row without them', () => {
    const [year] = corridorShare([
      figure(2010, MCA, 95, 95, 'A', {
        measure: {
          en: 'share of cocaine entering US',
          es: 'proporción de la cocaína que entra a EE. UU.',
        },
        reportedBy: {
          en: 'US Department of State (INCSR 2009)',
          es: 'Departamento de Estado de EE. UU. (INCSR 2009)',
        },
      }),
      figure(2010, MCA, 90, 90, 'B'),
    ]).years;
    expect(year?.points.map(({ measure, reportedBy }) => [measure.es, reportedBy.es])).toEqual([
      [
        'proporción de la cocaína que entra a EE. UU.',
        'Departamento de Estado de EE. UU. (INCSR 2009)',
      ],
      [undefined, undefined],
    ]);
  });
});
