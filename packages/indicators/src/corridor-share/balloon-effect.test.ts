import { pathText } from '../issues.js';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../internal/test-helpers.js';
import { balloonEffect, balloonEffectOptionIssues } from './balloon-effect.js';
import { figure } from './fixtures.js';

const MCA = 'mexico_central_america';
const CAR = 'caribbean';
// A corridor that dips and recovers while the Caribbean rises, then is not reported at the end.
const rows = [
  figure(2010, MCA, 95, 95, 'A'),
  figure(2010, CAR, 5, 5, 'A'),
  figure(2012, MCA, 80, 80, 'B'),
  figure(2012, CAR, 6, 10, 'C'),
  figure(2013, MCA, 86, 86, 'B'),
  figure(2013, CAR, 14, 14, 'D'),
  figure(2013, CAR, 16, 16, 'E'),
  figure(2016, MCA, 90, 90, 'F'),
];

describe('balloonEffect', () => {
  const effect = balloonEffect(rows, { from: 2010, to: 2016, thresholdPp: 5 });

  it('compares the end points and says what is not reported', () => {
    // corridor 95 -> 90 = -5 pp; no Caribbean figure for 2016
    expect(effect.endToEnd.corridor.changePp).toEqual({ low: -5, high: -5 });
    expect(effect.endToEnd.corridorFell).toBe('yes');
    expect(effect.endToEnd.caribbean.changePp).toBeNull();
    expect(effect.endToEnd.balloon).toBe('unknown');
    expect(effect.endToEnd.reason).toBe('not reported: caribbean 2016');
  });

  it('finds the largest sure Caribbean rise among windows where both routes are reported', () => {
    // windows: 2010-12: Caribbean 6-5=1 to 10-5=5; 2010-13: 14-5=9 to 16-5=11; 2012-13: 14-10=4 to 16-6=10
    expect(effect.windows.map((w) => [w.fromYear, w.toYear, w.caribbean.changePp])).toEqual([
      [2010, 2012, { low: 1, high: 5 }],
      [2010, 2013, { low: 9, high: 11 }],
      [2012, 2013, { low: 4, high: 10 }],
    ]);
    const swing = effect.largestSwing!;
    expect([swing.fromYear, swing.toYear]).toEqual([2010, 2013]);
    // corridor 95 -> 86 = -9 pp while the Caribbean gained at least 9 >= 5
    expect(swing.corridor.changePp).toEqual({ low: -9, high: -9 });
    expect(swing.balloon).toBe('yes');
    expect(swing.caribbean.to!.points.map((p) => p.sourceId)).toEqual(['D', 'E']);
  });

  it('reads ranges that straddle the threshold as uncertain and a rising corridor as no balloon', () => {
    const [first, , last] = effect.windows;
    expect(first!.caribbeanRose).toBe('uncertain'); // +1 to +5 against 5
    expect(first!.balloon).toBe('uncertain');
    expect(last!.corridorFell).toBe('no'); // 80 -> 86
    expect(last!.balloon).toBe('no');
  });

  it('makes the dependence on the window visible', () => {
    expect(effect.windowDependent).toBe(true);
    expect(effect.extremes.corridorLow).toMatchObject({ refYear: 2012, low: 80 });
    expect(effect.extremes.caribbeanHigh).toMatchObject({ refYear: 2013, low: 14, high: 16 });
    expect(effect.summary).toContain('depends on the years compared');
    expect(effect.sourceIds).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('rejects a window that is empty or reversed and a negative threshold', () => {
    const issues = issuesOf(() => balloonEffect(rows, { from: 2016, to: 2010, thresholdPp: -1 }));
    expect(issues.map((i) => pathText(i.path))).toEqual(['to', 'thresholdPp']);
    expect(() => balloonEffect(rows, { from: 2017, to: 2020, thresholdPp: 5 })).toThrow(
      /no figures for this route/,
    );
  });
});

describe('balloonEffectOptionIssues', () => {
  const fields = (issues: ReturnType<typeof balloonEffectOptionIssues>) =>
    issues.map((issue) => `${pathText(issue.path)} ${issue.code}`);

  it("accepts the article's window and the extremes of the threshold", () => {
    expect(balloonEffectOptionIssues({ from: 2010, to: 2016, thresholdPp: 5 })).toEqual([]);
    // a share in percent can rise by 0 points, and at most by 100 (from 0% to 100%)
    expect(balloonEffectOptionIssues({ from: 2010, to: 2011, thresholdPp: 0 })).toEqual([]);
    expect(balloonEffectOptionIssues({ from: 2010, to: 2011, thresholdPp: 100 })).toEqual([]);
    expect(balloonEffectOptionIssues({ from: 2010, to: 2011, thresholdPp: 2.5 })).toEqual([]);
  });

  it('names every bad option at once: years of the dataset, a window of two years or more, 0-100 points', () => {
    const issues = balloonEffectOptionIssues({ from: 1899, to: 2017.5, thresholdPp: 100.5 });
    expect(fields(issues)).toEqual([
      'from not-whole-in-range',
      'to not-whole-in-range',
      'thresholdPp not-percentage-points',
    ]);
    expect(issues[2]).toMatchObject({
      value: 100.5,
      params: { min: 0, max: 100 },
      reason: 'expected percentage points from 0 to 100',
    });
    // one year is no window: nothing can change between a year and itself
    expect(balloonEffectOptionIssues({ from: 2016, to: 2016, thresholdPp: 5 })).toMatchObject([
      { code: 'not-after-from', path: ['to'], value: 2016, params: { from: 2016 } },
    ]);
    for (const thresholdPp of [-1, Number.NaN, Number.POSITIVE_INFINITY, '5' as never])
      expect(fields(balloonEffectOptionIssues({ from: 2010, to: 2016, thresholdPp }))).toEqual([
        'thresholdPp not-percentage-points',
      ]);
    // a truthy text is not true: "no" would otherwise count unverified figures
    expect(
      fields(
        balloonEffectOptionIssues({
          from: 2010,
          to: 2016,
          thresholdPp: 5,
          includeUnverified: 'no' as never,
        }),
      ),
    ).toEqual(['includeUnverified not-one-of']);
  });

  it('reports the same problems balloonEffect does', () => {
    for (const options of [
      { from: 2016, to: 2010, thresholdPp: -1 },
      { from: 1850, to: 2016, thresholdPp: 101 },
      { from: 2010, to: Number.NaN, thresholdPp: 5 },
      { from: 2010, to: 2016, thresholdPp: 5, includeUnverified: 1 as never },
    ]) {
      expect(issuesOf(() => balloonEffect(rows, options))).toEqual(
        balloonEffectOptionIssues(options),
      );
    }
  });
});
