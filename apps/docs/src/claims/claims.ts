/**
 * Everything the page "What the 2017 article claimed, and what the data says" shows, computed from
 * `@usmx/data` by `@usmx/indicators`. The article's own figures are the rows the dataset records for
 * it (source `WILSON_2017`); nothing here is typed in.
 */
import {
  corridorObservations,
  homicideObservations,
  homicideSeries,
  organizations,
  publishedGroupCounts,
  sourceById,
  type HomicideSeries,
} from '@usmx/data';
import {
  balloonEffect,
  corridorShare,
  homicideTrend,
  MAJOR_LIST_YEARS,
  publishedCounts,
  splinterCount,
  type HomicideTrend,
  type PeriodComparison,
} from '@usmx/indicators';

/** The article under test, as the dataset cites it. */
export const articleSourceId = 'WILSON_2017';
export const article = sourceById(articleSourceId);

/** Last day of the article's publication month: the latest data it could have read. */
function articleDeadline(): string {
  const date = article?.date ?? '';
  const [year, month] = date.split('-').map(Number);
  if (!year || !month) throw new Error(`${articleSourceId} has no publication month`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date}-${String(lastDay).padStart(2, '0')}`;
}

/** The year-to-date window the article speaks of ("so far this year"): January to its last full month. */
export const articleAsOf = (() => {
  const [year, month] = articleDeadline().split('-').map(Number) as [number, number];
  return `${year}-${String(month - 1).padStart(2, '0')}`;
})();
const articleYear = Number(articleAsOf.slice(0, 4));

/** The release of a series that was public when the article appeared, if the dataset holds one. */
export function releaseAtArticleDate(series: HomicideSeries): string | undefined {
  return series.vintages.filter((vintage) => vintage <= articleDeadline()).at(-1);
}

function coversMonth(series: HomicideSeries, month: string): boolean {
  return (
    series.frequency === 'monthly' && series.coverage.from <= month && series.coverage.to >= month
  );
}

/** One series' year-to-date comparison for the article's window. */
export interface YtdRow {
  series: HomicideSeries;
  /** Release date used; `undefined` for the latest release. */
  vintage?: string;
  ytd: PeriodComparison;
  sourceIds: string[];
}

/**
 * Claim 1a, "homicides are up nearly 25 percent compared to last year": the same months of the
 * article's year and the year before, national, for every monthly series that covers them; first as
 * published when the article appeared (where the dataset holds that release), then as revised.
 */
export function homicideYtdRows(): YtdRow[] {
  const rows: YtdRow[] = [];
  for (const series of homicideSeries) {
    if (!coversMonth(series, articleAsOf)) continue;
    const vintages = [releaseAtArticleDate(series), undefined].filter(
      (vintage, index) => index === 1 || vintage !== undefined,
    );
    for (const vintage of vintages) {
      const trend = tryTrend(series.id, articleAsOf, vintage);
      if (trend?.ytd)
        rows.push({
          series,
          ...(vintage ? { vintage } : {}),
          ytd: trend.ytd,
          sourceIds: trend.sourceIds,
        });
    }
  }
  return rows;
}

function tryTrend(series: string, asOf: string, vintage?: string): HomicideTrend | undefined {
  try {
    return homicideTrend(homicideObservations, { series, asOf, ...(vintage ? { vintage } : {}) });
  } catch {
    // The release held for that date does not reach `asOf`: that series has no row here.
    return undefined;
  }
}

/** One series' record before the article's year and that year's total. */
export interface RecordRow {
  series: HomicideSeries;
  record: { year: number; value: number };
  /** The article's year, complete, in the latest release. */
  total: number;
  /** `(total / record - 1) * 100`. */
  abovePct: number;
  sourceIds: string[];
}

/**
 * Claim 1b, "2017 could be the most murderous year in history, exceeding the previous record in
 * 2011": every series of homicide deaths (INEGI) or intentional homicides (SESNSP) that reaches the
 * article's year complete, its highest year before, and the article's year as it turned out.
 */
export function recordRows(): RecordRow[] {
  const rows: RecordRow[] = [];
  for (const series of homicideSeries) {
    if (series.agency !== 'INEGI' && !series.crime.startsWith('intentional-homicide')) continue;
    if (series.coverage.to.slice(0, 4) < String(articleYear)) continue;
    const trend = tryTrend(series.id, `${articleYear}-12`);
    const total = trend?.annual.find((row) => row.year === articleYear)?.count;
    if (!trend?.record || total === undefined) continue;
    rows.push({
      series,
      record: trend.record,
      total,
      abovePct: (total / trend.record.value - 1) * 100,
      sourceIds: trend.sourceIds,
    });
  }
  return rows.sort((a, b) => a.record.year - b.record.year || b.total - a.total);
}

/** What the months known to the article said about the record: projection and its odds, per series with a record year. */
export function recordOutlook(seriesId: string): HomicideTrend {
  return homicideTrend(homicideObservations, { series: seriesId, asOf: articleAsOf });
}

/** The article's corridor figures, as the dataset records them. */
export const corridorClaims = corridorObservations.filter(
  (row) => row.sourceId === articleSourceId,
);

const [claimFrom, claimTo] = [
  Math.min(...corridorClaims.map((row) => row.refYear)),
  Math.max(...corridorClaims.map((row) => row.refYear)),
];

/** Claim 2, the corridor share between the article's two years and the balloon test over that window. */
export function corridorFindings(thresholdPp: number) {
  const share = corridorShare(corridorObservations);
  return {
    from: claimFrom,
    to: claimTo,
    years: share.years.filter((year) => year.refYear >= claimFrom && year.refYear <= claimTo),
    balloon: balloonEffect(corridorObservations, { from: claimFrom, to: claimTo, thresholdPp }),
    sourceIds: share.sourceIds,
  };
}

/** The article's count of organizations, as the dataset records it. */
export const splinterClaim = publishedGroupCounts.find((row) => row.sourceId === articleSourceId);

/** One counting rule's result at the start and the end of the article's span. */
export interface RuleCount {
  rule: string;
  definition: string;
  start: { year: number; count: number | null };
  end: { year: number; count: number | null };
}

/**
 * Claim 3, "from 5 or 6 major organizations to upwards of 20": the count at both ends of the
 * article's span under each lineage rule, and each published "major groups" list in its own year.
 */
export function splinterFindings() {
  const from = splinterClaim?.refYear ?? articleYear;
  const to = splinterClaim?.refYearTo ?? articleYear;
  const lineageRules = (['lineage', 'lineage-verified'] as const).map((rule): RuleCount => {
    const result = splinterCount(organizations, { from, to, rule });
    const at = (year: number) => ({
      year,
      count: result.years.find((row) => row.year === year)?.count ?? null,
    });
    return { rule, definition: result.definition, start: at(from), end: at(to) };
  });
  const lists = Object.entries(MAJOR_LIST_YEARS)
    .map(([rule, year]) => {
      const result = splinterCount(organizations, {
        year,
        rule: rule as keyof typeof MAJOR_LIST_YEARS,
      });
      return { rule, year, count: result.years[0]?.count ?? null, definition: result.definition };
    })
    .sort((a, b) => a.year - b.year);
  const published = publishedCounts(publishedGroupCounts).series.flatMap((series) =>
    series.points
      .filter(
        (point) =>
          point.sourceId !== articleSourceId && point.refYear >= from && point.refYear <= to,
      )
      .map((point) => ({ unit: series.unit, ...point })),
  );
  return {
    from,
    to,
    lineageRules,
    lists,
    published: published.sort((a, b) => a.refYear - b.refYear),
  };
}
