import type { Organization } from '@usmx/data/schemas';
import { organizationsChecked } from './row-checks.js';
import { treeOf } from './tree.js';
import type { LineageTree } from './types.js';

export { lineageTreeOfValidRows } from './tree.js';

/**
 * The forest of splits: each organization under the first of its parents present in the input,
 * founding groups (and groups whose parents are absent) as roots. Second parents (alliances,
 * groups born of two others) are kept in `parentIds` and `links`. Children are ordered by founding
 * year (undated last), then id.
 *
 * The forest is a flat list, `nodes`, in depth-first order, each node naming its `parentId`, its
 * `childIds` and its `depth`: it serialises with `JSON.stringify` however deep a chain of splits
 * goes, and takes time linear in the number of organizations (plus sorting each one's children).
 *
 * @throws {IndicatorInputError} on empty or invalid organizations, repeated ids, or a cycle of
 * first parents.
 *
 * @example
 * ```ts
 * import { organizations } from '@usmx/data';
 * import { lineageTree } from '@usmx/indicators/splinter-count';
 *
 * const tree = lineageTree(organizations);
 * tree.rootIds; // ['GULF', 'JUAREZ', 'GUADALAJARA', ...]
 * tree.nodes.filter((node) => node.parentId === 'SINALOA').map((node) => node.id); // [..., 'BLO', ...]
 * ```
 */
export function lineageTree(organizations: readonly Organization[]): LineageTree {
  return treeOf(organizations, organizationsChecked);
}
