/**
 * What `<usmx-group-lineage>` runs of `@usmx/indicators/splinter-count`, loaded with the first
 * widget, named here so that its bundle keeps nothing else of that entry: the lineage tree of
 * organizations known to be valid, which loads no zod (the embedded ones were validated when
 * `@usmx/data` was built; a reader's pass `isOrganization` first, and the schema loads only to
 * explain one it rejects).
 */
export {
  isOrganization,
  lineageTreeOfValidRows,
  yearRangeIssues,
} from '@usmx/indicators/splinter-count';
