/**
 * The published figures of packages/data/raw/corridor/FACTS.md, recomputed from @usmx/data.
 * Expected values are copied from FACTS.md.
 */
import { corridorObservations } from '@usmx/data';
import { describe, expect, it } from 'vitest';
import { balloonEffect } from './balloon-effect.js';
import { corridorShare } from './corridor-share.js';

describe('FACTS.md: corridor and Caribbean shares by reference year', () => {
  const corridor = corridorShare(corridorObservations);
  const caribbean = corridorShare(corridorObservations, { route: 'caribbean' });
  const year = (share: typeof corridor, refYear: number) =>
    share.years.find((y) => y.refYear === refYear);

  it('Mexico/Central America: 2006 90, 2010 95, 2012 80, 2013 86, 2014 86, 2015 90, 2016 90', () => {
    const expected: [number, number, string[]][] = [
      [2006, 90, ['C001', 'C036']],
      [2010, 95, ['C003']],
      [2012, 80, ['C008']],
      [2013, 86, ['C009']],
      [2014, 86, ['C015']],
      [2015, 90, ['C018']],
      [2016, 90, ['C019', 'C050']],
    ];
    for (const [refYear, pct, ids] of expected) {
      expect(year(corridor, refYear)).toMatchObject({ low: pct, high: pct });
      expect(year(corridor, refYear)!.points.map((p) => p.id)).toEqual(ids);
    }
    // the article's own claims (verified: false) are not evidence
    expect(corridor.sourceIds).not.toContain('WILSON_2017');
    expect(year(corridor, 2010)!.points[0]!.sourceId).toBe('ONDCP_CS2010');
    expect(year(corridor, 2016)!.points.map((p) => p.sourceId)).toContain('INCSR2017');
  });

  it('Caribbean: 2006 10, 2010 5, 2011 4-5, 2012 7 (H1) and 9, 2013 14 (H1) and 16, 2014 14', () => {
    expect(year(caribbean, 2006)).toMatchObject({ low: 10, high: 10 });
    expect(year(caribbean, 2010)).toMatchObject({ low: 5, high: 5 });
    expect(year(caribbean, 2011)).toMatchObject({ low: 4, high: 5 });
    const lows2012 = year(caribbean, 2012)!.points.map((p) => p.low);
    expect(lows2012).toEqual(expect.arrayContaining([7, 9]));
    expect(year(caribbean, 2013)).toMatchObject({ low: 14, high: 16 });
    expect(
      year(caribbean, 2014)!
        .points.filter((p) => p.sourceId === 'INCSR2016')
        .map((p) => p.low),
    ).toEqual([14]);
    expect(caribbean.disagreements).toEqual(expect.arrayContaining([2011, 2012, 2013]));
  });
});

describe('FACTS.md: the balloon effect depends on the window', () => {
  const effect = balloonEffect(corridorObservations, { from: 2010, to: 2016, thresholdPp: 5 });

  it('end to end: 95% (2010) -> 90% (2016), a 5-point fall, with no Caribbean figure for 2016', () => {
    expect(effect.endToEnd.corridor.changePp).toEqual({ low: -5, high: -5 });
    expect(effect.endToEnd.corridor.from!.points.map((p) => p.sourceId)).toEqual(['ONDCP_CS2010']);
    expect(effect.endToEnd.corridor.to!.points.map((p) => p.sourceId)).toContain('INCSR2017');
    expect(effect.endToEnd.caribbean.to).toBeNull();
    expect(effect.endToEnd.balloon).toBe('unknown');
  });

  it('in between: the corridor dips to 80% (2012) and 86% (2013-2014) while the Caribbean reaches 14-16%', () => {
    expect(effect.extremes.corridorLow).toMatchObject({ refYear: 2012, low: 80, high: 80 });
    expect(effect.extremes.corridorLow!.points[0]!.sourceId).toBe('INCSR2014');
    expect(effect.extremes.caribbeanHigh).toMatchObject({ refYear: 2013, low: 14, high: 16 });
    const swing = effect.largestSwing!;
    // 2010 -> 2013: Caribbean 5% -> 14-16% (+9 to +11 pp) while the corridor fell 95% -> 86%
    expect([swing.fromYear, swing.toYear]).toEqual([2010, 2013]);
    expect(swing.caribbean.changePp).toEqual({ low: 9, high: 11 });
    expect(swing.corridor.changePp).toEqual({ low: -9, high: -9 });
    expect(swing.balloon).toBe('yes');
    expect(effect.windowDependent).toBe(true);
  });

  it('with a 12-point threshold no window shows a sure balloon', () => {
    const strict = balloonEffect(corridorObservations, { from: 2010, to: 2016, thresholdPp: 12 });
    expect(strict.windows.some((w) => w.balloon === 'yes')).toBe(false);
  });
});
