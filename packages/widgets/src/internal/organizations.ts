import type { Organization } from '@usmx/data/schemas';
import type { Lang } from './i18n.js';
import { readerRowsOr } from './user-rows.js';

/**
 * The organizations a widget charts: the reader's (`data`, or the file at `src`), checked by
 * `isOrganization` (the indicators' guard, loaded with them) and, only when it rejects one, against
 * the dataset's organization schema, which says why; else `embedded` (see {@link readerRowsOr}).
 */
export function readerOrganizations(
  widget: Parameters<typeof readerRowsOr>[0],
  embedded: readonly Organization[],
  isOrganization: (row: unknown) => row is Organization,
  lang: Lang,
  signal: AbortSignal,
): Promise<readonly Organization[]> {
  return readerRowsOr(
    widget,
    embedded,
    {
      isRow: isOrganization,
      loadSchema: async () => (await import('@usmx/data/schemas')).organizationSchema,
    },
    lang,
    signal,
  );
}

/**
 * The latest of the organizations' founding and end years and of `more`, folded rather than
 * spread into `Math.max`: a reader's file may hold more rows than a call takes arguments.
 * `-Infinity` when there is none.
 */
export function latestYear(
  organizations: readonly Organization[],
  more: readonly number[],
): number {
  const years = organizations.flatMap((o) => [o.yearFounded ?? 0, o.yearCeased ?? 0]);
  return [...years, ...more].reduce((a, b) => Math.max(a, b), -Infinity);
}
