import type { PropertyDeclarations } from 'lit';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import type { Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { once } from '../../internal/once.js';
import { chosenSeries, DEFAULT_HOMICIDE_SERIES } from './homicide-trend.attributes.js';
import { homicideTrendLayout } from './homicide-trend.chart.js';
import { embeddedSeries } from './homicide-trend.embedded.js';
import type { HomicideTrendModel } from './homicide-trend.model.js';
import { homicideTrendStyles } from './homicide-trend.styles.js';

export { DEFAULT_HOMICIDE_SERIES };

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
    const userData = this.userDataOrigin();
    if (userData === undefined) {
      // the series starts downloading now, while the code that charts it loads
      const { series, region } = chosenSeries(this);
      embeddedSeries(series ?? DEFAULT_HOMICIDE_SERIES, region);
    }
    const { homicideTrendChart } = await loadChartData();
    return homicideTrendChart(
      { element: this, userData, rowsError: (error) => this.rowsError(error, locale.lang) },
      locale,
      signal,
    );
  }

  protected override layout(model: HomicideTrendModel, width: number, locale: Locale): ChartLayout {
    return homicideTrendLayout(model, width, locale);
  }
}

/** The code that checks the attributes, runs the indicator and builds the model, loaded with the first widget. */
const loadChartData = once(() => import('./homicide-trend.chart-data.js'));
