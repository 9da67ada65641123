import type { Lang } from '../../internal/i18n.js';

/**
 * English and Spanish words for what stops `<usmx-homicide-trend>`: bad attributes, and a series
 * with no rows for the region or release. Loaded only when the widget shows such an error.
 */
export const homicideTrendProblems = {
  en: {
    regionCode: 'expected MX or an ISO 3166-2 code like MX-CHH',
    unknownRegion: 'expected MX or the ISO 3166-2 code of a Mexican state, e.g. MX-CHH',
    monthFormat: 'expected a month as YYYY-MM, e.g. 2017-04',
    dateFormat: 'expected a date as YYYY-MM-DD (or YYYY-MM, YYYY)',
    measures: 'expected count or rate',
    startsIn: (series: string | undefined, region: string, year: number) =>
      `${series} (${region}) starts in ${year}`,
    noRelease: (series: string | undefined, vintage: string, first: string) =>
      `no release of ${series} on or before ${vintage}; the first is ${first}`,
    noObservations: (series: string | undefined, region: string) =>
      `No observations of series "${series}" for region ${region}`,
    noRegionRows: 'no rows for this series and region',
    nationalOnly:
      'this series counts Mexico as a whole only: choose region="MX" or a series with states',
  },
  es: {
    regionCode: 'se esperaba MX o un código ISO 3166-2 como MX-CHH',
    unknownRegion: 'se esperaba MX o el código ISO 3166-2 de un estado de México, p. ej. MX-CHH',
    monthFormat: 'se esperaba un mes en formato AAAA-MM, p. ej. 2017-04',
    dateFormat: 'se esperaba una fecha en formato AAAA-MM-DD (o AAAA-MM, AAAA)',
    measures: 'se esperaba count o rate',
    startsIn: (series: string | undefined, region: string, year: number) =>
      `${series} (${region}) empieza en ${year}`,
    noRelease: (series: string | undefined, vintage: string, first: string) =>
      `no hay ninguna publicación de ${series} hasta el ${vintage}; la primera es del ${first}`,
    noObservations: (series: string | undefined, region: string) =>
      `No hay observaciones de la serie "${series}" para la región ${region}`,
    noRegionRows: 'no hay filas para esta serie y región',
    nationalOnly:
      'esta serie cuenta solo el total de México: elija region="MX" o una serie con estados',
  },
} as const satisfies Record<Lang, unknown>;
