import { REGION_CODE } from '@usmx/data/patterns';
import type { HomicideObservation } from '@usmx/data/schemas';
import {
  isCount,
  isIntIn,
  isIsoDate,
  isNonEmptyText,
  isOptional,
  isVerified,
} from '../internal/row-guards.js';
import { isYear } from '../years.js';

const STATUS = new Set<unknown>([undefined, 'preliminary', 'definitive']);

/**
 * Fast check that a row satisfies `homicideObservationSchema`, used to skip the schema for rows
 * that are clearly valid (a 450k-row file validates in milliseconds). It accepts only rows the
 * schema accepts (a property test holds it to that); rows it rejects are parsed by the schema,
 * which reports why.
 */
export function isHomicideObservation(row: unknown): row is HomicideObservation {
  if (row === null || typeof row !== 'object') return false;
  const r = row as Record<string, unknown>;
  return (
    isNonEmptyText(r.seriesId) &&
    typeof r.region === 'string' &&
    REGION_CODE.test(r.region) &&
    isYear(r.year) &&
    isOptional(r.month, (month) => isIntIn(month, 1, 12)) &&
    isCount(r.count) &&
    isOptional(
      r.population,
      (population) =>
        typeof population === 'number' && Number.isFinite(population) && population > 0,
    ) &&
    isNonEmptyText(r.sourceId) &&
    isIsoDate(r.vintage) &&
    STATUS.has(r.status) &&
    isOptional(r.verified, isVerified)
  );
}
