export { splinterCount } from './splinter-count.js';
export { publishedCounts } from './published-counts.js';
export { lineageTree } from './lineage-tree.js';
export { decapitationEffects } from './decapitation-effects.js';
export {
  isOrganization,
  lineageTreeOfValidRows,
  publishedCountsOfValidRows,
  splinterCountOfValidRows,
  splinterCountOptionIssues,
} from './valid-rows.js';
export { MAJOR_LIST_YEARS, SPLINTER_RULES } from './rules.js';
export type {
  CountedGroup,
  DecapitationEffects,
  DecapitationEvent,
  DecapitationOptions,
  DecapitationType,
  LineageNode,
  LineageTree,
  NamedSplinterRule,
  PublishedCountPoint,
  PublishedCounts,
  PublishedCountSeries,
  SplinterCount,
  SplinterCountOptions,
  SplinterRule,
  SplinterYear,
} from './types.js';
export * from '../errors-api.js';
