import { organizationSchema, publishedGroupCountSchema } from '@usmx/data/schemas';
import { rowIssues, type RowCheck } from '../internal/validate.js';
import { isOrganization } from './organization-guard.js';
import { isPublishedGroupCount } from './published-count-guard.js';

// The checks of the validating entries, in a module of their own so that the zod-free ones never
// import the schemas: every row through the fast guard, and those it rejects through the schema,
// which says why.

/** Organizations, as `splinterCount`, `lineageTree` and `decapitationEffects` check them. */
export const organizationsChecked: RowCheck = (organizations) =>
  rowIssues(organizations, ['organizations'], organizationSchema, isOrganization);

/** A published-count table, as `publishedCounts` checks it. */
export const publishedCountsChecked: RowCheck = (table) =>
  rowIssues(table, ['table'], publishedGroupCountSchema, isPublishedGroupCount);
