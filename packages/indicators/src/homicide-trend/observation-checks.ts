import { homicideObservationSchema } from '@usmx/data/schemas';
import { guardedRowIssues, rowIssues } from '../internal/validate.js';
import { isHomicideObservation } from './observation-guard.js';
import type { ObservationCheck } from './select-series.js';

/** Every row through the fast guard, and those it rejects through the schema, which says why. */
export const schemaChecked: ObservationCheck = (observations) =>
  rowIssues(observations, ['observations'], homicideObservationSchema, isHomicideObservation);

/** Every row through the fast guard alone (no zod): a rejected row is an `invalid-row` issue. */
export const guardChecked: ObservationCheck = (observations) =>
  guardedRowIssues(observations, ['observations'], isHomicideObservation);
