import { ISO_DATE, REGION_CODE, YEAR_MONTH } from '@usmx/data/patterns';
import type { HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import type { HomicideTrend } from '@usmx/indicators/homicide-trend';
import type { PropertyDeclarations } from 'lit';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import {
  invalidAttribute,
  invalidAttributes,
  toWidgetError,
  WidgetError,
  type ErrorIssue,
} from '../../internal/errors.js';
import { commonMessages, type Lang, type Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { sourceRefs } from '../../internal/source-refs.js';
import { yearAttribute } from '../../internal/year-attribute.js';
import { once } from '../../internal/once.js';
import { homicideTrendLayout } from './homicide-trend.chart.js';
import { readHomicideObservations } from './homicide-trend.data.js';
import {
  homicideTrendModel,
  type HomicideTrendModel,
  type Measure,
} from './homicide-trend.model.js';
import { homicideTrendStyles } from './homicide-trend.styles.js';

/** The series shown when none is chosen: SESNSP victims of intentional homicide, current method. */
export const DEFAULT_HOMICIDE_SERIES = 'sesnsp-2015-victims-hd';

/**
 * Annual homicides in Mexico or one of its states, with the current year's projection and its
 * likely range, the record year marked, and the year-to-date change ("Jan-Apr 2017: +32.1% vs 2016").
 * With no attributes it shows the national series of the embedded dataset.
 *
 * @summary Annual homicides, the current year's projection, and the record it may beat.
 * @tagname usmx-homicide-trend
 *
 * @attr {string} region - `MX` (default) or an ISO 3166-2 state code such as `MX-CHH`.
 * @attr {string} series - Series id from `@usmx/data` (default `sesnsp-2015-victims-hd`), e.g. `inegi-registration-monthly`, `sesnsp-1997-victims-hd`.
 * @attr {string} as-of - Last month to use, `YYYY-MM`, in the year `to` or before; defaults to the latest month in the data (up to the year `to`).
 * @attr {string} vintage - Use the data as published on this date, `YYYY-MM-DD`.
 * @attr {'count' | 'rate'} measure - Totals (default) or a rate per 100,000 people.
 * @attr {number} from - First year shown.
 * @attr {number} to - Last year shown.
 * @attr {string} src - URL of a JSON or CSV file of homicide observations to chart instead.
 * @attr {string} lang - `en` or `es`; defaults to the closest `lang` in the document, else English.
 * @attr {'auto' | 'light' | 'dark'} theme - Colour scheme (default `auto`).
 * @prop {HomicideObservation[]} data - Observations to chart instead of the embedded dataset (validated).
 *
 * @fires {CustomEvent<UsmxReadyDetail>} usmx-ready - The chart was drawn; `detail` has its title and summary.
 * @fires {CustomEvent<UsmxErrorDetail>} usmx-error - The widget shows an error; `detail` has the code, message and issues.
 *
 * @csspart base - The widget's box.
 * @csspart title - The title.
 * @csspart summary - The one-sentence summary (also the chart's accessible name).
 * @csspart callout - The year-to-date change.
 * @csspart chart - The chart (focusable; arrow keys move between years).
 * @csspart table - The data table, when shown.
 * @csspart footer - Sources and citation.
 * @csspart error - The error message, when the chart cannot be drawn.
 *
 * @cssprop [--usmx-font-family=system-ui, sans-serif] - Font of all text.
 * @cssprop [--usmx-color-text=light-dark(#1b1d21, #eceef1)] - Text colour.
 * @cssprop [--usmx-color-muted=light-dark(#545a63, #aab1bb)] - Axis and footer text.
 * @cssprop [--usmx-color-background=light-dark(#ffffff, #16181c)] - Background.
 * @cssprop [--usmx-color-grid=light-dark(#e3e5e8, #30343a)] - Gridlines.
 * @cssprop [--usmx-color-focus=light-dark(#0b57d0, #a8c7fa)] - Focus ring.
 * @cssprop [--usmx-accent=light-dark(#1f5fa8, #7db3f0)] - Main marks and links.
 * @cssprop [--usmx-color-highlight=light-dark(#b3261e, #ff8a80)] - The callout, the error border and highlighted marks.
 * @cssprop [--usmx-homicide-trend-bar-color=var(--usmx-accent, light-dark(#1f5fa8, #7db3f0))] - Complete years.
 * @cssprop [--usmx-homicide-trend-record-color=var(--usmx-color-highlight, light-dark(#b3261e, #ff8a80))] - The record year and its line.
 * @cssprop [--usmx-homicide-trend-projection-color=light-dark(#7a4fb5, #c9a7f5)] - The current year and its projection.
 */
export class UsmxHomicideTrend extends UsmxElement<HomicideTrendModel> {
  static override styles = [baseStyles, homicideTrendStyles];

  static override properties: PropertyDeclarations = {
    region: { reflect: true },
    series: { reflect: true },
    asOf: { attribute: 'as-of', reflect: true },
    vintage: { reflect: true },
    measure: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
  };

  declare region: string | undefined;
  declare series: string | undefined;
  declare asOf: string | undefined;
  declare vintage: string | undefined;
  declare measure: string | undefined;
  declare from: string | undefined;
  declare to: string | undefined;

  protected override async load(locale: Locale): Promise<HomicideTrendModel> {
    const { lang } = locale;
    const options = await readOptions(this, lang);
    const userData = this.userDataOrigin() !== undefined;
    // Indicator and dataset (series list, sources, regions) load in parallel, only when a widget is on the page.
    const [
      { homicideTrend },
      { homicideSeries, homicideSources, loadHomicideObservations, regionByCode },
      { asOfProblem, asOfReason },
    ] = await loadModules();
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
    const meta: HomicideSeries | undefined = homicideSeries.find((s) => s.id === seriesId);
    if (!userData && !meta) {
      throw invalidAttribute(
        'series',
        seriesId,
        commonMessages[lang].expectedOneOf(homicideSeries.map((s) => s.id).join(', ')),
        lang,
      );
    }
    if (meta?.geography === 'national' && options.region !== 'MX' && !userData) {
      throw invalidAttribute(
        'region',
        options.region,
        (await problemWords(lang)).nationalOnly,
        lang,
      );
    }

    const user =
      this.data !== undefined
        ? await readHomicideObservations({ data: this.data }, lang)
        : this.src
          ? await readHomicideObservations(
              {
                src: this.src,
                series: seriesId ?? 'user-data',
                ...(options.vintage ? { vintage: options.vintage } : {}),
              },
              lang,
            )
          : undefined;
    const observations = user
      ? user.rows
      : await loadHomicideObservations(
          seriesId ?? DEFAULT_HOMICIDE_SERIES,
          options.region === 'MX' ? 'national' : 'states',
        );
    let result: HomicideTrend;
    let rows: HomicideObservation[];
    let asOf: string;
    let series: string | undefined;
    try {
      series = seriesId ?? observations[0]?.seriesId;
      const regionRows = observations.filter(
        (row) => row.seriesId === series && row.region === options.region,
      );
      rows = regionRows.filter((row) => !options.vintage || row.vintage <= options.vintage);
      if (rows.length === 0) throw await noRows(series, options, regionRows, lang);
      // with no as-of, the latest month the chart shows: up to `to` when it is set
      const shown = rows.filter((row) => options.to === undefined || row.year <= options.to);
      if (shown.length === 0) {
        throw invalidAttribute(
          'to',
          options.to,
          (await problemWords(lang)).startsIn(
            series,
            options.region,
            Math.min(...rows.map((row) => row.year)),
          ),
          lang,
        );
      }
      asOf = options.asOf ?? latestMonth(shown);
      const problem = asOfProblem(rows, asOf);
      if (problem) {
        // the attribute to change: as-of if set; else the default, the last month up to `to`,
        // or in the release of `vintage`, is the one that fails; else the data does
        const attribute =
          options.asOf !== undefined
            ? 'as-of'
            : options.to !== undefined
              ? 'to'
              : options.vintage !== undefined
                ? 'vintage'
                : undefined;
        const what = `${series} (${options.region})`;
        const reason = asOfReason(problem, { what, vintage: options.vintage, attribute }, lang);
        if (attribute === undefined) throw new WidgetError('invalid-data', reason);
        const value = { 'as-of': asOf, to: options.to, vintage: options.vintage }[attribute];
        throw invalidAttribute(attribute, value, reason, lang);
      }
      result = homicideTrend(observations, {
        ...(series ? { series } : {}),
        region: options.region,
        asOf,
        ...(options.vintage ? { vintage: options.vintage } : {}),
      });
    } catch (error) {
      // user rows are checked in detail only when they fail: the error then lists each bad field
      await user?.explain();
      throw await this.rowsError(asAttributeError(error, lang), lang);
    }
    const sources = sourceRefs(result.sourceIds, homicideSources);
    const knownMeta = meta ?? homicideSeries.find((s) => s.id === series);
    return homicideTrendModel(result, {
      locale,
      measure: options.measure,
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(knownMeta
        ? { seriesTitle: knownMeta.title, unit: knownMeta.unit, methodology: knownMeta.methodology }
        : {}),
      regionName: locale.lang === 'es' ? region.nameEs : region.nameEn,
      sources,
      ...populationOf(rows, asOf),
    });
  }

  protected override layout(model: HomicideTrendModel, width: number, locale: Locale): ChartLayout {
    return homicideTrendLayout(model, width, locale);
  }
}

/**
 * Why a series has no rows for the region (or none published by `vintage`), naming the attribute,
 * in the widget's language `lang`.
 */
async function noRows(
  series: string | undefined,
  options: Options,
  regionRows: readonly HomicideObservation[],
  lang: Lang,
): Promise<WidgetError> {
  const t = await problemWords(lang);
  if (regionRows.length > 0 && options.vintage) {
    const first = regionRows.reduce((a, b) => (b.vintage < a.vintage ? b : a)).vintage;
    return invalidAttribute(
      'vintage',
      options.vintage,
      t.noRelease(series, options.vintage, first),
      lang,
    );
  }
  return new WidgetError('empty', t.noObservations(series, options.region), [
    { column: 'region', value: options.region, reason: t.noRegionRows },
  ]);
}

/** The indicator, the parts of the dataset the widget uses and the as-of check, loaded with the first widget. */
const loadModules = once(() =>
  Promise.all([
    import('@usmx/indicators/homicide-trend'),
    import('./homicide-trend.dataset.js'),
    import('./as-of-check.js'),
  ]),
);

/** The attribute behind each option of `homicideTrend`. */
const ATTRIBUTE_OF_OPTION: Readonly<Record<string, string>> = {
  asOf: 'as-of',
  vintage: 'vintage',
  series: 'series',
  region: 'region',
};

/**
 * The indicator's complaint about its options (an `as-of` before the series starts, a `vintage`
 * before its first release...) as an invalid-attribute error naming the attributes, headed in the
 * widget's language `lang` (the reasons are the indicator's); any other error unchanged.
 */
function asAttributeError(error: unknown, lang: Lang): unknown {
  if ((error as Error | null)?.name !== 'IndicatorInputError') return error;
  const { issues } = toWidgetError(error, lang);
  const attributes = issues.map((issue) => ATTRIBUTE_OF_OPTION[issue.column ?? '']);
  if (issues.length === 0 || attributes.includes(undefined)) return error;
  return invalidAttributes(
    issues.map((issue, i) => ({ ...issue, column: attributes[i] as string })),
    lang,
  );
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
async function problemWords(
  lang: Lang,
): Promise<(typeof import('./homicide-trend.problems.js').homicideTrendProblems)[Lang]> {
  return (await import('./homicide-trend.problems.js')).homicideTrendProblems[lang];
}

/** The attributes with a format of their own, and the words that say what each expects. */
type FormatProblem = [
  column: string,
  value: string,
  expected: 'regionCode' | 'monthFormat' | 'dateFormat' | 'measures',
];

/** Checks every attribute and reports all bad ones at once, in the widget's language `lang`. */
async function readOptions(element: UsmxHomicideTrend, lang: Lang): Promise<Options> {
  const formats: FormatProblem[] = [];
  const region = element.region?.trim() || 'MX';
  if (!REGION_CODE.test(region)) formats.push(['region', region, 'regionCode']);
  const asOf = element.asOf?.trim() || undefined;
  if (asOf !== undefined && !YEAR_MONTH.test(asOf)) formats.push(['as-of', asOf, 'monthFormat']);
  const vintage = element.vintage?.trim() || undefined;
  if (vintage !== undefined && !isCalendarDate(vintage))
    formats.push(['vintage', vintage, 'dateFormat']);
  const measure = element.measure?.trim() || 'count';
  if (measure !== 'count' && measure !== 'rate') formats.push(['measure', measure, 'measures']);
  const issues: ErrorIssue[] = [];
  const from = yearAttribute(element.from, 'from', undefined, issues, lang);
  const to = yearAttribute(element.to, 'to', undefined, issues, lang);
  if (from !== undefined && to !== undefined && from > to)
    issues.push({ column: 'from', value: from, reason: commonMessages[lang].notAfterTo(to) });
  // the year to date is the last year drawn: its months cannot lie beyond the chart
  if (
    asOf !== undefined &&
    !formats.some(([column]) => column === 'as-of') &&
    to !== undefined &&
    Number(asOf.slice(0, 4)) > to
  )
    issues.push({ column: 'as-of', value: asOf, reason: commonMessages[lang].notAfterTo(to) });
  if (formats.length > 0) {
    const t = await problemWords(lang);
    issues.unshift(
      ...formats.map(([column, value, expected]) => ({ column, value, reason: t[expected] })),
    );
  }
  if (issues.length > 0) throw invalidAttributes(issues, lang);
  return {
    region,
    series: element.series?.trim() || undefined,
    asOf,
    vintage,
    measure: measure as Measure,
    from,
    to,
  };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day. */
function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month = 1, day = 1] = match
    .slice(1)
    .map((part) => (part ? Number(part) : undefined));
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  return date.getUTCMonth() === (month as number) - 1 && date.getUTCDate() === day;
}

/** The latest month present, as `YYYY-MM` (December for annual rows). */
function latestMonth(rows: readonly HomicideObservation[]): string {
  let best = 0;
  for (const row of rows) best = Math.max(best, row.year * 12 + (row.month ?? 12) - 1);
  const year = Math.floor(best / 12);
  return `${year}-${String((best % 12) + 1).padStart(2, '0')}`;
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
