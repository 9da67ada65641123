import { homicideSeries } from '@usmx/data';
import type { HomicideObservation } from '@usmx/data/schemas';
import { describe, expect, it } from 'vitest';
import { seriesReadings } from './homicide-data.js';

describe('seriesReadings', () => {
  it('asks for every candidate series before any has loaded, and reads them in their order', async () => {
    const definitions = {
      own: ['intentional-homicide'],
      other: ['intentional-homicide-and-feminicide'],
    } as const;
    const asked: string[] = [];
    const pending: (() => void)[] = [];
    const load = (seriesId: string) =>
      new Promise<HomicideObservation[]>((resolve) => {
        asked.push(seriesId);
        const row = {
          seriesId,
          region: 'MX',
          year: 2017,
          count: 1,
          sourceId: 'S',
          vintage: '2018',
        };
        pending.push(() => resolve([row]));
      });
    const read: string[] = [];
    const readings = seriesReadings(
      { definitions: { own: [...definitions.own], other: [...definitions.other] }, region: 'MX' },
      { series: homicideSeries, load },
      () => true,
      ({ series }) => read.push(series.id),
    );
    await Promise.resolve();
    const expected = homicideSeries
      .filter((series) =>
        [...definitions.own, ...definitions.other].includes(series.crime as never),
      )
      .map((series) => series.id);
    expect(expected.length).toBeGreaterThan(2);
    // all asked for at once: none has loaded yet
    expect(asked).toEqual(expected);
    // they load in reverse order; they are still read in the order of the series
    for (const resolve of pending.reverse()) resolve();
    await readings;
    expect(read).toEqual(expected);
  });
});
