import { homicideObservationSchema } from '@usmx/data/schemas';
import { rowIssues } from '../internal/validate.js';
import { isHomicideObservation } from './observation-guard.js';
import type { ObservationCheck } from './select-series.js';

/** Every row through the fast guard, and those it rejects through the schema, which says why. */
export const schemaChecked: ObservationCheck = (observations) =>
  rowIssues(observations, ['observations'], homicideObservationSchema, isHomicideObservation);
