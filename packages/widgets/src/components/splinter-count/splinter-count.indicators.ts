/**
 * What `<usmx-splinter-count>` runs of `@usmx/indicators/splinter-count`, loaded with the first
 * widget, named here so that its bundle keeps nothing else of that entry: the indicators on rows
 * known to be valid, which load no zod (the embedded organizations and counts were validated when
 * `@usmx/data` was built; a reader's organizations pass `isOrganization` first, and the schema
 * loads only to explain one it rejects).
 */
export {
  isOrganization,
  MAJOR_LIST_YEARS,
  publishedCountsOfValidRows,
  SPLINTER_RULES,
  splinterCountOfValidRows,
  splinterCountOptionIssues,
} from '@usmx/indicators/splinter-count';
