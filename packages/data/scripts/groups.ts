import {
  leadershipEventSchema,
  leadershipEventType,
  majorGroupList,
  organizationSchema,
  publishedGroupCountSchema,
} from '../src/schemas/groups.js';
import type {
  LeadershipEvent,
  MajorGroupList,
  Organization,
  PublishedGroupCount,
} from '../src/schemas/groups.js';
import { checkRow, citationCells, citationColumns, yearSpan } from './lib/checked-row.js';
import { readRawCsv, type RawRow } from './lib/raw-csv.js';
import { readSpanishRenderings } from './lib/spanish-renderings.js';

function list(row: RawRow, column: string): string[] {
  return (row.optionalText(column) ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

function yesNo(row: RawRow, column: string): boolean {
  return row.oneOf(column, ['yes', 'no']) === 'yes';
}

/** Column of organizations.csv for each published "major groups" list. */
const majorListColumns: Record<MajorGroupList, string> = {
  CRS_2006_four: 'major_CRS_2006_four',
  PGR_end_Fox_seven: 'major_PGR_end_Fox_seven',
  DEA_seven_CRS2015: 'major_DEA_seven_CRS2015',
  PGR_2012_eight: 'major_PGR_2012_eight',
  PGR_2014_nine: 'major_PGR_2014_nine',
  Lantia_2014_nine: 'major_Lantia_2014_nine',
  DEA_NDTA2019_six: 'major_DEA_NDTA2019_six',
  BACRIM2020: 'in_BACRIM2020_list',
};

/** `1990` as is; `1930s (...)` as its first year, keeping the wording; blank as absent. */
function yearFounded(row: RawRow): { yearFounded?: number; yearFoundedText?: string } {
  const text = row.optionalText('year_founded_or_split');
  if (text === undefined) return {};
  if (/^\d{4}$/.test(text)) return { yearFounded: Number(text) };
  const decade = /^(\d{3}0)s\b/.exec(text);
  if (!decade) row.fail('year_founded_or_split', 'expected a year or a decade like 1930s');
  return { yearFounded: Number(decade[1]), yearFoundedText: text };
}

/**
 * The Spanish name of each organization whose `name` is English (`Gulf Cartel`: `Cártel del
 * Golfo`), from `groups/names-es.csv`; an id there that no organization has stops the build.
 */
function spanishNames(ids: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of readRawCsv('groups/names-es.csv', ['org_id', 'name_es'])) {
    const id = row.text('org_id');
    if (!ids.has(id)) row.fail('org_id', 'no organization has this id');
    names.set(id, row.text('name_es'));
  }
  return names;
}

export function readOrganizations(): Organization[] {
  const rows = readRawCsv('groups/organizations.csv', [
    'org_id',
    'name',
    'aliases',
    'parent_org_ids',
    'origin_type',
    'year_founded_or_split',
    'year_split_verified',
    'year_ceased_major_independent',
    ...Object.values(majorListColumns),
    'source_ids',
    'verified',
    'notes',
  ]);
  const organizations = rows.map((row) =>
    checkRow(
      organizationSchema,
      row,
      {
        id: row.text('org_id'),
        name: { en: row.text('name') },
        aliases: list(row, 'aliases'),
        parentIds: list(row, 'parent_org_ids'),
        originType: row.text('origin_type'),
        ...yearFounded(row),
        yearFoundedVerified: row.oneOf('year_split_verified', ['true', 'false']) === 'true',
        yearCeased:
          row.optionalText('year_ceased_major_independent') === undefined
            ? undefined
            : row.year('year_ceased_major_independent'),
        majorLists: majorGroupList.options.filter((name) => yesNo(row, majorListColumns[name])),
        sourceIds: list(row, 'source_ids'),
        verified: row.oneOf('verified', ['true', 'partial', 'false']),
        notes: row.optionalText('notes'),
      },
      {
        id: 'org_id',
        parentIds: 'parent_org_ids',
        yearFounded: 'year_founded_or_split',
        yearCeased: 'year_ceased_major_independent',
        sourceIds: 'source_ids',
      },
    ),
  );
  const spanish = spanishNames(new Set(organizations.map((organization) => organization.id)));
  return organizations.map((organization) => {
    const es = spanish.get(organization.id);
    return es === undefined
      ? organization
      : { ...organization, name: { ...organization.name, es } };
  });
}

export function readLeadershipEvents(): LeadershipEvent[] {
  const rows = readRawCsv('groups/leadership_events.csv', [
    'event_id',
    'date',
    'date_precision',
    'org_id',
    'person',
    'alias',
    'event_type',
    'place',
    'actor',
    'source_ids',
    'verified',
    'notes',
  ]);
  return rows.map((row) => {
    const precision = row.oneOf('date_precision', ['day', 'month', 'year']);
    const date = row.text('date');
    const pattern = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[
      precision
    ];
    if (!pattern.test(date)) row.fail('date', `does not match date_precision ${precision}`);
    return checkRow(
      leadershipEventSchema,
      row,
      {
        id: row.text('event_id'),
        date,
        datePrecision: precision,
        organizationId: row.text('org_id'),
        person: row.text('person'),
        alias: row.optionalText('alias'),
        type: row.oneOf('event_type', leadershipEventType.options),
        place: row.optionalText('place'),
        actor: row.optionalText('actor'),
        sourceIds: list(row, 'source_ids'),
        verified: row.oneOf('verified', ['true', 'partial', 'false']),
        notes: row.optionalText('notes'),
      },
      { id: 'event_id', organizationId: 'org_id', type: 'event_type', sourceIds: 'source_ids' },
    );
  });
}

/**
 * Published counts, each with its date wording, unit and counting body in Spanish from
 * `groups/ref-dates-es.csv`, `groups/units-es.csv` and `groups/counting-bodies-es.csv` (the build
 * stops on a wording without one).
 */
export function readPublishedCounts(): PublishedGroupCount[] {
  const rows = readRawCsv('groups/published_counts.csv', [
    'count_id',
    'ref_year',
    'ref_date_text',
    'count_low',
    'count_high',
    'unit',
    'scope',
    'counting_body',
    'source_id',
    'publication_date',
    ...citationColumns,
  ]);
  const refDateText = readSpanishRenderings('groups/ref-dates-es.csv', 'ref_date_text');
  const unit = readSpanishRenderings('groups/units-es.csv', 'unit');
  const countingBody = readSpanishRenderings('groups/counting-bodies-es.csv', 'counting_body');
  return rows.map((row) => {
    const countLow = row.count('count_low');
    const countHigh = row.count('count_high');
    if (countLow > countHigh) row.fail('count_low', 'count_low is above count_high');
    return checkRow(
      publishedGroupCountSchema,
      row,
      {
        id: row.text('count_id'),
        ...yearSpan(row, 'ref_year'),
        refDateText: refDateText(row),
        countLow,
        countHigh,
        unit: unit(row),
        scope: row.text('scope'),
        countingBody: countingBody(row),
        sourceId: row.text('source_id'),
        publicationDate: row.optionalText('publication_date'),
        ...citationCells(row),
      },
      {
        id: 'count_id',
        refYear: 'ref_year',
        refYearTo: 'ref_year',
        refDateText: 'ref_date_text',
        countingBody: 'counting_body',
        sourceId: 'source_id',
        publicationDate: 'publication_date',
      },
    );
  });
}
