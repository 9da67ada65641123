import type { balloonEffectOptionIssues } from './corridor-share.indicators.js';
import type { PropertyDeclarations } from 'lit';
import { UsmxElement } from '../../internal/base-element.js';
import { baseStyles } from '../../internal/base.styles.js';
import { WidgetError, type ErrorIssue } from '../../internal/errors.js';
import { type Lang, type Locale } from '../../internal/i18n.js';
import type { ChartLayout } from '../../internal/model.js';
import { sourceRefs } from '../../internal/source-refs.js';
import { once } from '../../internal/once.js';
import { numberAttribute, throwAttributeIssues } from '../../internal/attribute-options.js';
import { corridorShareLayout } from './corridor-share.chart.js';
import {
  corridorShareModel,
  type CorridorShareModel,
  type RouteKey,
} from './corridor-share.model.js';
import { corridorShareStyles } from './corridor-share.styles.js';
import { readerRowsOr } from '../../internal/user-rows.js';
import { corridorShareWords } from '../../locales/words.js';

/** The article's window: 95% in 2010, 90% in 2016. */
const DEFAULT_FROM = 2010;
const DEFAULT_TO = 2016;
/** Rise of the Caribbean share, in percentage points, that counts as a balloon effect. */
const DEFAULT_THRESHOLD = 5;

/** The indicator and the dataset tables the widget uses, loaded with the first widget. */
const loadModules = once(() =>
  Promise.all([import('./corridor-share.indicators.js'), import('@usmx/data/corridor')]),
);

/**
 * The share of U.S.-bound cocaine through the Mexico/Central America corridor and through the
 * Caribbean, by year: every source's figure (a range where the source gives one, never averaged),
 * and whether a "balloon effect" (the Caribbean share rising while the corridor's falls) shows
 * between `from` and `to`, and in the years between.
 *
 * @summary Cocaine corridor vs Caribbean share, every source's figure, and the balloon-effect verdict.
 * @tagname usmx-corridor-share
 *
 * @attr {number} from - First year of the verdict window (default 2010).
 * @attr {number} to - Last year of the verdict window (default 2016).
 * @attr {number} threshold - Rise of the Caribbean share, in percentage points from 0 to 100, that counts as a balloon effect (default 5).
 * @attr {string} src - URL of a JSON array of corridor observations to chart instead.
 * @prop {CorridorObservation[]} data - Corridor observations to chart instead of the embedded dataset (validated).
 *
 * @csspart callout - The verdicts.
 * @csspart chart - The chart (focusable; arrow keys move between figures).
 *
 * @cssprop [--usmx-corridor-share-corridor-color=var(--usmx-accent, light-dark(#1f5fa8, #7db3f0))] - Corridor figures.
 * @cssprop [--usmx-corridor-share-caribbean-color=light-dark(#a3520b, #f5a35c)] - Caribbean figures.
 * @cssprop [--usmx-corridor-share-window-color=light-dark(#eef2f7, #23272e)] - The shaded verdict window.
 */
export class UsmxCorridorShare extends UsmxElement<CorridorShareModel> {
  static override styles = [baseStyles, corridorShareStyles];

  static override properties: PropertyDeclarations = {
    from: { reflect: true },
    to: { reflect: true },
    threshold: { reflect: true },
  };

  declare from: string | undefined;
  declare to: string | undefined;
  declare threshold: string | undefined;

  protected override async load(locale: Locale, signal: AbortSignal): Promise<CorridorShareModel> {
    const { lang } = locale;
    const [
      {
        corridorShareOfValidRows: corridorShare,
        balloonEffectOfValidRows: balloonEffect,
        balloonEffectOptionIssues,
        isCorridorObservation,
        isIndicatorInputError,
      },
      { corridorObservations, corridorSources },
    ] = await loadModules();
    const options = await readOptions(this, balloonEffectOptionIssues, lang);
    // the reader's figures, checked without zod; the schema loads only to explain a rejected one
    const observations = await readerRowsOr(
      this,
      corridorObservations,
      {
        isRow: isCorridorObservation,
        loadSchema: async () => (await import('@usmx/data/schemas')).corridorObservationSchema,
      },
      lang,
      signal,
    );
    let corridor: ReturnType<typeof corridorShare>;
    let caribbean: ReturnType<typeof corridorShare>;
    try {
      corridor = corridorShare(observations);
      caribbean = corridorShare(observations, { route: 'caribbean' });
    } catch (error) {
      throw await this.rowsError(error, lang);
    }
    let balloon: ReturnType<typeof balloonEffect>;
    try {
      balloon = balloonEffect(observations, {
        from: options.from,
        to: options.to,
        thresholdPp: options.threshold,
      });
    } catch (error) {
      // the balloon test compares both routes inside the window: the indicator says which has no
      // figure there, and the widget words it with the years each route's figures cover
      const empty = isIndicatorInputError(error)
        ? error.issues.filter((issue) => issue.code === 'unknown-route')
        : [];
      if (empty.length === 0) throw error;
      const years = { corridor: corridor.years, caribbean: caribbean.years };
      throw new WidgetError(
        'empty',
        corridorShareWords(lang).notEnoughFigures(options.from, options.to),
        empty.map((issue) => {
          const route = issue.path[0] === 'caribbeanRoute' ? 'caribbean' : 'corridor';
          return noFigure(route, years[route], options.from, options.to, lang);
        }),
      );
    }
    const ids = [...new Set([...corridor.sourceIds, ...caribbean.sourceIds])].sort();
    return corridorShareModel(corridor, caribbean, balloon, {
      locale,
      sources: sourceRefs(ids, corridorSources),
    });
  }

  protected override layout(model: CorridorShareModel, width: number, locale: Locale): ChartLayout {
    return corridorShareLayout(model, width, locale);
  }
}

/**
 * The issue of a route the indicator found no figure for from `from` to `to`, saying which years
 * its figures (`years`) cover, in the widget's language `lang`.
 */
function noFigure(
  route: RouteKey,
  years: readonly { refYear: number }[],
  from: number,
  to: number,
  lang: Lang,
): ErrorIssue {
  const t = corridorShareWords(lang);
  const refYears = years.map((year) => year.refYear);
  const covered =
    refYears.length > 0
      ? t.figuresCover(Math.min(...refYears), Math.max(...refYears))
      : t.noFigures;
  return {
    code: 'unknown-route',
    column: 'from',
    value: from,
    reason: t.noFigure(route, from, to, covered),
  };
}

/**
 * Reads the window and the threshold, and reports every bad one at once, in the widget's language
 * `lang`, through the indicator's own check of them (`optionIssues`).
 */
async function readOptions(
  element: UsmxCorridorShare,
  optionIssues: typeof balloonEffectOptionIssues,
  lang: Lang,
): Promise<{ from: number; to: number; threshold: number }> {
  const options = {
    from: numberAttribute(element.from) ?? DEFAULT_FROM,
    to: numberAttribute(element.to) ?? DEFAULT_TO,
    thresholdPp: numberAttribute(element.threshold) ?? DEFAULT_THRESHOLD,
  };
  await throwAttributeIssues(
    optionIssues(options),
    {
      from: ['from', element.from],
      to: ['to', element.to],
      thresholdPp: ['threshold', element.threshold],
    },
    lang,
  );
  return { from: options.from, to: options.to, threshold: options.thresholdPp };
}
