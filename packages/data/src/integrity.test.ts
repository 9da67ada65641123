// Integrity of every published table: schemas, keys, references, lineage, value ranges.
import { describe, expect, it } from 'vitest';
import * as data from './index.js';
import { readRaw } from './test-helpers/raw.js';

const {
  sources,
  regions,
  homicideSeries,
  homicideObservations,
  corridorObservations,
  corridorStatements,
  organizations,
  leadershipEvents,
  publishedGroupCounts,
  sourceById,
  regionByCode,
} = data;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

describe('schemas', () => {
  const tables: [
    string,
    readonly unknown[],
    { safeParse(value: unknown): { success: boolean } },
  ][] = [
    ['sources', sources, data.sourceSchema],
    ['regions', regions, data.regionSchema],
    ['homicideSeries', homicideSeries, data.homicideSeriesSchema],
    ['corridorObservations', corridorObservations, data.corridorObservationSchema],
    ['corridorStatements', corridorStatements, data.corridorStatementSchema],
    ['organizations', organizations, data.organizationSchema],
    ['leadershipEvents', leadershipEvents, data.leadershipEventSchema],
    ['publishedGroupCounts', publishedGroupCounts, data.publishedGroupCountSchema],
  ];
  it.each(tables)('every row of %s passes its schema', (_, rows, schema) => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !schema.safeParse(row).success)).toEqual([]);
  });

  it('every homicide observation passes its schema', () => {
    expect(
      homicideObservations.filter((row) => !data.homicideObservationSchema.safeParse(row).success),
    ).toEqual([]);
  });
});

describe('keys are unique', () => {
  it.each([
    ['sources', sources.map((row) => row.id)],
    ['regions', regions.map((row) => row.code)],
    ['homicideSeries', homicideSeries.map((row) => row.id)],
    ['corridor rows', [...corridorObservations, ...corridorStatements].map((row) => row.id)],
    ['organizations', organizations.map((row) => row.id)],
    ['leadershipEvents', leadershipEvents.map((row) => row.id)],
    ['publishedGroupCounts', publishedGroupCounts.map((row) => row.id)],
    [
      'homicide observations (series, region, year, month, vintage)',
      homicideObservations.map(
        (row) => `${row.seriesId}|${row.region}|${row.year}|${row.month}|${row.vintage}`,
      ),
    ],
  ])('%s', (_, keys) => {
    expect(duplicates(keys)).toEqual([]);
  });
});

