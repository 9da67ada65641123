import type { HomicideObservation, HomicideSeries } from '@usmx/data/schemas';
import type {
  HomicideTrend,
  homicideTrendOptionIssues,
  yearRangeIssues,
} from '@usmx/indicators/homicide-trend';
import type { PropertyDeclarations } from 'lit';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import {
  invalidAttribute,
  invalidAttributes,
  WidgetError,
  type ErrorIssue,
} from '../../internal/errors.js';
import { type Lang, type Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { sourceRefs } from '../../internal/source-refs.js';
import {
  attributeIssues,
  numberAttribute,
  type OptionAttributes,
} from '../../internal/attribute-options.js';
import { once } from '../../internal/once.js';
import { homicideTrendLayout } from './homicide-trend.chart.js';
import { readHomicideObservations } from './homicide-trend.reader-rows.js';
import {
  homicideTrendModel,
  type HomicideTrendModel,
  type Measure,
} from './homicide-trend.model.js';
import { homicideTrendStyles } from './homicide-trend.styles.js';
import type { HomicideTrendProblemWords } from '../../locales/issue-locale.js';
import { loadLocale } from '../../locales/load.js';
import { commonWords } from '../../locales/words.js';

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
 * @prop {HomicideObservation[]} data - Observations to chart instead of the embedded dataset (validated).
 *
 * @csspart callout - The year-to-date change.
 * @csspart chart - The chart (focusable; arrow keys move between years).
 *
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

  protected override async load(locale: Locale, signal: AbortSignal): Promise<HomicideTrendModel> {
    const { lang } = locale;
    // Indicator and dataset (series list, sources, regions) load in parallel, only when a widget is on the page.
    const [
      {
        homicideTrend,
        homicideTrendOptionIssues,
        isIndicatorInputError,
        latestMonth,
        yearRangeIssues,
      },
      { homicideSeries, homicideSources, loadHomicideObservations, regionByCode },
    ] = await loadModules();
    const options = await readOptions(
      this,
      { options: homicideTrendOptionIssues, years: yearRangeIssues },
      lang,
    );
    const userData = this.userDataOrigin() !== undefined;
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
        commonWords(lang).expectedOneOf(homicideSeries.map((s) => s.id).join(', ')),
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
                signal,
                maxBytes: this.maxFileSize,
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
    const series = seriesId ?? observations[0]?.seriesId;
    const selection = {
      ...(series ? { series } : {}),
      region: options.region,
      ...(options.vintage ? { vintage: options.vintage } : {}),
    };
    let result: HomicideTrend;
    try {
      result = homicideTrend(observations, {
        ...selection,
        asOf: options.asOf ?? defaultMonth(latestMonth(observations, selection), options.to),
      });
    } catch (error) {
      // user rows are checked in detail only when they fail: the error then lists each bad field
      await user?.explain();
      throw await this.rowsError(
        await attributeError(error, isIndicatorInputError, series, options, lang),
        lang,
      );
    }
    const rows = observations.filter(
      (row) =>
        row.seriesId === result.series &&
        row.region === options.region &&
        (!options.vintage || row.vintage <= options.vintage),
    );
    const sources = sourceRefs(result.sourceIds, homicideSources);
    const knownMeta = meta ?? homicideSeries.find((s) => s.id === result.series);
    return homicideTrendModel(result, {
      locale,
      measure: options.measure,
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
      ...(knownMeta
        ? { seriesTitle: knownMeta.title, unit: knownMeta.unit, methodology: knownMeta.methodology }
        : {}),
      regionName: region.name[locale.lang],
      sources,
      ...populationOf(rows, result.asOf),
    });
  }

  protected override layout(model: HomicideTrendModel, width: number, locale: Locale): ChartLayout {
    return homicideTrendLayout(model, width, locale);
  }
}

/** With no as-of, the month the chart sums up to: the latest, `last`, up to the end of `to`. */
function defaultMonth(last: string, to: number | undefined): string {
  const end = to === undefined ? last : `${to}-12`;
  return end < last ? end : last;
}

/** The indicator and the parts of the dataset the widget uses, loaded with the first widget. */
const loadModules = once(() =>
  Promise.all([import('@usmx/indicators/homicide-trend'), import('./homicide-trend.dataset.js')]),
);

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
  isIndicatorInputError: typeof import('@usmx/indicators/errors').isIndicatorInputError,
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
 * indicator's options through the indicator's own check (`check.options`), the years shown
 * through the indicators' check of a span of years (`check.years`), the widget's own here.
 */
async function readOptions(
  element: UsmxHomicideTrend,
  check: { options: typeof homicideTrendOptionIssues; years: typeof yearRangeIssues },
  lang: Lang,
): Promise<Options> {
  const region = element.region?.trim() || 'MX';
  const asOf = element.asOf?.trim() || undefined;
  const vintage = element.vintage?.trim() || undefined;
  const series = element.series?.trim() || undefined;
  const measure = element.measure?.trim() || 'count';
  const from = numberAttribute(element.from);
  const to = numberAttribute(element.to);
  const rejected = check.options({ region, asOf, vintage, series });
  const years = check.years({ from, to });
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
