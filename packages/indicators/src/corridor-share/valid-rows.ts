/**
 * The corridor-share entries that load no zod: the indicators on rows known to be valid, and the
 * check of the balloon test's options. An entry of its own in the build (`tsup.config.ts`), so
 * that its code lands in chunks apart from the validating entries' schema: a bundle that imports
 * only these does not reach `@usmx/data/schemas`.
 *
 * @packageDocumentation
 */
export { corridorShareOfValidRows } from './share.js';
export { balloonEffectOfValidRows, balloonEffectOptionIssues } from './balloon.js';
export { isCorridorObservation } from './observation-guard.js';
