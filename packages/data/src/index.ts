/**
 * The usmx dataset: homicides in Mexico (INEGI, SESNSP), the U.S.-bound cocaine corridor share, and
 * Mexico's criminal organizations, as typed tables; every row tied to a cited source.
 *
 * @packageDocumentation
 */
export * from './schemas/index.js';
export { sources, sourceById, regions, regionByCode, regionByInegiCode } from './sources.js';
export {
  homicideSeries,
  homicideObservations,
  loadHomicideObservations,
  latestVintage,
  homicideSources,
  type HomicideScope,
} from './homicides/index.js';
export { corridorObservations, corridorStatements, corridorSources } from './corridor.js';
export { organizations, leadershipEvents, publishedGroupCounts, groupSources } from './groups.js';
export { claims, claimById, claimSources } from './claims.js';
export {
  parseSesnspStateCsv,
  parseLongCsv,
  DataValidationError,
  isDataValidationError,
  validationReason,
  decodeText,
  type SesnspParseOptions,
  type ParseOptions,
  type ValidationCode,
  type ValidationIssue,
  type ValidationIssueParams,
  type ValidationProblem,
} from './parsers/index.js';
export { formatCsv, csvFile, type CsvCell } from './csv.js';
export { REGION_CODE, YEAR_MONTH, ISO_DATE } from './patterns.js';
