/**
 * Published estimates of the share of U.S.-bound cocaine on each route (the Mexico/Central America
 * corridor vs the Caribbean...), one row per source; disagreeing sources are never averaged.
 *
 * @packageDocumentation
 */
import observationRows from './generated/corridor-observations.js';
import statementRows from './generated/corridor-statements.js';
import type { CorridorObservation, CorridorStatement } from './schemas/corridor.js';

/** Every published corridor share (percent low/high, the source's wording, measure, source). */
export const corridorObservations: readonly CorridorObservation[] = observationRows;

/** Qualitative statements about routes, with no percent; never to be charted as shares. */
export const corridorStatements: readonly CorridorStatement[] = statementRows;
