// Type-checked inside the consumer project with tsc --strict (moduleResolution nodenext and bundler):
// the way a TypeScript user calls the published API.
import { homicideObservations, homicideSeries, type HomicideObservation } from '@usmx/data';
import { homicideTrend, IndicatorInputError, type HomicideTrend } from '@usmx/indicators';

const rows: readonly HomicideObservation[] = homicideObservations;
const seriesIds: string[] = homicideSeries.map((series) => series.id);

const trend: HomicideTrend = homicideTrend(rows, {
  series: 'sesnsp-1997-victims-hd',
  asOf: '2017-04',
  vintage: '2017-05-20',
});
const changePct: number | null = trend.ytd ? trend.ytd.changePct : null;
const sources: string[] = trend.sourceIds;

function explain(error: unknown): string {
  return error instanceof IndicatorInputError ? error.message : String(error);
}

const widget: HTMLElement | null = document.querySelector('usmx-homicide-trend');

export { changePct, explain, seriesIds, sources, widget };
