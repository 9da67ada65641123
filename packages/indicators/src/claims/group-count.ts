import type {
  Claim,
  ClaimedRange,
  Organization,
  PublishedGroupCount,
  Source,
} from '@usmx/data/schemas';
import { splinterCount } from '../splinter-count/splinter-count.js';
import { publishedBy, withinTolerance } from './ranges.js';
import type { ClaimReadings } from './readings.js';
import type { Bilingual, ClaimReading } from './types.js';

type CountTest = Extract<Claim['test'], { indicator: 'group-count' }>;

const ruleLabels: Record<string, Bilingual> = {
  lineage: {
    en: 'lineage count (every dated organization active that year)',
    es: 'conteo por linaje (toda organización fechada activa ese año)',
  },
  'lineage-verified': {
    en: 'lineage count, only founding years read in a source',
    es: 'conteo por linaje, solo años de fundación leídos en una fuente',
  },
};

function ruleLabel(rule: string): Bilingual {
  return ruleLabels[rule] ?? { en: `published list ${rule}`, es: `lista publicada ${rule}` };
}

/** Whether a rule or unit is the claim's own definition, and whether it counts toward the verdict. */
function definitionOf(
  test: CountTest,
  name: string,
): Pick<ClaimReading, 'sameDefinition' | 'counted'> {
  const own = test.definitions.own.includes(name);
  return { sameDefinition: own, counted: own || test.definitions.other.includes(name) };
}

/** Counting-rule readings: the count in the claim's year (and first year), and whether both agree. */
function ruleReadings(organizations: readonly Organization[], test: CountTest): ClaimReading[] {
  return test.rules.map((rule) => {
    const at = (year: number) => splinterCount(organizations, { year, rule });
    const count = at(test.year);
    const last = count.years[0]!;
    const first = test.fromYear === undefined ? undefined : at(test.fromYear).years[0]!;
    const reading: ClaimReading = {
      id: rule,
      kind: 'counting-rule',
      label: ruleLabel(rule),
      asOf: 'latest',
      vintage: null,
      value: last.count === null ? null : { low: last.count, high: last.count },
      unit: 'groups',
      ...definitionOf(test, rule),
      agrees: null,
      sourceIds: count.sourceIds,
    };
    if (first?.count !== undefined && first.count !== null)
      reading.reference = { year: first.year, value: first.count };
    const missing = [last, first].find((year) => year !== undefined && year.count === null);
    if (missing) {
      reading.note = { en: missing.reason!, es: missing.reason! };
      return reading;
    }
    const inRange = (value: number, claimed: ClaimedRange) =>
      withinTolerance({ low: value, high: value }, claimed, test.toleranceCount);
    reading.agrees =
      inRange(last.count!, test.claimed) &&
      (first === undefined ||
        test.claimedFrom === undefined ||
        inRange(first.count!, test.claimedFrom));
    return reading;
  });
}

/** The claimed range a published count is compared with: the claim's year, or its first year when nearer. */
function claimedFor(row: PublishedGroupCount, test: CountTest): ClaimedRange {
  if (test.fromYear === undefined || test.claimedFrom === undefined) return test.claimed;
  return Math.abs(row.refYear - test.fromYear) < Math.abs(row.refYear - test.year)
    ? test.claimedFrom
    : test.claimed;
}

/**
 * The count under each counting rule (now), and each published count named by the claim (now,
 * and as published by the claim's date). Which rules and units are the claim's own, and which
 * other ones are plausible, is the claim row's `definitions`; a published count not marked
 * verified says so in its note.
 */
export function groupCountReadings(
  test: CountTest,
  claimDate: string,
  organizations: readonly Organization[],
  counts: readonly PublishedGroupCount[],
  sources: ReadonlyMap<string, Source>,
): ClaimReadings {
  const published = test.publishedCountIds
    .map((id) => counts.find((row) => row.id === id))
    .filter((row): row is PublishedGroupCount => row !== undefined)
    .map((row) => {
      const value = { low: row.countLow, high: row.countHigh };
      const reading: ClaimReading = {
        id: row.id,
        kind: 'published-count',
        label: {
          en: `${row.refDateText.en}: ${row.countingBody.en}, ${row.unit.en}`,
          es: `${row.refDateText.es ?? row.refDateText.en}: ${row.countingBody.es ?? row.countingBody.en}, ${row.unit.es ?? row.unit.en}`,
        },
        asOf: 'latest',
        vintage: row.publicationDate ?? sources.get(row.sourceId)?.date ?? null,
        value,
        unit: 'groups',
        ...definitionOf(test, row.unit.en),
        agrees: withinTolerance(value, claimedFor(row, test), test.toleranceCount),
        ...(row.verified === 'false'
          ? {
              note: {
                en: 'not found at its source (unverified)',
                es: 'no se encontró en su fuente (sin verificar)',
              },
            }
          : {}),
        sourceIds: [row.sourceId],
      };
      return reading;
    });
  return {
    now: [...ruleReadings(organizations, test), ...published],
    atClaimDate: published
      .filter((reading) => publishedBy(reading.vintage ?? undefined, claimDate))
      .map((reading) => ({ ...reading, asOf: 'claim-date' as const })),
  };
}
