import type { Lang } from '../../internal/i18n.js';

type Verdict =
  | 'supported'
  | 'partly supported'
  | 'not supported'
  | 'depends on definition'
  | 'cannot be checked';

/** English and Spanish text of `<usmx-claim>`. */
export const claimMessages = {
  en: {
    title: 'A claim, checked against the data',
    verdicts: {
      supported: 'Supported',
      'partly supported': 'Partly supported',
      'not supported': 'Not supported',
      'depends on definition': 'Depends on the definition',
      'cannot be checked': 'Cannot be checked',
    } satisfies Record<Verdict, string>,
    verdictLabel: 'Verdict',
    summary: (verdict: string, claimed: string | null, agreeing: number, decided: number) =>
      `${verdict}: ${claimed ? `the claim says ${claimed}; ` : ''}${agreeing} of ${decided} ${decided === 1 ? 'figure agrees' : 'figures agree'} with it.`,
    englishRendering: 'In English',
    attribution: (claimant: string, date: string) => `${claimant}, ${date}`,
    asPublished: (vintage: string) => `as published by ${vintage}`,
    now: 'latest data',
    claimed: 'claimed',
    balloonZone: 'balloon effect',
    agrees: 'agrees',
    disagrees: 'does not agree',
    undecided: 'cannot say',
    otherDefinition: 'other definition',
    reference: (year: number, value: string) => `record before: ${value} (${year})`,
    from: (year: number, value: string) => `${value} in ${year}`,
    recordKey: 'record before',
    percentWord: 'percent',
    fromKey: (year: number) => `value in ${year}`,
    undrawn: (count: number, unit: string) =>
      `Not drawn: ${count} ${count === 1 ? 'figure' : 'figures'} in ${unit}, listed in the data table.`,
    units: {
      percent: '%',
      pp: 'percentage points',
      deaths: 'deaths',
      victims: 'victims',
      incidents: 'case files',
      groups: 'groups',
      count: 'count',
    } as Record<string, string>,
    axis: (unit: string) => unit,
    tableCaption: 'What each series, figure or counting rule says about the claim',
    columns: {
      reading: 'Series, figure or rule',
      asOf: 'Data',
      release: 'Release',
      low: 'Low',
      high: 'High',
      unit: 'Unit',
      definition: "Claim's definition",
      agrees: 'Agrees',
      sources: 'Sources',
    },
    yes: 'yes',
    no: 'no',
    citation: (id: string, verdict: string) => `usmx, claims ledger, “${id}”: ${verdict}.`,
    unknownClaim: 'Unknown claim',
    unknownClaimReason: (known: string) => `no claim with this id; known claims: ${known}`,
  },
  es: {
    title: 'Una afirmación, verificada con los datos',
    verdicts: {
      supported: 'Respaldada',
      'partly supported': 'Parcialmente respaldada',
      'not supported': 'No respaldada',
      'depends on definition': 'Depende de la definición',
      'cannot be checked': 'No se puede verificar',
    } satisfies Record<Verdict, string>,
    verdictLabel: 'Veredicto',
    summary: (verdict: string, claimed: string | null, agreeing: number, decided: number) =>
      `${verdict}: ${claimed ? `la afirmación dice ${claimed}; ` : ''}${agreeing} de ${decided} ${decided === 1 ? 'cifra coincide' : 'cifras coinciden'} con ella.`,
    englishRendering: 'En inglés',
    attribution: (claimant: string, date: string) => `${claimant}, ${date}`,
    asPublished: (vintage: string) => `según lo publicado al ${vintage}`,
    now: 'datos más recientes',
    claimed: 'afirmado',
    balloonZone: 'efecto globo',
    agrees: 'coincide',
    disagrees: 'no coincide',
    undecided: 'no permite decidir',
    otherDefinition: 'otra definición',
    reference: (year: number, value: string) => `récord anterior: ${value} (${year})`,
    from: (year: number, value: string) => `${value} en ${year}`,
    recordKey: 'récord anterior',
    percentWord: 'porcentaje',
    fromKey: (year: number) => `valor en ${year}`,
    undrawn: (count: number, unit: string) =>
      `No se ${count === 1 ? 'dibuja' : 'dibujan'}: ${count} ${count === 1 ? 'cifra' : 'cifras'} en ${unit}; ${count === 1 ? 'figura' : 'figuran'} en la tabla de datos.`,
    units: {
      percent: '%',
      pp: 'puntos porcentuales',
      deaths: 'defunciones',
      victims: 'víctimas',
      incidents: 'carpetas o averiguaciones',
      groups: 'grupos',
      count: 'número',
    } as Record<string, string>,
    axis: (unit: string) => unit,
    tableCaption: 'Qué dice cada serie, cifra o regla de conteo sobre la afirmación',
    columns: {
      reading: 'Serie, cifra o regla',
      asOf: 'Datos',
      release: 'Publicación',
      low: 'Mínimo',
      high: 'Máximo',
      unit: 'Unidad',
      definition: 'Definición de la afirmación',
      agrees: 'Coincide',
      sources: 'Fuentes',
    },
    yes: 'sí',
    no: 'no',
    citation: (id: string, verdict: string) =>
      `usmx, registro de afirmaciones, «${id}»: ${verdict}.`,
    unknownClaim: 'Afirmación desconocida',
    unknownClaimReason: (known: string) =>
      `no hay una afirmación con este id; las conocidas son: ${known}`,
  },
} as const satisfies Record<Lang, unknown>;
