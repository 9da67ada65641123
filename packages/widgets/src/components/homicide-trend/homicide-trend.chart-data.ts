/**
 * What `<usmx-homicide-trend>` computes before it draws: its attributes checked, the indicator run
 * on the embedded series or on the reader's rows, and the chart's model. A chunk of its own, loaded
 * with the first widget while the series downloads (`homicide-trend.embedded.ts`). The indicator
 * runs without zod (`homicideTrendOfValidRows`): the schema loads only to explain rows a reader
 * gave that it rejects.
 */
import { homicideSeriesIds } from '@usmx/data/homicides';
import type { HomicideObservation } from '@usmx/data/schemas';
import { regionByCode } from '@usmx/data/sources';
import {
  homicideTrendOfValidRows,
  homicideTrendOptionIssues,
  isIndicatorInputError,
  yearRangeIssues,
  type HomicideTrend,
} from '@usmx/indicators/homicide-trend';
import {
  attributeIssues,
  numberAttribute,
  textAttribute,
  type OptionAttributes,
} from '../../internal/attribute-options.js';
import {
  invalidAttribute,
  invalidAttributes,
  WidgetError,
  type ErrorIssue,
} from '../../internal/errors.js';
import type { Lang, Locale } from '../../internal/i18n.js';
import { once } from '../../internal/once.js';
import { sourceRefs } from '../../internal/source-refs.js';
import type { HomicideTrendProblemWords } from '../../locales/issue-locale.js';
import { loadLocale } from '../../locales/load.js';
import { commonWords } from '../../locales/words.js';
import type { UsmxHomicideTrend } from './homicide-trend.component.js';
import { chosenSeries, DEFAULT_HOMICIDE_SERIES } from './homicide-trend.attributes.js';
import { embeddedSeries, seriesEntry } from './homicide-trend.embedded.js';
import {
  homicideTrendModel,
  type HomicideTrendModel,
  type Measure,
} from './homicide-trend.model.js';

/** The widget, as its chart's data needs it. */
export interface ChartRequest {
  readonly element: UsmxHomicideTrend;
  /** What the reader gave instead of the embedded dataset (`data` or the `src` URL), if anything. */
  readonly userData: string | undefined;
  /** Words the indicator's rejection of the reader's rows (the element's `rowsError`). */
  readonly rowsError: (error: unknown) => Promise<unknown>;
}

/**
 * The model of the chart the element's attributes ask for, in `locale`; throws the widget error
 * to show instead. `signal` aborts a file download this load no longer needs.
 */
export async function homicideTrendChart(
  { element, userData, rowsError }: ChartRequest,
  locale: Locale,
  signal: AbortSignal,
): Promise<HomicideTrendModel> {
  const { lang } = locale;
  const options = await readOptions(element, lang);
  const region = regionByCode(options.region);
  if (!region) {
    throw invalidAttribute(
      'region',
      options.region,
      (await problemWords(lang)).unknownRegion,
      lang,
    );
  }
  const seriesId = options.series ?? (userData ? undefined : DEFAULT_HOMICIDE_SERIES);
  // the reader's rows need the description of a known series only, not its embedded rows
  const embedded =
    seriesId === undefined || userData ? undefined : embeddedSeries(seriesId, options.region);
  if (!userData && !embedded) {
    throw invalidAttribute(
      'series',
      seriesId,
      commonWords(lang).expectedOneOf(homicideSeriesIds.join(', ')),
      lang,
    );
  }
  const entry = await embedded?.entry;
  if (entry?.series.geography === 'national' && options.region !== 'MX') {
    throw invalidAttribute('region', options.region, (await problemWords(lang)).nationalOnly, lang);
  }

  const read = userData ? (await loadReader()).readHomicideObservations : undefined;
  const user =
    element.data !== undefined
      ? await read?.({ data: element.data }, lang)
      : element.src
        ? await read?.(
            {
              src: element.src,
              series: seriesId ?? 'user-data',
              signal,
              maxBytes: element.maxFileSize,
              ...(options.vintage ? { vintage: options.vintage } : {}),
            },
            lang,
          )
        : undefined;
  const observations = user ? user.rows : await embedded!.rows;
  const series = seriesId ?? observations[0]?.seriesId;
  const selection = {
    ...(series ? { series } : {}),
    region: options.region,
    ...(options.vintage ? { vintage: options.vintage } : {}),
  };
  let result: HomicideTrend;
  try {
    result = homicideTrendOfValidRows(observations, {
      ...selection,
      ...(options.asOf ? { asOf: options.asOf } : {}),
    });
    // with no as-of, the chart sums up to the latest month up to the end of `to`
    const end = `${options.to}-12`;
    if (!options.asOf && options.to !== undefined && end < result.asOf)
      result = homicideTrendOfValidRows(observations, { ...selection, asOf: end });
  } catch (error) {
    // the reader's rows are checked field by field only when they fail: the error then lists each
    await user?.explain();
    throw await rowsError(await attributeError(error, series, options, lang));
  }
  const rows = observations.filter(
    (row) =>
      row.seriesId === result.series &&
      row.region === options.region &&
      (!options.vintage || row.vintage <= options.vintage),
  );
  // the description of a known series the reader's rows belong to
  const described = entry ?? (await seriesEntry(result.series));
  return homicideTrendModel(result, {
    locale,
    measure: options.measure,
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(described
      ? {
          seriesTitle: described.series.title,
          unit: described.series.unit,
          methodology: described.series.methodology,
        }
      : {}),
    regionName: region.name[locale.lang],
    sources: sourceRefs(result.sourceIds, described?.sources ?? []),
    ...populationOf(rows, result.asOf),
  });
}

