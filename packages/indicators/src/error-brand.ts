import type { IndicatorInputError } from './errors.js';

/** Marks the errors of this package, so {@link isIndicatorInputError} knows one from any copy of it. */
export const INDICATOR_INPUT_ERROR = Symbol.for('@usmx/indicators/IndicatorInputError');

/**
 * Whether `error` is an {@link IndicatorInputError}, also one thrown by another copy of
 * `@usmx/indicators` (a CDN bundle beside an npm install), where `instanceof` says no. It reads a
 * mark every such error carries, never its `name`. Importing it from `@usmx/indicators/errors`
 * loads no indicator code.
 */
export function isIndicatorInputError(error: unknown): error is IndicatorInputError {
  return (error as { [INDICATOR_INPUT_ERROR]?: unknown } | null)?.[INDICATOR_INPUT_ERROR] === true;
}
