import type { HomicideTrend } from '@usmx/indicators/homicide-trend';
import { describe, expect, it } from 'vitest';
import { WidgetError } from '../../internal/errors.js';
import { homicideTrendModel, type HomicideTrendContext } from './homicide-trend.model.js';

/**
 * A result shaped like homicideTrend's for SESNSP victims (1997 method) as published on
 * 2017-05-20: Jan-Apr 2017 8,705 vs 6,591 (FACTS.md: +32.1%); annual 2014-2016 from FACTS.md.
 * The projection figures are made up for the layout and do not come from the data.
 */
const result: HomicideTrend = {
  series: 'sesnsp-1997-victims-hd',
  region: 'MX',
  asOf: '2017-04',
  vintage: '2017-05-20',
  method: 'seasonal',
  sourceIds: ['SRC'],
  vintagesUsed: ['2017-05-20'],
  ytd: {
    months: 4,
    from: '2017-01',
    to: '2017-04',
    current: 8705,
    previous: 6591,
    changePct: (8705 / 6591 - 1) * 100,
  },
  rolling12: null,
  projection: {
    value: 28_000,
    low: 26_000,
    high: 30_000,
    method: 'seasonal',
    referenceYears: [2014, 2015, 2016],
    backtest: { years: [2015, 2016], mape: 3 },
  },
  record: { year: 2016, value: 22_962, since: 2014 },
  exceedsRecord: null,
  annual: [
    {
      year: 2014,
      count: 17_336,
      population: 119_700_000,
      ratePer100k: (17_336 / 119_700_000) * 100_000,
      basis: 'monthly-sum',
    },
    {
      year: 2015,
      count: 18_707,
      population: 121_000_000,
      ratePer100k: (18_707 / 121_000_000) * 100_000,
      basis: 'monthly-sum',
    },
    {
      year: 2016,
      count: 22_962,
      population: 122_300_000,
      ratePer100k: (22_962 / 122_300_000) * 100_000,
      basis: 'monthly-sum',
    },
  ],
  unavailable: {},
};

const context: HomicideTrendContext = {
  locale: { lang: 'en', locale: 'en' },
  measure: 'count',
  seriesTitle: { en: 'SESNSP victims', es: 'Víctimas SESNSP' },
  unit: 'victims',
  regionName: 'Mexico',
  sources: [{ id: 'SRC', title: 'Incidencia delictiva', url: 'https://example.org' }],
};

/** `result` as of December of a year: a complete year, so no year-to-date and no projection. */
const asOfDecember = (year: number, changes: Partial<HomicideTrend>): HomicideTrend => ({
  ...result,
  asOf: `${year}-12`,
  ytd: null,
  projection: null,
  ...changes,
});

