import type { Lang } from '../../internal/i18n.js';
import type { RouteKey } from './corridor-share.model.js';

type Finding = 'yes' | 'no' | 'uncertain' | 'unknown';

/** English and Spanish text of `<usmx-corridor-share>`. */
export const corridorShareMessages = {
  en: {
    title: 'Share of U.S.-bound cocaine by route',
    corridor: 'Mexico/Central America corridor',
    caribbean: 'Caribbean',
    verdict: {
      yes: 'a balloon effect',
      no: 'no balloon effect',
      uncertain: 'too close to call',
      unknown: 'not enough figures to tell',
    } satisfies Record<Finding, string>,
    whose: { corridor: "the corridor's share", caribbean: "the Caribbean's" },
    shareChange: (whose: string, from: number, to: number, a?: string, b?: string) =>
      a && b
        ? a === b
          ? `${whose} stayed at ${a}`
          : `${whose} went from ${a} to ${b}`
        : a
          ? `${whose} was ${a} in ${from}, with no figure for ${to}`
          : b
            ? `${whose} has no figure for ${from} and was ${b} in ${to}`
            : `${whose} has no figure for ${from} or ${to}`,
    endToEnd: (from: number, to: number, corridor: string, caribbean: string, verdict: string) =>
      `From ${from} to ${to} ${corridor} and ${caribbean}: ${verdict}`,
    pointsRange: (low: string, high: string) => `${low} to ${high}`,
    swing: (from: number, to: number, change: string, verdict: string) =>
      `, but the answer depends on the years compared: from ${from} to ${to} the Caribbean share changed by ${change} points (${verdict})`,
    otherYears: (from: number, to: number, change: string, verdict: string) =>
      `; comparing other years, from ${from} to ${to} the Caribbean share changed by ${change} points (${verdict})`,
    callout: (from: number, to: number, verdict: string) => `${from}-${to}: ${verdict}`,
    swingLabel: 'largest swing',
    spanFigure: 'one figure for two or more years',
    rangeFigure: 'a range (low to high)',
    windowKey: (from: number, to: number) => `${from}-${to}, the years tested`,
    threshold: (pp: string) =>
      `Balloon effect: the Caribbean share rises by at least ${pp} points while the corridor's falls.`,
    year: 'Year',
    route: 'Route',
    low: 'Low (%)',
    high: 'High (%)',
    period: 'Period',
    wording: 'Wording',
    reportedBy: 'Reported by',
    source: 'Source',
    axis: '% of U.S.-bound cocaine',
    tableCaption: 'Published estimates of the share of U.S.-bound cocaine by route',
    announce: (year: string, route: string, value: string, by: string, period: string) =>
      `${year}, ${route}: ${value} (${by}; ${period})`,
    citation: (from: number, to: number, pp: string) =>
      `usmx, “Share of U.S.-bound cocaine by route”, balloon test ${from}-${to} at ${pp} points.`,
    csvOnly: 'This widget reads a JSON array of corridor observations.',
    notEnoughFigures: (from: number, to: number) =>
      `Not enough figures from ${from} to ${to} to test for a balloon effect`,
    noFigure: (route: RouteKey, from: number, to: number, covered: string) =>
      `no ${route === 'corridor' ? 'Mexico/Central America corridor' : 'Caribbean'} figure in ${from}-${to}; ${covered}`,
    figuresCover: (first: number, last: number) => `its figures cover ${first}-${last}`,
    noFigures: 'it has no figures',
    expectedPoints: 'expected percentage points from 0 to 100',
    afterFrom: (from: number) => `must be after from (${from})`,
  },
  es: {
    title: 'Proporción de la cocaína destinada a EE. UU. por ruta',
    corridor: 'Corredor México-Centroamérica',
    caribbean: 'Caribe',
    verdict: {
      yes: 'efecto globo',
      no: 'sin efecto globo',
      uncertain: 'resultado incierto',
      unknown: 'faltan cifras para saberlo',
    } satisfies Record<Finding, string>,
    whose: { corridor: 'la proporción del corredor', caribbean: 'la del Caribe' },
    shareChange: (whose: string, from: number, to: number, a?: string, b?: string) =>
      a && b
        ? a === b
          ? `${whose} se mantuvo en ${a}`
          : `${whose} pasó de ${a} a ${b}`
        : a
          ? `${whose} fue de ${a} en ${from}, sin cifra para ${to}`
          : b
            ? `${whose} no tiene cifra para ${from} y fue de ${b} en ${to}`
            : `${whose} no tiene cifra para ${from} ni para ${to}`,
    endToEnd: (from: number, to: number, corridor: string, caribbean: string, verdict: string) =>
      `De ${from} a ${to} ${corridor} y ${caribbean}: ${verdict}`,
    pointsRange: (low: string, high: string) => `${low} a ${high}`,
    swing: (from: number, to: number, change: string, verdict: string) =>
      `, pero la respuesta depende de los años comparados: de ${from} a ${to} la proporción del Caribe cambió ${change} puntos (${verdict})`,
    otherYears: (from: number, to: number, change: string, verdict: string) =>
      `; comparando otros años, de ${from} a ${to} la proporción del Caribe cambió ${change} puntos (${verdict})`,
    callout: (from: number, to: number, verdict: string) => `${from}-${to}: ${verdict}`,
    swingLabel: 'mayor cambio',
    spanFigure: 'una cifra para dos o más años',
    rangeFigure: 'un rango (mínimo a máximo)',
    windowKey: (from: number, to: number) => `${from}-${to}, los años comparados`,
    threshold: (pp: string) =>
      `Efecto globo: la proporción del Caribe sube al menos ${pp} puntos mientras la del corredor baja.`,
    year: 'Año',
    route: 'Ruta',
    low: 'Mínimo (%)',
    high: 'Máximo (%)',
    period: 'Periodo',
    wording: 'Redacción',
    reportedBy: 'Publicado por',
    source: 'Fuente',
    axis: '% de la cocaína destinada a EE. UU.',
    tableCaption:
      'Estimaciones publicadas de la proporción de cocaína destinada a EE. UU. por ruta',
    announce: (year: string, route: string, value: string, by: string, period: string) =>
      `${year}, ${route}: ${value} (${by}; ${period})`,
    citation: (from: number, to: number, pp: string) =>
      `usmx, «Proporción de la cocaína destinada a EE. UU. por ruta», prueba de efecto globo ${from}-${to} con ${pp} puntos.`,
    csvOnly: 'Este widget lee un arreglo JSON de observaciones del corredor.',
    notEnoughFigures: (from: number, to: number) =>
      `No hay suficientes cifras de ${from} a ${to} para saber si hubo efecto globo`,
    noFigure: (route: RouteKey, from: number, to: number, covered: string) =>
      `no hay ninguna cifra ${route === 'corridor' ? 'del corredor México-Centroamérica' : 'del Caribe'} en ${from}-${to}; ${covered}`,
    figuresCover: (first: number, last: number) => `sus cifras cubren ${first}-${last}`,
    noFigures: 'no tiene cifras',
    expectedPoints: 'se esperaban puntos porcentuales entre 0 y 100',
    afterFrom: (from: number) => `debe ser posterior a from (${from})`,
  },
} as const satisfies Record<Lang, unknown>;
