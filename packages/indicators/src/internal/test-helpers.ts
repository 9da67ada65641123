/** Helpers for the tests of bad input. */
import { expect } from 'vitest';
import { thrownError } from '../../../../scripts/thrown-error.js';
import { IndicatorInputError } from '../errors.js';
import type { IndicatorInputIssue } from '../issues.js';
import type { HomicideObservation } from '@usmx/data/schemas';

/**
 * The {@link IndicatorInputError} `run` throws. Fails the test when `run` returns, or throws
 * anything else.
 */
export function inputErrorOf(run: () => unknown): IndicatorInputError {
  return thrownError(run, IndicatorInputError);
}

/** The issues of the {@link IndicatorInputError} `run` throws (see {@link inputErrorOf}). */
export function issuesOf(run: () => unknown): readonly IndicatorInputIssue[] {
  return inputErrorOf(run).issues;
}

/**
 * Checks that `quick`, an entry on rows known to be valid (`corridorShareOfValidRows`), answers as
 * `full`, its validating entry (`corridorShare`), does: the same result; or the same error, with
 * one `invalid-row` issue naming `full` at each row where `full` names bad fields (the same rows,
 * in the same order) and the same other issues.
 */
export function expectSameAsValidating(full: () => unknown, quick: () => unknown): void {
  let expected: unknown;
  try {
    expected = full();
  } catch (error) {
    if (!(error instanceof IndicatorInputError)) throw error;
    const indicator = error.message.slice(0, error.message.indexOf(':'));
    const found = inputErrorOf(quick);
    expect(found.message.slice(0, found.message.indexOf(':'))).toBe(indicator);
    const rowsNamed = error.issues
      .map(({ code, path }) =>
        code === 'schema' ? { code: 'invalid-row', path: path.slice(0, 2) } : { code, path },
      )
      .filter((issue, i, all) => i === 0 || JSON.stringify(issue) !== JSON.stringify(all[i - 1]));
    expect(found.issues.map(({ code, path }) => ({ code, path }))).toEqual(rowsNamed);
    for (const issue of found.issues)
      if (issue.code === 'invalid-row') expect(issue.params).toEqual({ validating: indicator });
    return;
  }
  expect(quick()).toEqual(expected);
}

/**
 * The issues of the {@link IndicatorInputError} `promise` rejects with. Fails the test when it
 * resolves, or rejects with anything else.
 */
export async function rejectionIssuesOf(
  promise: Promise<unknown>,
): Promise<readonly IndicatorInputIssue[]> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(IndicatorInputError);
  return (error as IndicatorInputError).issues;
}

/** Rows of an annual series (`annual`, Mexico), one per year of `years`, each with `fields(year)` laid over it. */
export function annualRows(
  years: readonly number[],
  fields: (year: number) => Partial<HomicideObservation> = () => ({}),
): HomicideObservation[] {
  return years.map((year) => ({
    seriesId: 'annual',
    region: 'MX',
    year,
    count: 1,
    sourceId: 'TEST',
    vintage: '2012-01-01',
    ...fields(year),
  }));
}
