import type { LineageNode, LineageTree } from '@usmx/indicators/splinter-count';
import { WidgetError } from '../../internal/errors.js';
import { formatNumber, type Lang, type Locale } from '../../internal/i18n.js';
import type { SourceRef, WidgetModel } from '../../internal/model.js';
import { groupLineageWords } from '../../locales/words.js';

/** Leadership event types drawn with their own symbol; the rest share one. */
export type EventKind = 'killed' | 'arrested' | 'extradited' | 'other';

/** A leadership event, as the widget needs it. */
export interface LineageEvent {
  readonly id: string;
  readonly date: string;
  readonly organizationId: string;
  readonly person: string;
  readonly type: string;
  readonly verified: 'true' | 'partial' | 'false';
}

/** One organization's line: its row, its years, its first parent's row, and its events. */
export interface LineageRow {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
  readonly founded: number;
  /** The founding year, or the year of an earlier leadership event (before a split). */
  readonly since: number;
  readonly ceased: number | null;
  readonly parentRow: number | null;
  readonly parentNames: readonly string[];
  readonly events: readonly LineageEvent[];
}

/** Everything `<usmx-group-lineage>` draws. */
export interface GroupLineageModel extends WidgetModel {
  readonly rows: readonly LineageRow[];
  readonly from: number;
  readonly to: number;
  readonly undated: readonly string[];
}

export interface GroupLineageContext {
  readonly locale: Locale;
  /** Organization names in the widget's language, by id, where they differ from the tree's. */
  readonly names: ReadonlyMap<string, string>;
  readonly from: number;
  readonly to: number;
  readonly sources: readonly SourceRef[];
}

/** Which symbol an event type gets. */
export function eventKind(type: string): EventKind {
  return type === 'killed' || type === 'arrested' || type === 'extradited' ? type : 'other';
}

/** The year of an event's date. */
function eventYear(event: LineageEvent): number {
  return Number(event.date.slice(0, 4));
}

/**
 * What an event's tooltip, announcement and table entry add to it, in `lang`: that it is not
 * verified, and that it predates its organization's founding or split (a leader of Los Zetas
 * killed in 2002, when they were still the Gulf cartel's armed wing).
 */
export function eventNotes(row: LineageRow, event: LineageEvent, lang: Lang): string[] {
  const t = groupLineageWords(lang);
  return [
    ...(event.verified === 'false' ? [t.notVerified] : []),
    ...(eventYear(event) < row.founded
      ? [t.beforeFounding(String(row.founded), row.parentNames.join(', '))]
      : []),
  ];
}

/**
 * Flattens the lineage forest into rows, each organization under its first parent (depth first,
 * oldest first), keeping the organizations active at some point from `from` to `to`, and attaches
 * each leadership event of those years to its organization's row. Throws an `empty` error when no
 * organization is active in the window, naming the years the data covers.
 */
export function groupLineageModel(
  tree: LineageTree,
  events: readonly LineageEvent[],
  context: GroupLineageContext,
): GroupLineageModel {
  const { locale, from, to } = context;
  const nameOf = (node: LineageNode) => context.names.get(node.id) ?? node.name;
  const t = groupLineageWords(locale.lang);
  const fmt = (n: number) => formatNumber(locale.locale, n);
  const names = new Map<string, string>();
  const walk = (
    node: LineageNode,
    visit: (node: LineageNode, depth: number, parent: LineageNode | null) => void,
    depth = 0,
    parent: LineageNode | null = null,
  ) => {
    visit(node, depth, parent);
    for (const child of node.children) walk(child, visit, depth + 1, node);
  };
  // the years the data covers: from the first founding to the latest year it mentions
  const covered: number[] = events.map((event) => eventYear(event));
  for (const root of tree.roots)
    walk(root, (node) => {
      names.set(node.id, nameOf(node));
      if (node.yearFounded !== null)
        covered.push(node.yearFounded, node.yearCeased ?? node.yearFounded);
    });
  const first = Math.min(...covered);
  const latest = Math.max(...covered);

  const rows: LineageRow[] = [];
  const rowOf = new Map<string, number>();
  const undated: string[] = [];
  const byOrg = new Map<string, LineageEvent[]>();
  for (const event of events) {
    const year = eventYear(event);
    if (year < from || year > to) continue;
    byOrg.set(event.organizationId, [...(byOrg.get(event.organizationId) ?? []), event]);
  }
  for (const root of tree.roots) {
    walk(root, (node, depth, parent) => {
      if (node.yearFounded === null) {
        undated.push(nameOf(node));
        return;
      }
      // only organizations active at some point of the window get a line; one still active is
      // known to be so until the latest year of the data
      if (node.yearFounded > to || (node.yearCeased ?? latest) < from) return;
      rowOf.set(node.id, rows.length);
      const own = (byOrg.get(node.id) ?? []).slice().sort((a, b) => a.date.localeCompare(b.date));
      rows.push({
        id: node.id,
        name: nameOf(node),
        depth,
        founded: node.yearFounded,
        since: Math.min(node.yearFounded, ...own.map(eventYear)),
        ceased: node.yearCeased,
        parentRow: parent ? (rowOf.get(parent.id) ?? null) : null,
        parentNames: node.parentIds.map((id) => names.get(id) ?? id),
        events: own,
      });
    });
  }
  if (rows.length === 0) {
    const reason = covered.length === 0 ? t.noneDated : t.noneActive(from, to, first, latest);
    throw new WidgetError('empty', reason, [{ column: 'from', value: from, reason }]);
  }
  const drawnEvents = rows.flatMap((row) => row.events);
  const count = (kind: EventKind) => drawnEvents.filter((e) => eventKind(e.type) === kind).length;
  // the drawn forest: lines without a drawn parent, and splits between two drawn lines
  const splits = tree.links.filter(
    (link) => rowOf.has(link.childId) && rowOf.has(link.parentId),
  ).length;
  const summary = t.summary(
    {
      orgs: rows.length,
      roots: rows.filter((row) => row.parentRow === null).length,
      splits,
      events: drawnEvents.length,
      killed: count('killed'),
      arrested: count('arrested'),
      extradited: count('extradited'),
    },
    fmt,
  );

  return {
    title: t.title,
    summary,
    ...(undated.length > 0 ? { notes: [t.undated(undated.join(', '))] } : {}),
    sources: context.sources,
    citation: t.citation(from, to),
    table: {
      columns: [
        { key: 'organization', label: t.organization },
        { key: 'parents', label: t.parents },
        { key: 'founded', label: t.founded },
        { key: 'ceased', label: t.ceased },
        { key: 'events', label: t.events },
      ],
      rows: rows.map((row) => ({
        organization: row.name,
        parents: row.parentNames.join('; '),
        founded: String(row.founded),
        ceased: row.ceased === null ? '' : String(row.ceased),
        events: row.events
          .map((e) => {
            const notes = eventNotes(row, e, locale.lang).join(', ');
            return `${e.date} ${e.person} ${t.types[e.type] ?? e.type}${notes ? ` (${notes})` : ''}`;
          })
          .join('; '),
      })),
    },
    tableCaption: t.tableCaption,
    fileName: `usmx-group-lineage-${from}-${to}`,
    rows,
    from,
    to,
    undated,
  };
}
