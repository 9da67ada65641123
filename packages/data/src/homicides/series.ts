import seriesRows from '../generated/homicide-series.js';
import type { HomicideSeries } from '../schemas/homicides.js';

/** One row per homicide series: agency, unit, methodology, crime, coverage, vintages, caveats, sources. */
export const homicideSeries: readonly HomicideSeries[] = seriesRows;
