import type { Organization } from '@usmx/data/schemas';
import { IndicatorInputError } from '../errors.js';
import { inputIssue } from '../issues.js';
import type { RowCheck } from '../internal/validate.js';
import { organizationsGuarded } from './organization-guard.js';
import { organizationIssues } from './organizations.js';
import type { LineageNode, LineageTree } from './types.js';

/** The indicator's name in its errors, whichever entry checked the rows. */
const INDICATOR = 'lineageTree';

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
 * Which organization sits under which: each one's first parent present in the input. Throws the
 * first cycle of first parents met, in the order of the input. Each organization is walked once
 * (a walk stops at one already known to lead to a root), so the check is linear in their number.
 */
function firstParents(nodes: ReadonlyMap<string, LineageNode>): Map<string, string> {
  const firstParent = new Map<string, string>();
  for (const node of nodes.values()) {
    const parent = node.parentIds.find((id) => nodes.has(id));
    if (parent !== undefined) firstParent.set(node.id, parent);
  }
  const leadsToRoot = new Set<string>();
  for (const id of nodes.keys()) {
    const path = new Set<string>();
    for (
      let at: string | undefined = id;
      at !== undefined && !leadsToRoot.has(at);
      at = firstParent.get(at)
    ) {
      if (path.has(at)) {
        throw new IndicatorInputError(INDICATOR, [
          inputIssue('lineage-cycle', ['organizations'], [...path], { through: at }),
        ]);
      }
      path.add(at);
    }
    for (const on of path) leadsToRoot.add(on);
  }
  return firstParent;
}

/**
 * {@link lineageTree} for organizations already known to be valid, such as `@usmx/data`'s own
 * (validated when the package is built), without zod: a page that draws them loads no schema
 * code. Each organization still passes a fast check that accepts exactly what the schema accepts;
 * one it rejects is an `invalid-row` issue, which does not say which field is wrong: call
 * {@link lineageTree} on the same rows for that. Everything else (the forest, its order, errors)
 * is the same.
 *
 * @throws {IndicatorInputError} as {@link lineageTree} does, with `invalid-row` in place of zod's
 * `schema` issues.
 *
 * @example
 * ```ts
 * import { organizations } from '@usmx/data/groups';
 * import { lineageTreeOfValidRows } from '@usmx/indicators/splinter-count';
 *
 * lineageTreeOfValidRows(organizations).size === organizations.length; // true
 * ```
 */
export function lineageTreeOfValidRows(organizations: readonly Organization[]): LineageTree {
  return treeOf(organizations, organizationsGuarded(INDICATOR));
}

/**
 * The forest, its organizations checked by `checkRows`: what {@link lineageTree} and
 * {@link lineageTreeOfValidRows} share.
 */
export function treeOf(organizations: readonly Organization[], checkRows: RowCheck): LineageTree {
  const issues = organizationIssues(organizations, checkRows);
  if (issues.length > 0) throw new IndicatorInputError(INDICATOR, issues);

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
      parentId: null,
      depth: 0,
      childIds: [],
    });
  }
  const firstParent = firstParents(nodes);
  const links: LineageTree['links'] = [];
  const roots: LineageNode[] = [];
  const children = new Map<string, LineageNode[]>();
  for (const node of nodes.values()) {
    for (const parentId of node.parentIds)
      if (nodes.has(parentId)) links.push({ parentId, childId: node.id });
    const parent = firstParent.get(node.id);
    if (parent === undefined) roots.push(node);
    else {
      node.parentId = parent;
      const siblings = children.get(parent);
      if (siblings === undefined) children.set(parent, [node]);
      else siblings.push(node);
    }
  }
  for (const [parent, list] of children)
    nodes.get(parent)!.childIds = list.sort(byAge).map((child) => child.id);
  links.sort((a, b) => compareText(a.parentId, b.parentId) || compareText(a.childId, b.childId));
  roots.sort(byAge);

  // depth first, without recursion: a chain of splits may be thousands deep
  const order: LineageNode[] = [];
  const stack = [...roots].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    order.push(node);
    for (let i = node.childIds.length - 1; i >= 0; i--) {
      const child = nodes.get(node.childIds[i]!)!;
      child.depth = node.depth + 1;
      stack.push(child);
    }
  }
  return { nodes: order, rootIds: roots.map((root) => root.id), links, size: nodes.size };
}
