/**
 * Reads the raw CSVs in raw/, validates every row, reshapes them into the published tables and
 * writes them to src/generated/. Exits non-zero, naming the file and row, on anything it cannot place.
 */
import { sourceSchema, type Source } from '../src/schemas/sources.js';
import { readClaims } from './claims.js';
import { readCorridor } from './corridor.js';
import { readLeadershipEvents, readOrganizations, readPublishedCounts } from './groups.js';
import {
  buildSeries,
  readHomicides,
  validateHomicides,
  writeHomicides,
} from './homicides/build.js';
import { readMarkdownSources } from './lib/markdown-sources.js';
import { readRawCsv } from './lib/raw-csv.js';
import { regions } from '../src/regions.js';
import { resetGenerated, writeDataModule } from './lib/write-module.js';

/** Sources from every table; a source listed in two SOURCES.md files is kept once, notes merged. */
function mergeSources(lists: readonly Source[][]): Source[] {
  const byId = new Map<string, Source>();
  for (const source of lists.flat()) {
    const kept = byId.get(source.id);
    if (!kept) {
      const result = sourceSchema.safeParse(source);
      if (!result.success)
        throw new Error(
          `source ${source.id}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
        );
      byId.set(source.id, source);
    } else if (kept.url !== source.url) {
      throw new Error(
        `source ${source.id} is listed twice with different URLs (${kept.url} vs ${source.url})`,
      );
    } else {
      kept.notes = [kept.notes, source.notes].filter(Boolean).join(' | ');
    }
  }
  return [...byId.values()];
}

/** Throws unless `regions` lists the states of raw/homicides/state_codes.csv, in its order and with its names. */
function checkRegions(): void {
  const states = regions.filter((region) => region.level === 'state');
  const rows = readRawCsv('homicides/state_codes.csv', ['state_code', 'state_name']);
  if (rows.length !== states.length)
    throw new Error(`regions: ${states.length} states, state_codes.csv has ${rows.length}`);
  rows.forEach((row, i) => {
    const region = states[i]!;
    if (row.text('state_code') !== region.inegiCode)
      row.fail('state_code', `regions lists ${region.inegiCode} (${region.code}) here`);
    if (row.text('state_name') !== region.name.es)
      row.fail('state_name', `regions names ${region.code} "${region.name.es}"`);
  });
}

function requireIds(
  what: string,
  ids: readonly (string | undefined)[],
  known: ReadonlySet<string>,
): void {
  for (const id of ids)
    if (id !== undefined && !known.has(id)) throw new Error(`${what}: unknown id ${id}`);
}

/**
 * The sources `ids` cite, with the sources they were read through (`viaSourceId`), in the order
 * of `sources`: what a page showing one table family needs to print its citations.
 */
function citedSources(sources: readonly Source[], ids: Iterable<string | undefined>): Source[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const cited = new Set<string>();
  const add = (id: string | undefined): void => {
    if (id === undefined || cited.has(id)) return;
    cited.add(id);
    add(byId.get(id)?.viaSourceId);
  };
  for (const id of ids) add(id);
  return sources.filter((source) => cited.has(source.id));
}

/**
 * Throws when a row marked verified (`true` or `partial`) cites no source: a fact read in stored
 * material names where it was read. Unverified rows (`false`) say why in their notes.
 */
function requireSourceWhenVerified(
  what: string,
  rows: readonly { id: string; verified: string; sourceIds: readonly string[] }[],
): void {
  for (const row of rows)
    if (row.verified !== 'false' && row.sourceIds.length === 0)
      throw new Error(`${what} ${row.id}: verified ${row.verified} but cites no source`);
}

/** Throws when following parent ids from any organization leads back to it. */
function checkLineage(organizations: readonly { id: string; parentIds: string[] }[]): void {
  const parents = new Map(organizations.map((org) => [org.id, org.parentIds]));
  const visit = (id: string, path: string[]): void => {
    if (path.includes(id))
      throw new Error(`organizations: lineage cycle ${[...path, id].join(' -> ')}`);
    for (const parent of parents.get(id) ?? []) visit(parent, [...path, id]);
  };
  for (const org of organizations) visit(org.id, []);
}

function main(): void {
  const started = performance.now();
  const homicides = readHomicides();
  const corridor = readCorridor();
  const organizations = readOrganizations();
  const leadershipEvents = readLeadershipEvents();
  const publishedGroupCounts = readPublishedCounts();
  const claims = readClaims();
  const sources = mergeSources([
    homicides.sources,
    readMarkdownSources('corridor/SOURCES.md'),
    readMarkdownSources('groups/SOURCES.md'),
  ]);
  const sourceIds = new Set(sources.map((source) => source.id));

  requireIds(
    'sources viaSourceId',
    sources.map((source) => source.viaSourceId),
    sourceIds,
  );
  for (const row of [...corridor.observations, ...corridor.statements])
    requireIds(`corridor ${row.id}`, [row.sourceId, row.viaSourceId], sourceIds);
  for (const org of organizations) requireIds(`organization ${org.id}`, org.sourceIds, sourceIds);
  for (const event of leadershipEvents)
    requireIds(`leadership event ${event.id}`, event.sourceIds, sourceIds);
  requireSourceWhenVerified('organization', organizations);
  requireSourceWhenVerified('leadership event', leadershipEvents);
  for (const count of publishedGroupCounts)
    requireIds(`published count ${count.id}`, [count.sourceId], sourceIds);
  const claimRowIds = new Set(
    [...corridor.observations, ...publishedGroupCounts].map((row) => row.id),
  );
  const countIds = new Set(publishedGroupCounts.map((count) => count.id));
  for (const claim of claims) {
    requireIds(`claim ${claim.id}`, [claim.sourceId], sourceIds);
    requireIds(`claim ${claim.id} rowIds`, claim.rowIds, claimRowIds);
    if (claim.test.indicator === 'group-count')
      requireIds(`claim ${claim.id} publishedCountIds`, claim.test.publishedCountIds, countIds);
  }
  const orgIds = new Set(organizations.map((org) => org.id));
  for (const org of organizations)
    requireIds(`organization ${org.id} parentIds`, org.parentIds, orgIds);
  for (const event of leadershipEvents)
    requireIds(`leadership event ${event.id} organizationId`, [event.organizationId], orgIds);
  checkLineage(organizations);
  checkRegions();
  validateHomicides(homicides.observations, sourceIds);

  const series = buildSeries(homicides.observations);
  resetGenerated();
  const sizes = writeHomicides(homicides.observations, series, (ids) => citedSources(sources, ids));
  writeDataModule('sources', sources, 'readonly Source[]', '../schemas/sources.js');
  const citedBy = {
    homicides: [
      ...series.flatMap((row) => row.sourceIds),
      ...homicides.observations.map((row) => row.sourceId),
    ],
    corridor: [...corridor.observations, ...corridor.statements].flatMap((row) => [
      row.sourceId,
      row.viaSourceId,
    ]),
    groups: [
      ...organizations.flatMap((row) => row.sourceIds),
      ...leadershipEvents.flatMap((row) => row.sourceIds),
      ...publishedGroupCounts.map((row) => row.sourceId),
    ],
    claims: claims.map((row) => row.sourceId),
  };
  for (const [table, ids] of Object.entries(citedBy))
    writeDataModule(
      `sources-${table}`,
      citedSources(sources, ids),
      'readonly Source[]',
      '../schemas/sources.js',
    );
  writeDataModule(
    'corridor-observations',
    corridor.observations,
    'readonly CorridorObservation[]',
    '../schemas/corridor.js',
  );
  writeDataModule(
    'corridor-statements',
    corridor.statements,
    'readonly CorridorStatement[]',
    '../schemas/corridor.js',
  );
  writeDataModule(
    'organizations',
    organizations,
    'readonly Organization[]',
    '../schemas/groups.js',
  );
  writeDataModule(
    'leadership-events',
    leadershipEvents,
    'readonly LeadershipEvent[]',
    '../schemas/groups.js',
  );
  writeDataModule(
    'published-group-counts',
    publishedGroupCounts,
    'readonly PublishedGroupCount[]',
    '../schemas/groups.js',
  );

  writeDataModule('claims', claims, 'readonly Claim[]', '../schemas/claims.js');
  const largest = [...sizes].sort((a, b) => b[1] - a[1])[0];
  console.log(
    [
      `build-data: ${homicides.observations.length} homicide observations in ${series.length} series`,
      `(${sizes.size} chunks, largest ${largest?.[0]} ${Math.round((largest?.[1] ?? 0) / 1024)} KiB);`,
      `${corridor.observations.length} corridor observations + ${corridor.statements.length} statements;`,
      `${organizations.length} organizations, ${leadershipEvents.length} leadership events, ${publishedGroupCounts.length} published counts;`,
      `${claims.length} claims;`,
      `${sources.length} sources; ${Math.round(performance.now() - started)} ms`,
    ].join(' '),
  );
}

try {
  main();
} catch (error) {
  console.error(`build-data failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
