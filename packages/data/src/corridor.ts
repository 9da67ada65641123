/**
 * Published estimates of the share of U.S.-bound cocaine on each route (the Mexico/Central America
 * corridor vs the Caribbean...), one row per source; disagreeing sources are never averaged.
 *
 * @packageDocumentation
 */
import observationRows from './generated/corridor-observations.js';
import statementRows from './generated/corridor-statements.js';
import sourceRows from './generated/sources-corridor.js';
import type { CorridorObservation, CorridorStatement } from './schemas/corridor.js';
import type { Source } from './schemas/sources.js';

/** Every published corridor share (percent low/high, the source's wording, measure, source). */
export const corridorObservations: readonly CorridorObservation[] = observationRows;

/** Qualitative statements about routes, with no percent; never to be charted as shares. */
export const corridorStatements: readonly CorridorStatement[] = statementRows;

/**
 * The sources the corridor tables cite (and those they were read through): the part of `sources`
 * a page that shows only the corridor needs for its citations.
 */
export const corridorSources: readonly Source[] = sourceRows;
