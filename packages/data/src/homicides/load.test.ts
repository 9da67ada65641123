import { describe, expect, it } from 'vitest';
import { homicideObservations } from './observations.js';
import { homicideSeries } from './series.js';
import { homicideSeriesIds, loadHomicideObservations, loadHomicideSeries } from './load.js';
import { homicideSources } from './sources.js';

describe('loadHomicideObservations', () => {
  it('loads exactly the rows of one series, for each scope, for every series', async () => {
    for (const { id, geography } of homicideSeries) {
      const expected = homicideObservations.filter((row) => row.seriesId === id);
      const [all, national, states] = await Promise.all([
        loadHomicideObservations(id),
        loadHomicideObservations(id, 'national'),
        loadHomicideObservations(id, 'states'),
      ]);
      expect(all, id).toEqual(expected);
      expect(national, id).toEqual(expected.filter((row) => row.region === 'MX'));
      expect(states, id).toEqual(expected.filter((row) => row.region !== 'MX'));
      expect(states.length > 0, id).toBe(geography === 'national-and-states');
    }
  }, 30_000);

  it('rejects an unknown series, naming the known ones', async () => {
    await expect(loadHomicideObservations('inegi-monthly')).rejects.toThrow(
      /Unknown homicide series "inegi-monthly".*inegi-registration-monthly/,
    );
    await expect(loadHomicideObservations('toString')).rejects.toThrow(/Unknown homicide series/);
  });

  it('rejects an unknown scope', async () => {
    await expect(
      loadHomicideObservations('inegi-registration-monthly', 'municipalities' as 'all'),
    ).rejects.toThrow(/Unknown scope/);
  });
});

describe('loadHomicideSeries', () => {
  it('lists every series id, in the order of homicideSeries', () => {
    expect(homicideSeriesIds).toEqual(homicideSeries.map((series) => series.id));
  });

  it.each(homicideSeries.map((series) => [series.id, series] as const))(
    '%s: its description, and every source it cites with those they were read through',
    async (id, series) => {
      const entry = await loadHomicideSeries(id);
      expect(entry.series).toEqual(series);
      const ids = new Set(entry.sources.map((source) => source.id));
      expect(ids.size).toBe(entry.sources.length);
      for (const sourceId of series.sourceIds) expect(ids).toContain(sourceId);
      for (const source of entry.sources) {
        expect(homicideSources).toContainEqual(source);
        if (source.viaSourceId) expect(ids).toContain(source.viaSourceId);
      }
      // nothing else: each source is cited by the series or is one a cited source was read through
      const needed = new Set(series.sourceIds);
      for (const source of entry.sources) if (source.viaSourceId) needed.add(source.viaSourceId);
      expect([...ids].sort()).toEqual([...needed].sort());
    },
  );

  it('rejects an unknown id, naming the known ones', async () => {
    await expect(loadHomicideSeries('homicides')).rejects.toThrow(
      /Unknown homicide series "homicides"\. Known series: inegi-registration-monthly, /,
    );
    await expect(loadHomicideSeries('toString')).rejects.toThrow(/Unknown homicide series/);
  });
});
