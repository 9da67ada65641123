import { homicideSeries, loadHomicideObservations } from '@usmx/data/homicides';
import { describe, expect, it } from 'vitest';
import { embeddedSeries } from './homicide-trend.embedded.js';

describe('embeddedSeries', () => {
  it('fetches a series once per scope: the nation for MX, the 32 states for any state', async () => {
    const national = embeddedSeries('sesnsp-1997-victims-hd', 'MX');
    const chihuahua = embeddedSeries('sesnsp-1997-victims-hd', 'MX-CHH');
    expect(embeddedSeries('sesnsp-1997-victims-hd', 'MX')).toBe(national);
    expect(embeddedSeries('sesnsp-1997-victims-hd', 'MX-GUA')).toBe(chihuahua);
    expect(chihuahua).not.toBe(national);
    expect(await national?.rows).toEqual(
      await loadHomicideObservations('sesnsp-1997-victims-hd', 'national'),
    );
    expect(await chihuahua?.rows).toEqual(
      await loadHomicideObservations('sesnsp-1997-victims-hd', 'states'),
    );
    const { series, sources } = (await national?.entry)!;
    expect(series).toEqual(homicideSeries.find((s) => s.id === 'sesnsp-1997-victims-hd'));
    expect(sources.map((source) => source.id)).toEqual(expect.arrayContaining(series.sourceIds));
  });

  it('has nothing for an id the dataset does not have, however it is written', () => {
    for (const id of ['made-up', '', 'toString', 'SESNSP-1997-VICTIMS-HD'])
      expect(embeddedSeries(id, 'MX')).toBeUndefined();
  });
});
