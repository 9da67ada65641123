// Expected values are the published figures in packages/data/raw/homicides/FACTS.md and
// packages/data/raw/corridor/SOURCES.md, not outputs of the code under test.
import { describe, expect, it } from 'vitest';
import {
  articleAsOf,
  corridorClaims,
  corridorFindings,
  homicideYtdRows,
  recordOutlook,
  recordRows,
  splinterClaim,
  splinterFindings,
} from './claims.js';

describe('claim 1: homicides so far this year', () => {
  const rows = homicideYtdRows();
  const row = (series: string, vintage?: string) =>
    rows.find((r) => r.series.id === series && r.vintage === vintage);

  it('compares January-April, the last full month before the article (May 2017)', () => {
    expect(articleAsOf).toBe('2017-04');
  });

  it('gives SESNSP victims as published on 2017-05-20: 8,705 vs 6,591, +32.1%', () => {
    const victims = row('sesnsp-1997-victims-hd', '2017-05-20');
    expect(victims?.ytd).toMatchObject({ current: 8705, previous: 6591 });
    expect(victims?.ytd.changePct).toBeCloseTo(32.1, 1);
  });

  it('gives SESNSP case files (latest release): 7,740 vs 5,920, +30.7%', () => {
    const incidents = row('sesnsp-1997-incidents-hd');
    expect(incidents?.ytd).toMatchObject({ current: 7740, previous: 5920 });
    expect(incidents?.ytd.changePct).toBeCloseTo(30.7, 1);
  });

  it('finds "nearly 25%" in no intentional-homicide series: each is +30% or more', () => {
    const intentional = rows.filter((r) => r.series.crime === 'intentional-homicide');
    expect(intentional.length).toBeGreaterThanOrEqual(4);
    for (const r of intentional) expect(r.ytd.changePct).toBeGreaterThan(30);
  });
});

describe('claim 1: the 2011 record', () => {
  it('finds 2011 the record before 2017 and 2017 above it, in INEGI deaths and SESNSP case files', () => {
    const rows = recordRows();
    const inegi = rows.find((r) => r.series.id === 'inegi-registration-annual');
    expect(inegi).toMatchObject({ record: { year: 2011, value: 27213 }, total: 32079 });
    const incidents = rows.find((r) => r.series.id === 'sesnsp-1997-incidents-hd');
    expect(incidents).toMatchObject({ record: { year: 2011, value: 22409 }, total: 25316 });
    expect(incidents?.abovePct).toBeCloseTo((25316 / 22409 - 1) * 100, 6);
  });

  it('projects 2017 above the 2011 record from January-April alone', () => {
    const outlook = recordOutlook('sesnsp-1997-incidents-hd');
    expect(outlook.record).toEqual({ year: 2011, value: 22409 });
    expect(outlook.projection?.value).toBeGreaterThan(22409);
  });
});

describe('claim 2: the corridor share', () => {
  it('records the article figures, 95% in 2010 and 90% in 2016', () => {
    expect(corridorClaims.map((row) => [row.refYear, row.pctLow])).toEqual([
      [2010, 95],
      [2016, 90],
    ]);
  });

  it('finds the published figures at both ends, and the 2012-2014 dip between', () => {
    const findings = corridorFindings(5);
    expect(findings.balloon.endToEnd.corridor.changePp).toEqual({ low: -5, high: -5 });
    expect(Math.min(...findings.years.map((year) => year.low))).toBe(80);
    expect(findings.balloon.windowDependent).toBe(true);
  });
});

describe('claim 3: the splinter count', () => {
  it('records the article count (5 to 20) over its span', () => {
    expect(splinterClaim).toMatchObject({ countLow: 5, countHigh: 20 });
  });

  it('counts more groups at the end of the span than at its start under each lineage rule', () => {
    for (const rule of splinterFindings().lineageRules) {
      expect(rule.end.count ?? 0).toBeGreaterThan(rule.start.count ?? 0);
    }
  });

  it('counts the CRS list of 2006 as four groups, as CRS wrote', () => {
    expect(splinterFindings().lists.find((list) => list.rule === 'CRS_2006_four')?.count).toBe(4);
  });
});
