import { expect } from 'vitest';

/**
 * The error `run` throws, checked to be a `type`, for the tests of bad input in every package (each
 * reads its own error's issues). Fails the test when `run` returns, or throws anything else.
 *
 * @example
 * ```ts
 * const { issues } = thrownError(() => parseLongCsv(''), DataValidationError);
 * ```
 */
export function thrownError<E extends Error>(
  run: () => unknown,
  type: new (...args: never[]) => E,
): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected ${type.name} to be thrown; nothing was`);
}
