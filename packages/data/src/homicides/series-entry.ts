import type { HomicideSeries } from '../schemas/homicides.js';
import type { Source } from '../schemas/sources.js';

/** One homicide series' description and every source it cites (with those they were read through). */
export interface HomicideSeriesEntry {
  readonly series: HomicideSeries;
  readonly sources: readonly Source[];
}
