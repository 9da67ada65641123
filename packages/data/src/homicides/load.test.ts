import { describe, expect, it } from 'vitest';
import { homicideObservations } from './observations.js';
import { homicideSeries } from './series.js';
import { loadHomicideObservations } from './load.js';

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