/** The reader of a reader's rows, loaded only for them. */
const loadReader = once(() => import('./homicide-trend.reader-rows.js'));

/** The attribute behind each option of `homicideTrend`. */
const ATTRIBUTE_OF_OPTION: OptionAttributes = {
  asOf: ['as-of'],
  vintage: ['vintage'],
  series: ['series'],
  region: ['region'],
};

/**
 * The indicator's rejection (known by `isIndicatorInputError`, the guard loaded with the
 * indicator) of the month, region, release or series the attributes chose, worded in the widget's
 * language `lang` and naming the attribute to change; any other error (the rows themselves)
 * unchanged. The month is `as-of` when set; else the default, the last month up to
 * `to` or in the release of `vintage`; else the data itself is what is wrong.
 */
async function attributeError(
  error: unknown,
  series: string | undefined,
  options: Options,
  lang: Lang,
): Promise<unknown> {
  if (!isIndicatorInputError(error)) return error;
  const { issues } = error;
  const [first] = issues;
  if (!first) return error;
  const t = await problemWords(lang);
  switch (first.code) {
    case 'unknown-region':
      return new WidgetError('empty', t.noObservations(series, options.region), [
        { code: first.code, column: 'region', value: options.region, reason: t.noRegionRows },
      ]);
    case 'no-release':
      return invalidAttribute(
        'vintage',
        options.vintage,
        t.noRelease(series, String(options.vintage), first.params.earliest),
        lang,
      );
    case 'outside-months':
    case 'outside-years':
    case 'before-series-start':
    case 'missing-month': {
      const attribute =
        options.asOf !== undefined
          ? 'as-of'
          : options.to !== undefined
            ? 'to'
            : options.vintage !== undefined
              ? 'vintage'
              : undefined;
      const reason = t.asOf(issues, attribute);
      if (attribute === undefined) return new WidgetError('invalid-data', reason);
      const value = { 'as-of': options.asOf, to: options.to, vintage: options.vintage }[attribute];
      return invalidAttribute(attribute, value, reason, lang);
    }
  }
  if (issues.some((issue) => !Object.hasOwn(ATTRIBUTE_OF_OPTION, String(issue.path[0]))))
    return error;
  return invalidAttributes(await attributeIssues(issues, ATTRIBUTE_OF_OPTION, lang), lang);
}

interface Options {
  region: string;
  series: string | undefined;
  asOf: string | undefined;
  vintage: string | undefined;
  measure: Measure;
  from: number | undefined;
  to: number | undefined;
}

/** The words of the widget's errors in `lang`, loaded with the first error shown. */
async function problemWords(lang: Lang): Promise<HomicideTrendProblemWords> {
  return (await loadLocale(lang)).homicideTrend;
}

/**
 * Checks every attribute and reports all bad ones at once, in the widget's language `lang`: the
 * indicator's options through the indicator's own check, the years shown through the indicators'
 * check of a span of years, the widget's own here.
 */
async function readOptions(element: UsmxHomicideTrend, lang: Lang): Promise<Options> {
  const { region, series } = chosenSeries(element);
  const asOf = textAttribute(element.asOf);
  const vintage = textAttribute(element.vintage);
  const measure = textAttribute(element.measure) ?? 'count';
  const from = numberAttribute(element.from);
  const to = numberAttribute(element.to);
  const rejected = homicideTrendOptionIssues({ region, asOf, vintage, series });
  const years = yearRangeIssues({ from, to });
  const [optionProblems, yearProblems] = await Promise.all([
    attributeIssues(rejected, ATTRIBUTE_OF_OPTION, lang),
    attributeIssues(years, { from: ['from', element.from], to: ['to', element.to] }, lang),
  ]);
  const issues: ErrorIssue[] = optionProblems;
  if (measure !== 'count' && measure !== 'rate')
    issues.push({ column: 'measure', value: measure, reason: (await problemWords(lang)).measures });
  issues.push(...yearProblems);
  // the year to date is the last year drawn: its months cannot lie beyond the chart
  if (
    asOf !== undefined &&
    !rejected.some((issue) => issue.path[0] === 'asOf') &&
    to !== undefined &&
    !years.some((issue) => issue.path[0] === 'to') &&
    asOf.slice(0, 4) > String(to)
  )
    issues.push({ column: 'as-of', value: asOf, reason: commonWords(lang).notAfterTo(to) });
  if (issues.length > 0) throw invalidAttributes(issues, lang);
  return { region, series, asOf, vintage, measure: measure as Measure, from, to };
}

/** Mean population the source gives for the `asOf` year's months, for rates. */
function populationOf(
  rows: readonly HomicideObservation[],
  asOf: string,
): { currentPopulation?: number } {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const values = rows
    .filter(
      (row) => row.year === year && (row.month ?? 12) <= month && row.population !== undefined,
    )
    .map((row) => row.population as number);
  return values.length > 0
    ? { currentPopulation: values.reduce((a, b) => a + b, 0) / values.length }
    : {};
}
