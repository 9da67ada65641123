// Type-checked inside the consumer project with tsc --strict (moduleResolution nodenext and bundler):
// the way a TypeScript user calls the published API.
import { homicideObservations, homicideSeries, type HomicideObservation } from '@usmx/data';
import { homicideTrend, IndicatorInputError, type HomicideTrend } from '@usmx/indicators';
import { homicideTrend as homicideTrendFromSubpath } from '@usmx/indicators/homicide-trend';
import '@usmx/widgets/homicide-trend';
import { UsmxHomicideTrend, type UsmxErrorEvent } from '@usmx/widgets';

const rows: readonly HomicideObservation[] = homicideObservations;
const seriesIds: string[] = homicideSeries.map((series) => series.id);

const options = { series: 'sesnsp-1997-victims-hd', asOf: '2017-04', vintage: '2017-05-20' };
const trend: HomicideTrend = homicideTrend(rows, options);
const sameTrend: HomicideTrend = homicideTrendFromSubpath(rows, options);
const changePct: number | null = trend.ytd ? trend.ytd.changePct : null;
const sources: string[] = trend.sourceIds;

function explain(error: unknown): string {
  return error instanceof IndicatorInputError ? error.message : String(error);
}

// The tag name map and the typed events come with the published declarations.
const widget: UsmxHomicideTrend = document.createElement('usmx-homicide-trend');
widget.region = 'MX-CHH';
widget.addEventListener('usmx-ready', (event) => {
  const summary: string = event.detail.summary;
  console.log(summary);
});
widget.addEventListener('usmx-error', (event: UsmxErrorEvent) => {
  const message: string = event.detail.message;
  console.log(message);
});
const isWidget: boolean = widget instanceof UsmxHomicideTrend;

export { changePct, explain, isWidget, sameTrend, seriesIds, sources };
