import { inputIssue, type IndicatorInputIssue } from '../issues.js';
import type { ProjectionSettings } from './projection.js';
import type { ProjectionMethod } from './types.js';

const METHODS: readonly ProjectionMethod[] = ['run-rate', 'seasonal'];

/** Default number of earlier years behind the seasonal share. */
export const DEFAULT_SEASONAL_YEARS = 3;

/** Checks `method` and `seasonalYears`, filling in the defaults. */
export function projectionSettings(
  method: unknown,
  seasonalYears: unknown,
  issues: IndicatorInputIssue[],
): ProjectionSettings {
  const settings: ProjectionSettings = {
    method: 'seasonal',
    seasonalYears: DEFAULT_SEASONAL_YEARS,
  };
  if (method !== undefined) {
    if (METHODS.includes(method as ProjectionMethod)) settings.method = method as ProjectionMethod;
    else issues.push(inputIssue('not-one-of', ['method'], method, { expected: METHODS }));
  }
  if (seasonalYears !== undefined) {
    if (
      typeof seasonalYears === 'number' &&
      Number.isInteger(seasonalYears) &&
      seasonalYears >= 1 &&
      seasonalYears <= 50
    ) {
      settings.seasonalYears = seasonalYears;
    } else {
      issues.push(
        inputIssue('not-whole-in-range', ['seasonalYears'], seasonalYears, {
          min: 1,
          max: 50,
          unit: 'years',
        }),
      );
    }
  }
  return settings;
}
