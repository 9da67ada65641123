/**
 * The published figures of packages/data/raw/groups/FACTS.md, recomputed from @usmx/data.
 * Expected values are copied from FACTS.md.
 */
import { leadershipEvents, organizations, publishedGroupCounts } from '@usmx/data';
import { describe, expect, it } from 'vitest';
import { decapitationEffects } from './decapitation-effects.js';
import { lineageTree } from './lineage-tree.js';
import { publishedCounts } from './published-counts.js';
import { splinterCount } from './splinter-count.js';

const years = [2000, 2006, 2010, 2012, 2015, 2017, 2020, 2024];
const countsFor = (rule: 'lineage' | 'lineage-verified') =>
  years.map((year) => splinterCount(organizations, { year, rule }).years[0]!.count);

describe('FACTS.md: organizations active by year', () => {
  it('all dated rows: 8, 10, 23, 28, 34, 37, 38, 39', () => {
    expect(countsFor('lineage')).toEqual([8, 10, 23, 28, 34, 37, 38, 39]);
  });

  it('verified years only: 6, 6, 14, 17, 21, 25, 26, 27 ("from 5 or 6 ... to upwards of 20")', () => {
    expect(countsFor('lineage-verified')).toEqual([6, 6, 14, 17, 21, 25, 26, 27]);
  });

  it('leaves out DIAZ_PARADA, which has no year, and counts the Gulf Cartel from 1930', () => {
    const result = splinterCount(organizations, { year: 1930 });
    expect(result.excluded.map((o) => o.id)).toEqual(['DIAZ_PARADA']);
    expect(result.years[0]!.groups.map((g) => g.id)).toEqual(['GULF']);
  });

  it('a range gives the same counts year by year', () => {
    const range = splinterCount(organizations, { from: 2006, to: 2017 });
    expect(range.years.find((y) => y.year === 2006)!.count).toBe(10);
    expect(range.years.find((y) => y.year === 2017)!.count).toBe(37);
    expect(range.years).toHaveLength(12);
  });
});

describe('FACTS.md: published "major" lists and counts', () => {
  it('CRS: four dominant organizations in 2006 (AFO, Sinaloa, Juárez, Gulf)', () => {
    const crs = splinterCount(organizations, { year: 2006, rule: 'CRS_2006_four' }).years[0]!;
    expect(crs.count).toBe(4);
    expect(crs.groups.map((g) => g.id).sort()).toEqual(['AFO', 'GULF', 'JUAREZ', 'SINALOA']);
  });

  it('PGR: nine cartels in 2014', () => {
    expect(
      splinterCount(organizations, { year: 2014, rule: 'PGR_2014_nine' }).years[0]!.count,
    ).toBe(9);
  });

  it('sets the published counts unit by unit: 4 dominant DTOs (2006); 9 to 20 major organizations (2015)', () => {
    const counts = publishedCounts(publishedGroupCounts);
    const units = counts.series.map((s) => s.unit);
    expect(new Set(units).size).toBe(units.length);
    const dominant = publishedCounts(publishedGroupCounts, { unit: 'dominant DTOs' }).series[0]!;
    expect(dominant.points.find((p) => p.refYear === 2006)).toMatchObject({
      low: 4,
      high: 4,
      sourceId: 'CRS_R41576_2015',
    });
    const analysts = counts.series.find(
      (s) => s.unit === "major organizations (analysts' estimates)",
    )!;
    expect(analysts.points[0]).toMatchObject({ refYear: 2015, low: 9, high: 20 });
  });
});

describe('lineage and decapitations on the real table', () => {
  it('puts every organization in the forest once', () => {
    const tree = lineageTree(organizations);
    expect(tree.nodes.map((n) => n.id).sort()).toEqual(organizations.map((o) => o.id).sort());
    // oldest roots first: the Gulf Cartel (1930s), Juárez (1970), Guadalajara (1980)
    expect(tree.rootIds.slice(0, 3)).toEqual(['GULF', 'JUAREZ', 'GUADALAJARA']);
    // the Beltrán Leyva Organization split from Sinaloa, which came from Guadalajara
    const node = (id: string) => tree.nodes.find((n) => n.id === id)!;
    expect(node('SINALOA')).toMatchObject({ parentId: 'GUADALAJARA', depth: 1 });
    expect(node('SINALOA').childIds).toContain('BLO');
    expect(node('BLO')).toMatchObject({ parentId: 'SINALOA', depth: 2 });
  });

  it('links the 2009 killing of Arturo Beltrán Leyva to the BLO splinters of 2009-2012', () => {
    const effects = decapitationEffects(organizations, leadershipEvents, { windowYears: 3 });
    const arturo = effects.events.find((e) => e.eventId === 'E014')!;
    // organizations.csv, parent BLO, year 2009-2012: LOS_GRANADOS and UNION_TEPITO (2009), CPS,
    // LOS_ROJOS_GRO, CIDA and LA_BARREDORA (2010), GUERREROS_UNIDOS (2011)
    expect(arturo.splits.map((s) => s.id).sort()).toEqual(
      [
        'CIDA',
        'CPS',
        'GUERREROS_UNIDOS',
        'LA_BARREDORA',
        'LOS_GRANADOS',
        'LOS_ROJOS_GRO',
        'UNION_TEPITO',
      ].sort(),
    );
    expect(effects.afterDecapitation.share).toBeGreaterThan(0);
    expect(effects.baseline.share).toBeGreaterThan(0);
    expect(effects.ratio).toBeCloseTo(
      effects.afterDecapitation.share! / effects.baseline.share!,
      12,
    );
  });
});
