import { safeHref } from './links.js';
import type { SourceRef } from './model.js';

/** The fields of a `@usmx/data` source the footer prints. */
interface SourceLike {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly date?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * Footer entries for `ids`, looked up in `sources` (all of the dataset's, or one table family's).
 * An id not among them (a user's own) is printed as is, and linked when it is an http(s) address.
 */
export function sourceRefs(ids: readonly string[], sources: readonly SourceLike[]): SourceRef[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return ids.map((id) => {
    const source = byId.get(id);
    if (!source) return { id, title: id, ...(safeHref(id) ? { url: id } : {}) };
    return {
      id,
      title: source.title,
      publisher: source.publisher,
      ...(source.date ? { date: source.date } : {}),
      ...(source.url ? { url: source.url } : {}),
    };
  });
}
