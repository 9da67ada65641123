import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { NamedSplinterRule } from '@usmx/indicators/splinter-count';
import type { splinterCountOptionIssues } from './splinter-count.indicators.js';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import { invalidAttributes } from '../../internal/errors.js';
import { emit } from '../../internal/events.js';
import { spanishRenderings, type Lang, type Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { sourceRefs } from '../../internal/source-refs.js';
import { numberAttribute, throwAttributeIssues } from '../../internal/attribute-options.js';
import { once } from '../../internal/once.js';
import { splinterCountLayout } from './splinter-count.chart.js';
import { splinterCountModel, type SplinterCountModel } from './splinter-count.model.js';
import { splinterCountStyles } from './splinter-count.styles.js';
import { latestYear, readerOrganizations } from '../../internal/organizations.js';
import { commonWords, splinterCountWords } from '../../locales/words.js';

const DEFAULT_FROM = 1990;

/** The indicator and the dataset tables the widget uses, loaded with the first widget. */
const loadModules = once(() =>
  Promise.all([import('./splinter-count.indicators.js'), import('@usmx/data/groups')]),
);

/**
 * How many criminal organizations Mexico has, year by year, under a counting rule (every
 * organization in the lineage of splits, or a published "major groups" list), with every
 * published count beside it, each as its own mark in its own unit (cartels, cells, armed groups
 * are never added up). A control lets the reader switch rules.
 *
 * @summary Active criminal organizations per year under a counting rule, beside the published counts.
 * @tagname usmx-splinter-count
 *
 * @attr {string} rule - Counting rule: `lineage` (default), `lineage-verified`, or a published list (`CRS_2006_four`, `PGR_end_Fox_seven`, `PGR_2012_eight`, `PGR_2014_nine`, `Lantia_2014_nine`, `DEA_seven_CRS2015`, `DEA_NDTA2019_six`, `BACRIM2020`).
 * @attr {number} from - First year shown (default 1990).
 * @attr {number} to - Last year shown (default and at most: the latest year in the data).
 * @attr {string} src - URL of a JSON array of organizations to count instead.
 * @prop {Organization[]} data - Organizations to count instead of the embedded dataset (validated).
 *
 * @fires {CustomEvent<UsmxRuleChangeDetail>} usmx-rule-change - The reader picked another rule (not fired when `rule` is set from code).
 *
 * @csspart callout - The count at both ends of the range.
 * @csspart controls - The rule switch.
 * @csspart chart - The chart (focusable; arrow keys move between counts).
 *
 * @cssprop [--usmx-splinter-count-counted-color=var(--usmx-accent, light-dark(#1f5fa8, #7db3f0))] - The count under the rule.
 * @cssprop [--usmx-splinter-count-published-color=light-dark(#a3520b, #f5a35c)] - Published counts.
 */
export class UsmxSplinterCount extends UsmxElement<SplinterCountModel> {
  static override styles = [baseStyles, splinterCountStyles];

  static override properties: PropertyDeclarations = {
    rule: { reflect: true },
    from: { reflect: true },
    to: { reflect: true },
  };

  declare rule: string | undefined;
  declare from: string | undefined;
  declare to: string | undefined;

  protected override async load(locale: Locale, signal: AbortSignal): Promise<SplinterCountModel> {
    const [
      {
        splinterCountOfValidRows: splinterCount,
        splinterCountOptionIssues,
        publishedCountsOfValidRows: publishedCounts,
        isOrganization,
        MAJOR_LIST_YEARS,
        SPLINTER_RULES,
      },
      { organizations, publishedGroupCounts, groupSources },
    ] = await loadModules();
    const rows = await readerOrganizations(
      this,
      organizations,
      isOrganization,
      locale.lang,
      signal,
    );
    const latest = latestYear(
      rows,
      publishedGroupCounts.map((c) => c.refYearTo ?? c.refYear),
    );
    const options = await readOptions(this, latest, splinterCountOptionIssues, locale.lang);
    let count: ReturnType<typeof splinterCount>;
    try {
      count = splinterCount(rows, { from: options.from, to: options.to, rule: options.rule });
    } catch (error) {
      throw await this.rowsError(error, locale.lang);
    }
    const published = publishedCounts(publishedGroupCounts);
    const ids = [...new Set([...count.sourceIds, ...published.sourceIds])].sort();
    return splinterCountModel(count, published, {
      locale,
      units: spanishRenderings(
        locale.lang,
        publishedGroupCounts,
        (c) => c.unit.en,
        (c) => c.unit.es,
      ),
      countingBodies: spanishRenderings(
        locale.lang,
        publishedGroupCounts,
        (c) => c.countingBody.en,
        (c) => c.countingBody.es,
      ),
      ...options,
      rules: SPLINTER_RULES,
      listYear: (MAJOR_LIST_YEARS as Readonly<Record<string, number>>)[options.rule],
      sources: sourceRefs(ids, groupSources),
    });
  }

  protected override layout(model: SplinterCountModel, width: number, locale: Locale): ChartLayout {
    return splinterCountLayout(model, width, locale);
  }

  protected override renderControls(model: SplinterCountModel, locale: Locale): TemplateResult {
    const t = splinterCountWords(locale.lang);
    return html`<div class="controls" part="controls">
      <label for="rule">${t.ruleControl}</label>
      <select id="rule" @change=${this.#onRuleChange}>
        ${model.rules.map((rule) => html`<option value=${rule} ?selected=${rule === model.rule}>${t.ruleOptions[rule]}</option>`)}
      </select>
    </div>`;
  }

  readonly #onRuleChange = (event: Event): void => {
    const rule = (event.target as HTMLSelectElement).value;
    this.rule = rule;
    emit(this, 'usmx-rule-change', { rule });
  };
}

/**
 * Reads the rule and the years, and reports every bad one at once, in the widget's language `lang`:
 * through the indicator's own check of them (`optionIssues`), then the widget's own rule that the
 * chart ends with the data's last year, `latest` (of the organizations and the published counts
 * drawn beside them), whatever `to` asks for.
 */
async function readOptions(
  element: UsmxSplinterCount,
  latest: number,
  optionIssues: typeof splinterCountOptionIssues,
  lang: Lang,
): Promise<{ rule: NamedSplinterRule; from: number; to: number }> {
  const from = numberAttribute(element.from) ?? DEFAULT_FROM;
  const options = {
    rule: (element.rule?.trim() || 'lineage') as NamedSplinterRule,
    from,
    // no `to`: the data's last year, or `from` after it, which the widget refuses below
    to: numberAttribute(element.to) ?? (from > latest ? from : latest),
  };
  await throwAttributeIssues(
    optionIssues(options),
    { rule: ['rule', element.rule], from: ['from', element.from], to: ['to', element.to] },
    lang,
  );
  if (options.from > latest) {
    const reason = commonWords(lang).afterData(latest);
    throw invalidAttributes([{ column: 'from', value: element.from, reason }], lang);
  }
  return { ...options, to: Math.min(options.to, latest) };
}