describe('every sourceId resolves to a full citation', () => {
  // The ids each table family cites, with the family's own source list.
  const families: [string, readonly data.Source[], (string | undefined)[]][] = [
    [
      'homicides',
      data.homicideSources,
      [
        ...homicideSeries.flatMap((row) => row.sourceIds),
        ...homicideObservations.map((row) => row.sourceId),
      ],
    ],
    [
      'corridor',
      data.corridorSources,
      [...corridorObservations, ...corridorStatements].flatMap((row) => [
        row.sourceId,
        row.viaSourceId,
      ]),
    ],
    [
      'groups',
      data.groupSources,
      [
        ...organizations.flatMap((row) => row.sourceIds),
        ...leadershipEvents.flatMap((row) => row.sourceIds),
        ...publishedGroupCounts.map((row) => row.sourceId),
      ],
    ],
    ['claims', data.claimSources, data.claims.map((row) => row.sourceId)],
  ];
  const referenced = [
    ...families.flatMap(([, , cited]) => cited),
    ...sources.map((row) => row.viaSourceId),
  ].filter((id): id is string => id !== undefined);

  it('in every table, via ids included', () => {
    expect([...new Set(referenced)].filter((id) => !sourceById(id))).toEqual([]);
  });

  // Each family's own list holds every source its rows cite, and the sources those were read
  // through, each the same entry as in `sources`, so a page showing one family can cite from it.
  for (const [family, own, cited] of families) {
    it(`${family}: its own source list covers what it cites, via sources included`, () => {
      const ids = new Set(own.map((source) => source.id));
      const missing = cited.filter((id): id is string => id !== undefined && !ids.has(id));
      expect(missing).toEqual([]);
      for (const source of own) {
        expect(source).toEqual(sourceById(source.id));
        if (source.viaSourceId) expect(ids.has(source.viaSourceId), source.id).toBe(true);
      }
      // a fraction of all sources, not a copy of them
      expect(own.length).toBeLessThan(sources.length);
      expect(new Set(ids).size).toBe(own.length);
    });
  }

  it('each source has a title, a publisher and license terms; addresses are http(s)', () => {
    for (const source of sources) {
      expect(source.title.length, source.id).toBeGreaterThan(10);
      expect(source.publisher.length, source.id).toBeGreaterThan(1);
      expect(source.license.length, source.id).toBeGreaterThan(3);
      if (source.url !== undefined) expect(source.url, source.id).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('every number has a source: no homicide row, corridor share or group count without one', () => {
    expect(homicideObservations.every((row) => row.sourceId !== '')).toBe(true);
    expect(corridorObservations.every((row) => row.sourceId !== '')).toBe(true);
    expect(publishedGroupCounts.every((row) => row.sourceId !== '')).toBe(true);
  });

  it('organizations and events without a source are flagged unverified', () => {
    for (const row of [...organizations, ...leadershipEvents])
      if (row.sourceIds.length === 0) expect(row.verified, row.id).toBe('false');
  });

  it('the ten events of issue 17 cite a checked page, except E037 whose candidate was not found', () => {
    const cited = ['E002', 'E007', 'E015', 'E016', 'E020', 'E021', 'E026', 'E027', 'E036'];
    for (const id of cited) {
      const event = leadershipEvents.find((row) => row.id === id)!;
      expect(event.sourceIds.length, id).toBeGreaterThan(0);
      expect(event.verified, id).not.toBe('false');
    }
    const e037 = leadershipEvents.find((row) => row.id === 'E037')!;
    expect(e037).toMatchObject({ sourceIds: [], verified: 'false' });
    expect(e037.notes).toMatch(/not found/);
  });

  it('no observation row cites the article under test: its statements live only in claims', () => {
    // the 2017 article's sentences are claims; a chart of an observation table must never plot them
    const article = 'WILSON_2017';
    const citing = [
      ...homicideObservations.map((row) => [row.sourceId] as const),
      ...[...corridorObservations, ...corridorStatements].map(
        (row) => [row.sourceId, row.viaSourceId] as const,
      ),
      ...publishedGroupCounts.map((row) => [row.sourceId] as const),
      ...[...organizations, ...leadershipEvents].map((row) => row.sourceIds),
    ].filter((ids) => ids.includes(article));
    expect(citing).toEqual([]);
    expect(data.claims.filter((claim) => claim.sourceId === article)).toHaveLength(5);
  });
});

describe('organizations', () => {
  const ids = new Set(organizations.map((row) => row.id));

  it('every parent and every event organization resolves', () => {
    expect(organizations.flatMap((row) => row.parentIds).filter((id) => !ids.has(id))).toEqual([]);
    expect(leadershipEvents.map((row) => row.organizationId).filter((id) => !ids.has(id))).toEqual(
      [],
    );
  });

  it('the lineage has no cycles', () => {
    const parents = new Map(organizations.map((row) => [row.id, row.parentIds]));
    const ancestors = (id: string, path: readonly string[]): string[] => {
      if (path.includes(id)) return [...path, id];
      for (const parent of parents.get(id) ?? []) {
        const cycle = ancestors(parent, [...path, id]);
        if (cycle.length > 0) return cycle;
      }
      return [];
    };
    expect(
      organizations.map((row) => ancestors(row.id, [])).filter((cycle) => cycle.length > 0),
    ).toEqual([]);
  });

  it('a group ceases after it was founded, and starts after its parents, except where a parent is dated by a later split', () => {
    const byId = new Map(organizations.map((row) => [row.id, row]));
    const splitsBeforeParent: string[] = [];
    for (const org of organizations) {
      if (org.yearCeased !== undefined && org.yearFounded !== undefined)
        expect(org.yearCeased, org.id).toBeGreaterThanOrEqual(org.yearFounded);
      for (const parentId of org.parentIds) {
        const parent = byId.get(parentId)!;
        if (
          org.yearFounded !== undefined &&
          parent.yearFounded !== undefined &&
          org.yearFounded < parent.yearFounded
        )
          splitsBeforeParent.push(`${org.id} < ${parentId}`);
      }
    }
    // groups/SOURCES.md, caveat 3: "Los Ardillos' 2000 founding predates the BLO split" (BLO is dated
    // by its 2008 split from Sinaloa); the Zetas are dated by their 2010 split from the Gulf Cartel,
    // but existed from the late 1990s as its armed wing, when La Familia emerged (2006) from both.
    expect(splitsBeforeParent.sort()).toEqual(['LFM < ZETAS', 'LOS_ARDILLOS < BLO']);
  });

  it("the Gulf Cartel's 1930s is 1930, not sourced as a founding year", () => {
    expect(organizations.find((row) => row.id === 'GULF')).toMatchObject({
      yearFounded: 1930,
      yearFoundedVerified: false,
      yearFoundedText: '1930s (smuggling origins)',
    });
  });

  it('FACTS: groups active per year, all dated rows and verified years only', () => {
    const active = (year: number, verifiedOnly: boolean) =>
      organizations.filter(
        (org) =>
          org.yearFounded !== undefined &&
          org.yearFounded <= year &&
          (org.yearCeased === undefined || org.yearCeased >= year) &&
          (!verifiedOnly || org.yearFoundedVerified),
      ).length;
    const expected: [number, number, number][] = [
      [2000, 8, 6],
      [2006, 10, 6],
      [2010, 23, 14],
      [2012, 28, 17],
      [2015, 34, 21],
      [2017, 37, 25],
      [2020, 38, 26],
      [2024, 39, 27],
    ];
    for (const [year, all, verified] of expected)
      expect([active(year, false), active(year, true)], String(year)).toEqual([all, verified]);
  });

  it('the CRS 2006 list has the four dominant DTOs', () => {
    expect(
      organizations
        .filter((row) => row.majorLists.includes('CRS_2006_four'))
        .map((row) => row.id)
        .sort(),
    ).toEqual(['AFO', 'GULF', 'JUAREZ', 'SINALOA']);
  });
});

describe('value ranges', () => {
  it('counts are non-negative integers; published group counts have low <= high', () => {
    expect(
      homicideObservations.filter((row) => !Number.isInteger(row.count) || row.count < 0),
    ).toEqual([]);
    for (const row of publishedGroupCounts) {
      expect(Number.isInteger(row.countLow) && row.countLow >= 0, row.id).toBe(true);
      expect(row.countLow, row.id).toBeLessThanOrEqual(row.countHigh);
    }
  });

  it('corridor percents are in [0, 100] with low <= high', () => {
    for (const row of corridorObservations) {
      expect(row.pctLow, row.id).toBeGreaterThanOrEqual(0);
      expect(row.pctHigh, row.id).toBeLessThanOrEqual(100);
      expect(row.pctLow, row.id).toBeLessThanOrEqual(row.pctHigh);
    }
  });

  it('months are 1-12, and monthly series have a month on every row, annual series on none', () => {
    const frequency = new Map(homicideSeries.map((row) => [row.id, row.frequency]));
    for (const row of homicideObservations) {
      if (frequency.get(row.seriesId) === 'monthly')
        expect(row.month! >= 1 && row.month! <= 12).toBe(true);
      else expect(row.month).toBeUndefined();
    }
  });

  it('every region is known, and each monthly national-and-states series has all 32 states', () => {
    expect(
      [...new Set(homicideObservations.map((row) => row.region))].filter(
        (code) => !regionByCode(code),
      ),
    ).toEqual([]);
    for (const series of homicideSeries.filter((row) => row.geography === 'national-and-states')) {
      const present = new Set(
        homicideObservations.filter((row) => row.seriesId === series.id).map((row) => row.region),
      );
      expect(present.size, series.id).toBe(33);
    }
  });

  it('series coverage and vintages match their rows', () => {
    for (const series of homicideSeries) {
      const rows = homicideObservations.filter((row) => row.seriesId === series.id);
      const periods = rows
        .map((row) =>
          row.month === undefined
            ? `${row.year}`
            : `${row.year}-${String(row.month).padStart(2, '0')}`,
        )
        .sort();
      expect(series.coverage, series.id).toEqual({ from: periods[0], to: periods.at(-1) });
      expect(series.vintages, series.id).toEqual(
        [...new Set(rows.map((row) => row.vintage))].sort(),
      );
    }
  });
});

describe('corridor', () => {
  it('disagreeing sources stay separate rows (2013 Caribbean: 14% DEA first half, 16% Brownfield)', () => {
    const caribbean2013 = corridorObservations.filter(
      (row) => row.refYear === 2013 && row.route === 'caribbean',
    );
    expect(caribbean2013.map((row) => row.pctLow).sort()).toEqual([14, 16, 16]);
  });

  it('FACTS: 95% in 2010 (ONDCP) and 90% in 2016 (INCSR 2017)', () => {
    expect(corridorObservations.find((row) => row.id === 'C003')).toMatchObject({
      refYear: 2010,
      route: 'mexico_central_america',
      pctLow: 95,
      pctHigh: 95,
      sourceId: 'ONDCP_CS2010',
    });
    expect(corridorObservations.find((row) => row.id === 'C019')).toMatchObject({
      refYear: 2016,
      pctLow: 90,
      sourceId: 'INCSR2017',
      viaSourceId: 'EFE_2017_03_02',
    });
  });

  it('every published count gives its unit in Spanish too, with the same numbers', () => {
    expect(publishedGroupCounts.filter((row) => !row.unit.es)).toEqual([]);
    const numbers = (text: string) => text.match(/\d+/g) ?? [];
    for (const row of publishedGroupCounts)
      expect(numbers(row.unit.es!)).toEqual(numbers(row.unit.en));
    expect(publishedGroupCounts.find((row) => row.unit.en === 'cartels')?.unit.es).toBe('cárteles');
  });

  it('organizations with an English name give it in Spanish too', () => {
    const byId = new Map(organizations.map((o) => [o.id, o]));
    expect(byId.get('GULF')?.name).toEqual({ en: 'Gulf Cartel', es: 'Cártel del Golfo' });
    expect(byId.get('KT')?.name).toEqual({ en: 'Knights Templar', es: 'Caballeros Templarios' });
    // a name already in Spanish has no second one
    expect(byId.get('CJNG')?.name).toEqual({ en: 'Cártel de Jalisco Nueva Generación' });
    // every Spanish name is among the organization's aliases or a "Cártel de ..." rendering
    for (const o of organizations.filter((row) => row.name.es !== undefined))
      expect(o.aliases.includes(o.name.es!) || o.name.es!.startsWith('Cártel de')).toBe(true);
  });

  it('every corridor row gives its period in Spanish too', () => {
    const rows = [...corridorObservations, ...corridorStatements];
    expect(rows.filter((row) => !row.period.es)).toEqual([]);
    // the common wordings, rendered once for all rows that use them
    for (const row of rows.filter((r) => r.period.en === 'calendar year'))
      expect(row.period.es).toBe('año calendario');
    for (const row of rows.filter((r) => r.period.en === 'first half (Jan-Jun)'))
      expect(row.period.es).toBe('primer semestre (ene-jun)');
  });

  it('every corridor row gives its measure and reporter in Spanish too', () => {
    const rows = [...corridorObservations, ...corridorStatements];
    expect(rows.filter((row) => !row.measure.es || !row.reportedBy.es)).toEqual([]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    // as written in corridor/measures-es.csv and corridor/reported-by-es.csv
    expect(byId.get('C004')).toMatchObject({
      measure: { es: 'proporción de la cocaína detectada en tránsito hacia EE. UU.' },
      reportedBy: { es: 'ONDCP / grupo interinstitucional (Cocaine Smuggling in 2010)' },
    });
    expect(byId.get('C002')?.reportedBy.es).toBe('Departamento de Estado de EE. UU. (INCSR 2009)');
    expect(byId.get('C027')?.reportedBy).toEqual({
      en: 'DEA (as cited by UNODC)',
      es: 'DEA (citada por la UNODC)',
    });
    // a statement too
    expect(byId.get('C030')).toMatchObject({
      measure: { es: 'importancia de la ruta (cualitativa)' },
      reportedBy: { es: 'NDIC (NDTA 2008)' },
    });
  });

  it('every published count gives its date and counting body in Spanish too', () => {
    expect(
      publishedGroupCounts.filter((row) => !row.countingBody.es || !row.refDateText.es),
    ).toEqual([]);
    const byId = new Map(publishedGroupCounts.map((row) => [row.id, row]));
    // as written in groups/counting-bodies-es.csv; a body already in Spanish keeps its words
    expect(byId.get('P001')?.countingBody.es).toBe(
      'CRS (June S. Beittel), «según algunas versiones»',
    );
    expect(byId.get('P007')?.countingBody).toEqual({
      en: 'PGR officials',
      es: 'Funcionarios de la PGR',
    });
    // as written in groups/ref-dates-es.csv: months as Mexico abbreviates them
    expect(byId.get('P001')?.refDateText.es).toBe('dic. 2006 («según algunas versiones»)');
    expect(byId.get('P031')?.countingBody.es).toBe('BBC Mundo («especialistas y autoridades»)');
  });

  it.each([
    ['corridor/measures-es.csv', 'corridor/observations.csv', 'measure'],
    ['corridor/reported-by-es.csv', 'corridor/observations.csv', 'reported_by'],
    ['groups/counting-bodies-es.csv', 'groups/published_counts.csv', 'counting_body'],
    ['groups/ref-dates-es.csv', 'groups/published_counts.csv', 'ref_date_text'],
  ])(
    '%s renders each wording of %s once, nothing else, keeping its numbers and acronyms',
    (file, table, column) => {
      const renderings = readRaw(file);
      const wordings = new Set(readRaw(table).map((row) => row[column]!));
      // one row per wording of the table, and no row for a wording it does not have
      expect(renderings.map((row) => row[column]).sort()).toEqual([...wordings].sort());
      const numbers = (text: string) => text.match(/\d+/g) ?? [];
      // acronyms stay as the source writes them, except these, which are put in words
      const inWords: Record<string, string> = {
        US: 'EE. UU.',
        SEIZED: 'INCAUTADA',
        SAC: 'agente especial a cargo',
        FOI: 'acceso a la información',
      };
      for (const row of renderings) {
        const [english, spanish] = [row[column]!, row[`${column}_es`]!];
        expect(numbers(spanish), english).toEqual(numbers(english));
        for (const acronym of english.match(/\b[A-Z][A-Z0-9]+\b/g) ?? [])
          expect(spanish, english).toContain(inWords[acronym] ?? acronym);
      }
    },
  );

  it('qualitative rows are statements, not shares; all 56 raw rows are kept', () => {
    // 58 rows less the article's two statements (C031, C032), which are claims
    expect(corridorObservations.length + corridorStatements.length).toBe(56);
    const statementIds = corridorStatements.map((row) => row.id).sort();
    expect(statementIds).toEqual(['C028', 'C029', 'C030', 'C038', 'C039', 'C040']);
  });
});

describe('regions', () => {
  it('Mexico and its 32 states in INEGI order', () => {
    expect(regions.map((row) => row.inegiCode)).toEqual(
      Array.from({ length: 33 }, (_, i) => String(i).padStart(2, '0')),
    );
    expect(regionByCode('MX-CHH')?.name.es).toBe('Chihuahua');
    expect(regionByCode('MX-CMX')?.name).toEqual({ en: 'Mexico City', es: 'Ciudad de México' });
    expect(data.regionByInegiCode('9')?.code).toBe('MX-CMX');
    expect(regionByCode('MX-XXX')).toBeUndefined();
  });
});
