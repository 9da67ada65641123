import { corridorObservationSchema } from '@usmx/data/schemas';
import { rowIssues, type RowCheck } from '../internal/validate.js';
import { isCorridorObservation } from './observation-guard.js';

/**
 * Every row through the fast guard, and those it rejects through the schema, which says why: the
 * check of the validating entries, in a module of its own so that the zod-free ones never import
 * the schema.
 */
export const schemaChecked: RowCheck = (observations) =>
  rowIssues(observations, ['observations'], corridorObservationSchema, isCorridorObservation);
