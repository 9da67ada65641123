import type { Organization } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue } from '../issues.js';
import { organizationIssues } from './organizations.js';
import type { LineageNode, LineageTree } from './types.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byAge(a: LineageNode, b: LineageNode): number {
  return (
    (a.yearFounded ?? Infinity) - (b.yearFounded ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The forest of splits: each organization under the first of its parents present in the input,
 * founding groups (and groups whose parents are absent) as roots. Second parents (alliances,
 * groups born of two others) are kept in `parentIds` and `links`. Children are ordered by founding
 * year (undated last), then id.
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
 * tree.roots.map((root) => root.id); // ['GULF', 'JUAREZ', 'GUADALAJARA', ...]
 * ```
 */
export function lineageTree(organizations: readonly Organization[]): LineageTree {
  const issues = organizationIssues(organizations);
  if (issues.length > 0) throw new IndicatorInputError('lineageTree', issues);

  const ids = new Set(organizations.map((organization) => organization.id));
  const nodes = new Map<string, LineageNode>();
  for (const organization of organizations) {
    nodes.set(organization.id, {
      id: organization.id,
      name: organization.name.en,
      originType: organization.originType,
      yearFounded: organization.yearFounded ?? null,
      yearCeased: organization.yearCeased ?? null,
      parentIds: [...organization.parentIds],
      missingParentIds: organization.parentIds.filter((id) => !ids.has(id)),
      children: [],
    });
  }
  const firstParent = new Map<string, string>();
  const links: LineageTree['links'] = [];
  for (const node of nodes.values()) {
    const present = node.parentIds.filter((id) => nodes.has(id));
    for (const parentId of present) links.push({ parentId, childId: node.id });
    if (present[0] !== undefined) firstParent.set(node.id, present[0]);
  }
  for (const id of nodes.keys()) {
    const seen = new Set<string>([id]);
    for (let parent = firstParent.get(id); parent !== undefined; parent = firstParent.get(parent)) {
      if (seen.has(parent)) {
        throw new IndicatorInputError('lineageTree', [
          inputIssue('lineage-cycle', ['organizations'], [...seen], { through: parent }),
        ]);
      }
      seen.add(parent);
    }
  }
  const roots: LineageNode[] = [];
  for (const node of nodes.values()) {
    const parent = firstParent.get(node.id);
    if (parent === undefined) roots.push(node);
    else nodes.get(parent)!.children.push(node);
  }
  for (const node of nodes.values()) node.children.sort(byAge);
  links.sort((a, b) => compareText(a.parentId, b.parentId) || compareText(a.childId, b.childId));
  return { roots: roots.sort(byAge), links, size: nodes.size };
}
