/**
 * What `<usmx-corridor-share>` runs of `@usmx/indicators/corridor-share`, loaded with the first
 * widget, named here so that its bundle keeps nothing else of that entry: the indicators on rows
 * known to be valid, which load no zod (the embedded figures were validated when `@usmx/data` was
 * built; a reader's pass `isCorridorObservation` first, and the schema loads only to explain a row
 * it rejects).
 */
export {
  balloonEffectOfValidRows,
  balloonEffectOptionIssues,
  corridorShareOfValidRows,
  isCorridorObservation,
  isIndicatorInputError,
} from '@usmx/indicators/corridor-share';
