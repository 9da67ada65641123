/**
 * The splinter-count entries that load no zod: the indicators on organizations and published
 * counts known to be valid, and the check of the count's options. An entry of its own in the build
 * (`tsup.config.ts`), so that its code lands in chunks apart from the validating entries' schemas:
 * a bundle that imports only these does not reach `@usmx/data/schemas`.
 *
 * @packageDocumentation
 */
export { splinterCountOfValidRows, splinterCountOptionIssues } from './count.js';
export { lineageTreeOfValidRows } from './tree.js';
export { publishedCountsOfValidRows } from './published.js';
export { isOrganization } from './organization-guard.js';
