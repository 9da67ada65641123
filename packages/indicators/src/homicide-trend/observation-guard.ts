import { ISO_DATE, REGION_CODE } from '@usmx/data/patterns';
import type { HomicideObservation } from '@usmx/data/schemas';
import { isIntIn } from '../internal/row-guards.js';

const STATUS = new Set<unknown>([undefined, 'preliminary', 'definitive']);
const VERIFIED = new Set<unknown>([undefined, 'true', 'partial', 'false']);

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
    typeof r.seriesId === 'string' &&
    r.seriesId.length > 0 &&
    typeof r.region === 'string' &&
    REGION_CODE.test(r.region) &&
    isIntIn(r.year, 1900, 2100) &&
    (r.month === undefined || isIntIn(r.month, 1, 12)) &&
    isIntIn(r.count, 0, Number.MAX_SAFE_INTEGER) &&
    (r.population === undefined ||
      (typeof r.population === 'number' && Number.isFinite(r.population) && r.population > 0)) &&
    typeof r.sourceId === 'string' &&
    r.sourceId.length > 0 &&
    typeof r.vintage === 'string' &&
    ISO_DATE.test(r.vintage) &&
    STATUS.has(r.status) &&
    VERIFIED.has(r.verified)
  );
}