describe('homicideTrendModel', () => {
  it('writes the year-to-date callout as published', () => {
    expect(homicideTrendModel(result, context).callout).toBe('Jan-Apr 2017: +32.1% vs 2016');
    expect(
      homicideTrendModel(result, { ...context, locale: { lang: 'es', locale: 'es' } }).callout,
    ).toBe('ene-abr 2017: +32,1\u00a0% vs 2016');
  });

  it('summarises the change, the projection and the record in one sentence, naming the record’s span', () => {
    // the fixture's complete years are 2014-2016: its record is the highest since 2014, not of all time
    const { summary } = homicideTrendModel(result, context);
    expect(summary).toBe(
      "Mexico: victims +32.1% in Jan-Apr 2017 compared with the same months of 2016; the full-year 2017 projection is 28,000 (likely 26,000 to 30,000), above 2016's 22,962, the highest since 2014.",
    );
    expect(summary.match(/\.(\s|$)/g)).toHaveLength(1);
  });

  it('marks the record year and keeps the current year apart', () => {
    const model = homicideTrendModel(result, context);
    expect(model.bars.map((b) => [b.year, b.isRecord])).toEqual([
      [2014, false],
      [2015, false],
      [2016, true],
    ]);
    expect(model.current).toEqual({
      year: 2017,
      lastMonth: 4,
      ytd: 8705,
      projection: 28_000,
      low: 26_000,
      high: 30_000,
    });
  });

  it('marks the as-of year itself when it is complete and the highest', () => {
    // as of December 2016, 2016 is a complete year: the highest of 2014-2016, so the record
    const december = asOfDecember(2016, {
      record: { year: 2015, value: 18_707, since: 2014 }, // the indicator's: years before 2016 only
    });
    const model = homicideTrendModel(december, context);
    expect(model.bars.filter((b) => b.isRecord).map((b) => b.year)).toEqual([2016]);
    expect(model.summary).toContain('the highest since 2014 is 2016 with 22,962');
  });

  it('marks the highest rate, not the year of the highest count, when showing rates', () => {
    // 2014: 100 of 1,000 people (10,000 per 100k); 2015: 150 of 3,000 (5,000 per 100k)
    const shifting = asOfDecember(2015, {
      record: { year: 2014, value: 100, since: 2014 },
      annual: [
        { year: 2014, count: 100, population: 1000, ratePer100k: 10_000, basis: 'monthly-sum' },
        { year: 2015, count: 150, population: 3000, ratePer100k: 5000, basis: 'monthly-sum' },
      ],
    });
    const counts = homicideTrendModel(shifting, context);
    expect(counts.bars.filter((b) => b.isRecord).map((b) => b.year)).toEqual([2015]);
    const rates = homicideTrendModel(shifting, { ...context, measure: 'rate' });
    expect(rates.bars.filter((b) => b.isRecord).map((b) => b.year)).toEqual([2014]);
    expect(rates.summary).toContain(
      'the highest since 2014 is 2014 with 10,000 per 100,000 people',
    );
  });

  it('limits the years shown to from/to', () => {
    const model = homicideTrendModel(result, { ...context, from: 2015, to: 2016 });
    expect(model.bars.map((b) => b.year)).toEqual([2015, 2016]);
    expect(model.current).toBeNull();
  });

  it('converts to rates per 100,000 with the current year’s population', () => {
    const model = homicideTrendModel(result, {
      ...context,
      measure: 'rate',
      currentPopulation: 123_000_000,
    });
    expect(model.bars[2]?.value).toBeCloseTo(18.775, 2); // 22,962 / 122.3 M * 100k
    expect(model.current?.projection).toBeCloseTo(22.764, 2); // 28,000 / 123 M * 100k
    expect(model.table.columns[1]?.key).toBe('rate_per_100k');
    expect(model.table.rows[2]?.rate_per_100k).toBe(18.8);
  });

  it('says the unit of a rate in the sentence', () => {
    const { summary } = homicideTrendModel(result, {
      ...context,
      measure: 'rate',
      currentPopulation: 123_000_000,
    });
    // 28,000 / 123 M * 100k = 22.76; 26,000 and 30,000 give 21.14 and 24.39; 22,962 / 122.3 M = 18.78
    expect(summary).toContain(
      "the full-year 2017 projection is 22.8 per 100,000 people (likely 21.1 to 24.4), above 2016's 18.8 per 100,000 people, the highest since 2014.",
    );
  });

  it('states the months so far when there is no complete year and no earlier year to compare', () => {
    const firstYear: HomicideTrend = {
      ...result,
      ytd: { ...result.ytd!, previous: 0, changePct: null, reason: 'the previous period is 0' },
      projection: null,
      record: null,
      annual: [],
    };
    expect(homicideTrendModel(firstYear, context).summary).toBe(
      'Mexico: 8,705 victims in Jan-Apr 2017.',
    );
  });

  it('refuses rates when the series has no population', () => {
    const noPopulation = {
      ...result,
      annual: result.annual.map(({ year, count, basis }) => ({ year, count, basis })),
    };
    expect(() => homicideTrendModel(noPopulation, { ...context, measure: 'rate' })).toThrow(
      WidgetError,
    );
  });

  it('refuses rates when a year has none for an implausible population, never charting it as 0', () => {
    const implausible = {
      ...result,
      annual: result.annual.map((row, i) =>
        i === 1 ? { ...row, ratePer100k: null, rateReason: 'the population ...' } : row,
      ),
    };
    expect(() => homicideTrendModel(implausible, { ...context, measure: 'rate' })).toThrow(
      WidgetError,
    );
  });

  it('tables every year, the year so far and the projection with its interval', () => {
    const rows = homicideTrendModel(result, context).table.rows;
    expect(rows.map((r) => [r.year, r.count, r.projection_low, r.projection_high, r.note])).toEqual(
      [
        ['2014', 17_336, null, null, ''],
        ['2015', 18_707, null, null, ''],
        ['2016', 22_962, null, null, 'highest since 2014'],
        ['2017', 8705, null, null, 'Jan-Apr 2017 so far'],
        ['2017', 28_000, 26_000, 30_000, 'projection'],
      ],
    );
  });
});
