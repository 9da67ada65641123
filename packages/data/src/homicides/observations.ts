import allHomicideColumns from '../generated/homicide-columns.js';
import type { HomicideObservation } from '../schemas/homicides.js';
import { expandHomicideColumns } from './columnar.js';

/**
 * Every homicide observation of every series, region and vintage (about 100,000 rows). Widgets
 * should prefer `loadHomicideObservations`, which loads one series.
 */
export const homicideObservations: readonly HomicideObservation[] =
  /* @__PURE__ */ allHomicideColumns.flatMap(expandHomicideColumns);
