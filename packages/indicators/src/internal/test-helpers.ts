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
