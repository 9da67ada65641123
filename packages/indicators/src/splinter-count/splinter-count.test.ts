import { majorGroupList } from '@usmx/data/schemas';
import { pathText } from '../issues.js';
import { describe, expect, it } from 'vitest';
import { inputErrorOf, issuesOf } from '../internal/test-helpers.js';
import { handLineage, org } from './fixtures.js';
import { MAJOR_LIST_YEARS, SPLINTER_RULES } from './rules.js';
import { splinterCount, splinterCountOptionIssues } from './splinter-count.js';

describe('splinterCount', () => {
  const organizations = handLineage();

  it("counts every active organization under 'lineage'", () => {
    const result = splinterCount(organizations, { from: 1989, to: 1990 });
    // 1989: A (ceased 1989, still active that year) + B = 2; 1990: B + C = 2
    expect(result.years.map((y) => [y.year, y.count, y.groups.map((g) => g.id)])).toEqual([
      [1989, 2, ['A', 'B']],
      [1990, 2, ['B', 'C']],
    ]);
    expect(result.excluded).toEqual([
      { id: 'F', name: 'F name', reason: 'no founding or split year' },
    ]);
    expect(result.rule).toBe('lineage');
  });

  it("counts only verified founding years under 'lineage-verified'", () => {
    // 2010 all: B, C, D, E = 4; verified: C, D, E = 3
    expect(splinterCount(organizations, { year: 2010 }).years[0]!.count).toBe(4);
    expect(
      splinterCount(organizations, { year: 2010, rule: 'lineage-verified' }).years[0]!.count,
    ).toBe(3);
  });

  it('counts a published list in the year it describes only', () => {
    const result = splinterCount(organizations, { from: 2005, to: 2006, rule: 'CRS_2006_four' });
    expect(result.years[0]).toMatchObject({
      year: 2005,
      count: null,
      reason: 'the CRS_2006_four list describes 2006 only',
    });
    expect(result.years[1]).toMatchObject({ year: 2006, count: 2 });
    expect(result.sourceIds).toEqual(['SRC_B', 'SRC_C']);
    // a list member without a year still counts for its list
    expect(
      splinterCount(organizations, { year: 2006, rule: 'PGR_end_Fox_seven' }).years[0]!.count,
    ).toBe(1);
  });

  it('takes a predicate', () => {
    const splinters = splinterCount(organizations, {
      year: 2010,
      rule: (o, year) => o.parentIds.length > 0 && o.yearFounded === year,
    });
    expect(splinters.rule).toBe('custom');
    expect(splinters.years[0]!.groups.map((g) => g.id)).toEqual(['E']);
  });

  it('lists every bad option and row', () => {
    const badOptions = { from: 2010, to: 2000, rule: 'nine' as never };
    const fields = issuesOf(() =>
      splinterCount([...organizations, org('A', 1999), org('bad id', 2000)], badOptions),
    ).map((issue) => pathText(issue.path));
    // a row the schema rejects, plus the options; the repeated id is checked once rows are valid
    expect(fields).toEqual(['organizations[7].id', 'to', 'rule']);
    const issues = issuesOf(() => splinterCount([...organizations, org('A', 1999)], badOptions));
    expect(issues.map((issue) => pathText(issue.path))).toEqual([
      'organizations[6].id',
      'to',
      'rule',
    ]);
    expect(issues[0]).toMatchObject({
      reason: 'repeats the id of row 0',
      code: 'repeated-id',
      params: { firstIndex: 0 },
    });
    expect(() => splinterCount([], { year: 2000 })).toThrow(/empty input/);
  });

  it('stops at 100 repeated ids and says there are more', () => {
    const repeated = (rows: number) =>
      inputErrorOf(() =>
        splinterCount(
          Array.from({ length: rows }, () => org('A', 1999)),
          { year: 2000 },
        ),
      );
    // 101 rows: 100 repeat the first one's id, all listed, the count exact
    const exact = repeated(101);
    expect(exact.issues).toHaveLength(100);
    expect(exact.incomplete).toBe(false);
    expect(exact.message).toContain('invalid input (100 issues)');
    // 250 rows: 249 repeats, the first 100 listed, in order
    const cut = repeated(250);
    expect(cut.issues).toHaveLength(100);
    expect(pathText(cut.issues[99]!.path)).toBe('organizations[100].id');
    expect(cut.incomplete).toBe(true);
  });
});

describe('splinterCountOptionIssues', () => {
  const fields = (issues: ReturnType<typeof splinterCountOptionIssues>) =>
    issues.map((issue) => `${pathText(issue.path)} ${issue.code}`);

  it('accepts a year or a span of years and every named rule', () => {
    for (const rule of SPLINTER_RULES) {
      expect(splinterCountOptionIssues({ year: 2017, rule })).toEqual([]);
      expect(splinterCountOptionIssues({ from: 1990, to: 2024, rule })).toEqual([]);
    }
    expect(splinterCountOptionIssues({ from: 2006, to: 2006 })).toEqual([]);
    expect(splinterCountOptionIssues({ year: 2006, rule: () => true })).toEqual([]);
  });

  it('names every bad option at once', () => {
    const issues = splinterCountOptionIssues({ from: 1850, to: 2017.5, rule: 'nine' as never });
    expect(fields(issues)).toEqual([
      'from not-whole-in-range',
      'to not-whole-in-range',
      'rule unknown-rule',
    ]);
    expect(issues[2]?.params).toEqual({ lists: Object.keys(MAJOR_LIST_YEARS) });
    expect(splinterCountOptionIssues({ from: 2010, to: 2000 })).toMatchObject([
      { code: 'before-from', path: ['to'], value: 2000, params: { from: 2010 } },
    ]);
    expect(fields(splinterCountOptionIssues({ year: 1800 }))).toEqual(['year not-whole-in-range']);
    // a span needs both ends
    expect(fields(splinterCountOptionIssues({ from: 2000 } as never))).toEqual([
      'to not-whole-in-range',
    ]);
  });

  it('reports the same problems splinterCount does', () => {
    for (const options of [
      { from: 2010, to: 2000, rule: 'nine' as never },
      { year: 2200 },
      { from: 'then', to: 2000 } as never,
    ]) {
      expect(issuesOf(() => splinterCount(handLineage(), options))).toEqual(
        splinterCountOptionIssues(options),
      );
    }
  });
});

describe('SPLINTER_RULES', () => {
  it('names the lineage rules, then every published list in the order of the year it describes', () => {
    // the years as groups/SOURCES.md dates each list
    expect(SPLINTER_RULES).toEqual([
      'lineage',
      'lineage-verified',
      'CRS_2006_four',
      'PGR_end_Fox_seven',
      'PGR_2012_eight',
      'PGR_2014_nine',
      'Lantia_2014_nine',
      'DEA_seven_CRS2015',
      'DEA_NDTA2019_six',
      'BACRIM2020',
    ]);
    // every list the dataset knows, no other
    expect(SPLINTER_RULES.slice(2).sort()).toEqual([...majorGroupList.options].sort());
    const listYears = SPLINTER_RULES.slice(2).map(
      (rule) => MAJOR_LIST_YEARS[rule as keyof typeof MAJOR_LIST_YEARS],
    );
    expect(listYears).toEqual([...listYears].sort((a, b) => a - b));
  });
});
