import { describe, expect, it } from 'vitest';
import type { HomicideObservation } from '../schemas/homicides.js';
import { expandHomicideColumns, packHomicideColumns } from './columnar.js';

describe('homicide columns', () => {
  const rows: HomicideObservation[] = [
    {
      seriesId: 'a',
      region: 'MX',
      year: 2016,
      count: 23953,
      sourceId: 'P1',
      vintage: '2017-07-26',
      status: 'preliminary',
    },
    {
      seriesId: 'a',
      region: 'MX',
      year: 2016,
      count: 24559,
      sourceId: 'T',
      vintage: '2018-02-21',
      status: 'definitive',
      population: 122273473,
    },
    {
      seriesId: 'a',
      region: 'MX',
      year: 2024,
      count: 33550,
      sourceId: 'P2',
      vintage: '2025-11-10',
      status: 'definitive',
      verified: 'partial',
    },
  ];

  it('round-trips rows, leaving absent fields absent', () => {
    const columns = packHomicideColumns('a', rows);
    expect(expandHomicideColumns(columns)).toEqual(rows);
    expect(Object.keys(expandHomicideColumns(columns)[0]!)).not.toContain('population');
  });

  it('stores repeated strings once', () => {
    const columns = packHomicideColumns('a', rows);
    expect(columns.regions).toEqual(['MX']);
    expect(columns.region).toEqual([0, 0, 0]);
    expect(columns.month).toEqual([null, null, null]);
  });

  it('omits optional columns that are empty throughout', () => {
    const columns = packHomicideColumns('a', [
      {
        seriesId: 'a',
        region: 'MX-CHH',
        year: 2020,
        month: 5,
        count: 0,
        sourceId: 'S',
        vintage: '2021',
      },
    ]);
    expect(columns.population).toBeUndefined();
    expect(columns.status).toBeUndefined();
  });

  it('refuses rows of another series', () => {
    expect(() => packHomicideColumns('b', rows)).toThrow(/row of a packed into b/);
  });
});
