import {
  homicideObservationSchema,
  homicideSeriesSchema,
  type HomicideObservation,
  type HomicideSeries,
} from '../../src/schemas/homicides.js';
import type { Source } from '../../src/schemas/sources.js';
import { packHomicideColumns, type HomicideColumns } from '../../src/homicides/columnar.js';
import type { HomicideSeriesEntry } from '../../src/homicides/series-entry.js';
import { regionByCode, regions } from '../../src/regions.js';
import {
  inegiOccurrenceMonthly,
  inegiPressFigures,
  inegiRegistrationMonthly,
  mxmortalitydbAnnual,
  nationalAnnualTable,
} from './inegi.js';
import { observationKey } from './observation.js';
import { sesnspNewMethod, sesnspOldIncidents, sesnspVictimVintages } from './sesnsp.js';
import { seriesDefinitions } from './series.js';
import { homicideFileSources } from './sources.js';
import { writeDataModule, writeGenerated } from '../lib/write-module.js';

/** Reads every raw homicide file into observations, plus the sources they cite. */
export function readHomicides(): { observations: HomicideObservation[]; sources: Source[] } {
  const table = nationalAnnualTable();
  const press = inegiPressFigures(table);
  const victims = sesnspVictimVintages();
  const observations = [
    ...inegiRegistrationMonthly(),
    ...table,
    ...press.observations,
    ...mxmortalitydbAnnual(),
    ...inegiOccurrenceMonthly(),
    ...sesnspOldIncidents(),
    ...victims.observations,
    ...sesnspNewMethod(),
  ].map(withoutUndefined);
  const fileSources = Object.values(homicideFileSources).map(({ id, source }) => ({
    id,
    ...source,
  }));
  return { observations, sources: [...fileSources, ...press.sources, ...victims.sources] };
}

function withoutUndefined(row: HomicideObservation): HomicideObservation {
  return Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== undefined),
  ) as HomicideObservation;
}

const regionOrder = new Map(regions.map((region, index) => [region.code, index]));

function compareRows(a: HomicideObservation, b: HomicideObservation): number {
  return (
    regionOrder.get(a.region)! - regionOrder.get(b.region)! ||
    a.vintage.localeCompare(b.vintage) ||
    a.year - b.year ||
    (a.month ?? 0) - (b.month ?? 0)
  );
}

/** Checks every observation (schema, region, source, series, unique key); throws naming the row. */
export function validateHomicides(
  observations: readonly HomicideObservation[],
  sourceIds: ReadonlySet<string>,
): void {
  const seriesIds = new Set(seriesDefinitions.map((series) => series.id));
  const keys = new Set<string>();
  for (const row of observations) {
    const key = observationKey(row);
    const result = homicideObservationSchema.safeParse(row);
    if (!result.success)
      throw new Error(
        `homicide observation ${key}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    if (!regionByCode(row.region)) throw new Error(`homicide observation ${key}: unknown region`);
    if (!sourceIds.has(row.sourceId))
      throw new Error(`homicide observation ${key}: unknown sourceId ${row.sourceId}`);
    if (!seriesIds.has(row.seriesId))
      throw new Error(`homicide observation ${key}: no such series`);
    if (keys.has(key)) throw new Error(`homicide observation ${key}: duplicate key`);
    keys.add(key);
  }
}

function period(row: HomicideObservation): string {
  return row.month === undefined
    ? String(row.year)
    : `${row.year}-${String(row.month).padStart(2, '0')}`;
}

/** Series rows with coverage, vintages and sources computed from their observations. */
export function buildSeries(observations: readonly HomicideObservation[]): HomicideSeries[] {
  return seriesDefinitions.map((definition) => {
    const rows = observations.filter((row) => row.seriesId === definition.id);
    if (rows.length === 0) throw new Error(`series ${definition.id} has no observations`);
    const periods = rows.map(period).sort();
    const hasStates = rows.some((row) => row.region !== 'MX');
    if (hasStates !== (definition.geography === 'national-and-states'))
      throw new Error(`series ${definition.id}: geography does not match its rows`);
    if (rows.some((row) => (row.month === undefined) !== (definition.frequency === 'annual')))
      throw new Error(`series ${definition.id}: frequency does not match its rows`);
    const series: HomicideSeries = {
      ...definition,
      coverage: { from: periods[0]!, to: periods.at(-1)! },
      vintages: [...new Set(rows.map((row) => row.vintage))].sort(),
      sourceIds: [...new Set(rows.map((row) => row.sourceId))].sort(),
    };
    const result = homicideSeriesSchema.safeParse(series);
    if (!result.success) {
      throw new Error(
        `series ${definition.id}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    }
    return series;
  });
}

/** Writes one columnar module per series and scope, the lazy loaders, and the all-rows module. */
export function writeHomicides(
  observations: readonly HomicideObservation[],
  series: readonly HomicideSeries[],
  sourcesOf: (ids: readonly string[]) => Source[],
): Map<string, number> {
  const sizes = new Map<string, number>();
  const loaders: string[] = [];
  const seriesLoaders: string[] = [];
  const all: HomicideColumns[] = [];
  for (const row of series) {
    const { id } = row;
    const entry: HomicideSeriesEntry = { series: row, sources: sourcesOf(row.sourceIds) };
    const entryName = `homicides/${id}.series`;
    sizes.set(
      entryName,
      writeDataModule(entryName, entry, 'HomicideSeriesEntry', '../../homicides/series-entry.js'),
    );
    seriesLoaders.push(`  '${id}': () => import('./${entryName}.js'),`);
    const rows = observations.filter((row) => row.seriesId === id).sort(compareRows);
    const scopes = {
      national: rows.filter((row) => row.region === 'MX'),
      states: rows.filter((row) => row.region !== 'MX'),
    };
    const entries: string[] = [];
    for (const [scope, scopeRows] of Object.entries(scopes)) {
      if (scopeRows.length === 0) continue;
      const name = `homicides/${id}.${scope}`;
      const columns = packHomicideColumns(id, scopeRows);
      sizes.set(
        name,
        writeDataModule(name, columns, 'HomicideColumns', '../../homicides/columnar.js'),
      );
      entries.push(`    ${scope}: () => import('./${name}.js'),`);
      all.push(columns);
    }
    loaders.push(`  '${id}': {\n${entries.join('\n')}\n  },`);
  }
  const header = '// Generated by scripts/build-data.ts from raw/. Do not edit.\n';
  writeGenerated(
    'homicide-loaders.ts',
    `${header}import type { HomicideColumns } from '../homicides/columnar.js';\nimport type { HomicideSeriesEntry } from '../homicides/series-entry.js';\n\ntype Loader = () => Promise<{ default: HomicideColumns }>;\n\n/** Lazy loaders of each series' national and state columns. */\nexport const homicideLoaders: Record<string, { national?: Loader; states?: Loader }> = {\n${loaders.join('\n')}\n};\n\n/** Lazy loaders of each series' description and the sources it cites. */\nexport const homicideSeriesLoaders: Record<string, () => Promise<{ default: HomicideSeriesEntry }>> = {\n${seriesLoaders.join('\n')}\n};\n`,
  );
  // A separate copy of every chunk: sharing the lazily loaded files with this eager table would make
  // some bundlers (esbuild) load every chunk eagerly in apps that only use the loader.
  writeDataModule(
    'homicide-columns',
    all,
    'readonly HomicideColumns[]',
    '../homicides/columnar.js',
  );
  writeDataModule(
    'homicide-series',
    series,
    'readonly HomicideSeries[]',
    '../schemas/homicides.js',
  );
  return sizes;
}
