// The render benchmark's "chart alone": the chart of <usmx-homicide-trend> drawn by the widget's own
// code from monthly rows, with nothing else of the widget (no custom element, controllers, title,
// summary, callout, actions, table or footer). Its time includes the indicator (rows checked,
// annual totals, the year to date, the projection with its interval from a backtest of past years,
// the record), the model (its text and table too, as the widget builds them together), the layout
// for 640 px, and Lit rendering the chart's <svg> (the widget's legend is drawn inside it) into a
// shadow root styled by the widget's own sheets, as the widget does.
import type { HomicideObservation } from '@usmx/data/schemas';
import {
  homicideTrendOfValidRows,
  type HomicideTrend,
  type Projection,
} from '@usmx/indicators/homicide-trend';
import { render } from 'lit';
import { homicideTrendLayout } from '../../src/components/homicide-trend/homicide-trend.chart.js';
import { homicideTrendModel } from '../../src/components/homicide-trend/homicide-trend.model.js';
import { homicideTrendStyles } from '../../src/components/homicide-trend/homicide-trend.styles.js';
import { baseStyles } from '../../src/internal/base.styles.js';
import { chartSvg } from '../../src/internal/chart-navigation-controller.js';
import type { Locale } from '../../src/internal/i18n.js';

/** The chart's width in CSS pixels: the benchmark's box, and the comparators' width. */
export const WIDTH = 640;

const locale: Locale = { lang: 'en', locale: 'en' };
const selection = { region: 'MX' };

/** The indicator as the widget runs it: national, up to the latest month (rows checked by the fast guard). */
function trend(rows: readonly HomicideObservation[]): HomicideTrend {
  return homicideTrendOfValidRows(rows, selection);
}

/**
 * Draws the chart of `rows` into a new element appended to `box`; returns the `<svg>`, not yet
 * laid out.
 */
export function draw(rows: readonly HomicideObservation[], box: Element): SVGSVGElement {
  const model = homicideTrendModel(trend(rows), {
    locale,
    measure: 'count',
    regionName: 'Mexico',
    sources: [],
  });
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  // Lit builds each sheet once and shares it, as it does for every widget of a class
  root.adoptedStyleSheets = [baseStyles, homicideTrendStyles].map(
    (styles) => styles.styleSheet as CSSStyleSheet,
  );
  box.append(host);
  render(chartSvg(homicideTrendLayout(model, WIDTH, locale)), root);
  return root.querySelector('svg') as SVGSVGElement;
}

/**
 * The current year's projection and its interval from the same indicator: the one mark a
 * comparator cannot compute itself, given to it outside its timed run.
 */
export function projection(
  rows: readonly HomicideObservation[],
): Pick<Projection, 'value' | 'low' | 'high'> | null {
  return trend(rows).projection;
}
