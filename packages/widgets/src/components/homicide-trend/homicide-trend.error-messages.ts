import type { IndicatorInputIssue } from '@usmx/indicators/errors';
import type { Lang } from '../../internal/i18n.js';
import { firstSix } from '../../locales/issue-locale.js';

/** The attribute a reader can change to move the month the chart sums up to; none for the data alone. */
export type MonthAttribute = 'as-of' | 'to' | 'vintage' | undefined;

/** What the as-of words need of the indicator's issues about the month asked for. */
interface MonthProblem {
  /** `series (region)`. */
  what: string;
  releases: string;
  issue: IndicatorInputIssue;
  /** The months missing, when months are missing. */
  missing: string[];
}

/** The issues of one rejected month as one problem: the first issue, and the missing months. */
function monthProblem(
  issues: readonly IndicatorInputIssue[],
  releases: (vintage: string | null) => string,
): MonthProblem {
  const issue = issues[0]!;
  const params = issue.params as { series: string; region?: string; vintage: string | null };
  return {
    what: params.region === undefined ? params.series : `${params.series} (${params.region})`,
    releases: releases(params.vintage),
    issue,
    missing: issues
      .filter((found) => found.code === 'missing-month')
      .map((found) => String(found.value)),
  };
}

/**
 * English and Spanish words for what stops `<usmx-homicide-trend>`: bad attributes, and a series
 * with no rows for the region or release. Loaded only when the widget shows such an error.
 */
export const homicideTrendProblems = {
  en: {
    unknownRegion: 'expected MX or the ISO 3166-2 code of a Mexican state, e.g. MX-CHH',
    measures: 'expected count or rate',
    noRelease: (series: string | undefined, vintage: string, first: string) =>
      `no release of ${series} on or before ${vintage}; the first is ${first}`,
    noObservations: (series: string | undefined, region: string) =>
      `No observations of series "${series}" for region ${region}`,
    noRegionRows: 'no rows for this series and region',
    nationalOnly:
      'this series counts Mexico as a whole only: choose region="MX" or a series with states',
    /** Why the month the chart sums up to cannot be used, advising on `attribute`. */
    asOf: (issues: readonly IndicatorInputIssue[], attribute: MonthAttribute) => {
      const { what, releases, issue, missing } = monthProblem(issues, (vintage) =>
        vintage ? ` in the releases up to ${vintage}` : '',
      );
      switch (issue.code) {
        case 'outside-years':
          return `outside the data: ${what} has annual rows for ${issue.params.first}-${issue.params.last}${releases}`;
        case 'outside-months':
          return `outside the data: ${what} has months ${issue.params.first} to ${issue.params.last}${releases}`;
        case 'before-series-start': {
          const { earliest } = issue.params;
          const advice = !earliest
            ? 'no month of the data has a year before it to compare with'
            : attribute === 'to'
              ? `choose a to from ${earliest.slice(0, 4)} on`
              : attribute === 'vintage'
                ? 'choose a later vintage'
                : `choose an as-of from ${earliest} on`;
          return `the year-to-date change compares the same months of the year before, and ${what} starts in ${issue.params.first}${releases}: ${advice}`;
        }
        default:
          return `${what} has no row for ${firstSix(missing, (n) => `${n} in all`)}${releases}, which the year-to-date change adds up`;
      }
    },
  },
  es: {
    unknownRegion: 'se esperaba MX o el código ISO 3166-2 de un estado de México, p. ej. MX-CHH',
    measures: 'se esperaba count o rate',
    noRelease: (series: string | undefined, vintage: string, first: string) =>
      `no hay ninguna publicación de ${series} hasta el ${vintage}; la primera es del ${first}`,
    noObservations: (series: string | undefined, region: string) =>
      `No hay observaciones de la serie "${series}" para la región ${region}`,
    noRegionRows: 'no hay filas para esta serie y región',
    nationalOnly:
      'esta serie cuenta solo el total de México: elija region="MX" o una serie con estados',
    /** Por qué no se puede usar el mes hasta el que suma la gráfica, con consejo sobre `attribute`. */
    asOf: (issues: readonly IndicatorInputIssue[], attribute: MonthAttribute) => {
      const { what, releases, issue, missing } = monthProblem(issues, (vintage) =>
        vintage ? ` en las publicaciones hasta el ${vintage}` : '',
      );
      switch (issue.code) {
        case 'outside-years':
          return `fuera de los datos: ${what} tiene filas anuales de ${issue.params.first} a ${issue.params.last}${releases}`;
        case 'outside-months':
          return `fuera de los datos: ${what} tiene meses de ${issue.params.first} a ${issue.params.last}${releases}`;
        case 'before-series-start': {
          const { earliest } = issue.params;
          const advice = !earliest
            ? 'ningún mes de los datos tiene un año anterior con el cual compararse'
            : attribute === 'to'
              ? `elija un to desde ${earliest.slice(0, 4)}`
              : attribute === 'vintage'
                ? 'elija un vintage posterior'
                : `elija un as-of desde ${earliest}`;
          return `el cambio en lo que va del año compara los mismos meses del año anterior, y ${what} empieza en ${issue.params.first}${releases}: ${advice}`;
        }
        default:
          return `a ${what} le faltan los meses ${firstSix(missing, (n) => `${n} en total`)}${releases}, que suma el cambio en lo que va del año`;
      }
    },
  },
} as const satisfies Record<Lang, unknown>;
