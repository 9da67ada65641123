import {
  corridorObservations,
  homicideSeries,
  leadershipEvents,
  organizations,
  publishedGroupCounts,
  sources,
} from '@usmx/data';
import { describe, expect, it } from 'vitest';
import { citations, citedSourceIds, countBy, span } from './catalogue.js';

describe('citedSourceIds', () => {
  it('collects sourceId, sourceIds and viaSourceId once each, sorted', () => {
    expect(
      citedSourceIds([{ sourceId: 'B', viaSourceId: 'A' }, { sourceIds: ['C', 'B'] }, {}]),
    ).toEqual(['A', 'B', 'C']);
  });

  it('resolves every source cited by every table of the dataset', () => {
    for (const table of [
      corridorObservations,
      homicideSeries,
      leadershipEvents,
      organizations,
      publishedGroupCounts,
    ]) {
      const ids = citedSourceIds(table);
      expect(ids.length).toBeGreaterThan(0);
      expect(citations(ids).map((source) => source.id)).toEqual(ids);
    }
  });

  it('refuses an id that resolves to nothing', () => {
    expect(() => citations(['NO_SUCH_SOURCE'])).toThrow(/NO_SUCH_SOURCE/);
    expect(sources.some((source) => source.id === 'NO_SUCH_SOURCE')).toBe(false);
  });
});

describe('span and countBy', () => {
  it('gives the smallest and largest value, skipping absent ones', () => {
    expect(span([{ y: 2010 }, { y: undefined }, { y: 1997 }], (row) => row.y)).toEqual({
      from: 1997,
      to: 2010,
    });
    expect(span([], () => 1)).toBeNull();
  });

  it('counts rows per value, most frequent first', () => {
    expect(countBy(['a', 'b', 'a'], (value) => value)).toEqual([
      { value: 'a', rows: 2 },
      { value: 'b', rows: 1 },
    ]);
  });
});
