import type { PropertyDeclarations } from 'lit';
import type { yearRangeIssues } from './group-lineage.indicators.js';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import { spanishRenderings, type Lang, type Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { sourceRefs } from '../../internal/source-refs.js';
import { numberAttribute, throwAttributeIssues } from '../../internal/attribute-options.js';
import { once } from '../../internal/once.js';
import { groupLineageLayout } from './group-lineage.chart.js';
import {
  groupLineageModel,
  type GroupLineageModel,
  type LineageEvent,
} from './group-lineage.model.js';
import { groupLineageStyles } from './group-lineage.styles.js';
import { latestYear, readerOrganizations } from '../../internal/organizations.js';

/** The Guadalajara cartel, from which most of today's organizations descend, dates from 1980. */
const DEFAULT_FROM = 1980;

/** The indicator and the dataset tables the widget uses, loaded with the first widget. */
const loadModules = once(() =>
  Promise.all([import('./group-lineage.indicators.js'), import('@usmx/data/groups')]),
);

/**
 * The family tree of Mexico's criminal organizations over time: one line per organization from
 * the year it was founded or split off to its last year as a major group, a connector to the
 * organization it came from, and its leaders' arrests, killings and extraditions marked on it
 * (on a dashed stretch before the founding or split, for leaders of the group before it split off).
 *
 * @summary The lineage of splits among Mexico's criminal organizations, with leadership events.
 * @tagname usmx-group-lineage
 *
 * @attr {number} from - First year shown (default 1980); older lines start at the edge.
 * @attr {number} to - Last year shown (default: the latest year in the data).
 * @attr {string} src - URL of a JSON array of organizations to draw instead (no leadership events then).
 * @prop {Organization[]} data - Organizations to draw instead of the embedded dataset (validated).
 *
 * @csspart chart - The chart (focusable; arrow keys move between organizations and events).
 *
 * @cssprop [--usmx-group-lineage-line-color=var(--usmx-accent, light-dark(#1f5fa8, #7db3f0))] - Organization lines, their dashed stretch before a split, and split connectors.
 * @cssprop [--usmx-group-lineage-event-color=var(--usmx-color-highlight, light-dark(#b3261e, #ff8a80))] - Leadership event symbols.
 */
export class UsmxGroupLineage extends UsmxElement<GroupLineageModel> {
  static override styles = [baseStyles, groupLineageStyles];

  static override properties: PropertyDeclarations = {
    from: { reflect: true },
    to: { reflect: true },
  };

  declare from: string | undefined;
  declare to: string | undefined;

  protected override async load(locale: Locale, signal: AbortSignal): Promise<GroupLineageModel> {
    const [
      { lineageTreeOfValidRows: lineageTree, isOrganization, yearRangeIssues },
      { organizations, leadershipEvents, groupSources },
    ] = await loadModules();
    const userData = this.userDataOrigin() !== undefined;
    const rows = await readerOrganizations(
      this,
      organizations,
      isOrganization,
      locale.lang,
      signal,
    );
    const events: LineageEvent[] = userData ? [] : [...leadershipEvents];
    const latest = latestYear(
      rows,
      events.map((e) => Number(e.date.slice(0, 4))),
    );
    const { from, to } = await readOptions(this, latest, yearRangeIssues, locale.lang);
    let tree: ReturnType<typeof lineageTree>;
    try {
      tree = lineageTree(rows);
    } catch (error) {
      throw await this.rowsError(error, locale.lang);
    }
    const ids = [
      ...new Set([
        ...rows.flatMap((o) => o.sourceIds),
        ...(userData ? [] : leadershipEvents.flatMap((e) => e.sourceIds)),
      ]),
    ].sort();
    return groupLineageModel(tree, events, {
      locale,
      names: spanishRenderings(
        locale.lang,
        rows,
        (o) => o.id,
        (o) => o.name.es,
      ),
      from,
      to,
      sources: sourceRefs(ids, groupSources),
    });
  }

  protected override layout(model: GroupLineageModel, width: number, locale: Locale): ChartLayout {
    return groupLineageLayout(model, width, locale);
  }
}

/**
 * Reads the years shown, `from` (default 1980) to `to` (default the data's last year, `latest`),
 * and reports every bad one at once, in the widget's language `lang`, through the indicators'
 * check of a span of years (`rangeIssues`).
 */
async function readOptions(
  element: UsmxGroupLineage,
  latest: number,
  rangeIssues: typeof yearRangeIssues,
  lang: Lang,
): Promise<{ from: number; to: number }> {
  const from = numberAttribute(element.from) ?? DEFAULT_FROM;
  const to = numberAttribute(element.to);
  await throwAttributeIssues(
    rangeIssues({ from, to }),
    { from: ['from', element.from], to: ['to', element.to] },
    lang,
  );
  return { from, to: to ?? Math.max(latest, from) };
}
