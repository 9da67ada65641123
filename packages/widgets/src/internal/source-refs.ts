import { safeHref } from './links.js';
import type { SourceRef } from './model.js';

/** The fields of a `@usmx/data` source the footer prints. */
interface SourceLike {
  readonly title: string;
  readonly publisher: string;
  readonly date?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * Footer entries for `ids`, looked up in the dataset's sources. An id the dataset does not know
 * (a user's own) is printed as is, and linked when it is an http(s) address.
 */
export function sourceRefs(
  ids: readonly string[],
  lookup: (id: string) => SourceLike | undefined,
): SourceRef[] {
  return ids.map((id) => {
    const source = lookup(id);
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
