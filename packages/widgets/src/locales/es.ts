import type * as en from './en.js';

/*
 * The Spanish words of every widget: the tables of `en.ts`, one per widget and one shared, with
 * the same message ids (the types make every table complete). Loaded with `import()` by the first
 * widget that speaks Spanish (see `words.ts`), so English pages never download them.
 */

/** "junto a 3 conteos publicados en 2 unidades distintas que nunca se suman", en número. */
function publishedCounts(count: number, units: number): string {
  if (count === 0) return 'y ningún conteo publicado en estos años';
  if (count === 1) return 'junto a 1 conteo publicado';
  return units === 1
    ? `junto a ${count} conteos publicados en una sola unidad`
    : `junto a ${count} conteos publicados en ${units} unidades distintas que nunca se suman`;
}

export const common: typeof en.common = {
  loading: 'Cargando gráfica…',
  errorTitle: 'No se pudo dibujar esta gráfica',
  showTable: 'Mostrar tabla de datos',
  hideTable: 'Ocultar tabla de datos',
  downloadCsv: 'Descargar CSV',
  downloadSvg: 'Descargar SVG',
  downloadPng: 'Descargar PNG',
  actions: 'Acciones de la gráfica',
  keyboardHelp:
    'Use las flechas izquierda y derecha para recorrer los datos, Inicio y Fin para ir a los extremos.',
  sources: 'Fuentes',
  citeThis: 'Cómo citar',
  csvSource: 'Fuente',
  csvCite: 'Cita',
  downloadFailed: 'La descarga falló. Inténtelo de nuevo.',
  row: 'fila',
  column: 'columna',
  value: 'valor',
  invalidAttribute: (name) => `Atributo "${name}" no válido`,
  invalidAttributes: (n) => (n === 1 ? 'Atributo no válido' : `${n} atributos no válidos`),
  invalid: 'no válido',
  expectedOneOf: (values) => `se esperaba uno de: ${values}`,
  notAfterTo: (to) => `no puede ser posterior a to (${to})`,
  afterData: (last) => `posterior al último año de los datos (${last})`,
  invalidValues: (origin, n, atLeast?) =>
    `${origin}: ${atLeast ? 'al menos ' : ''}${n} ${n === 1 ? 'valor no válido' : 'valores no válidos'}`,
  problems: (n, atLeast?) =>
    n === 1
      ? '1 problema en los datos de entrada'
      : `${atLeast ? 'al menos ' : ''}${n} problemas en los datos de entrada`,
};

export const claim: typeof en.claim = {
  title: 'Una afirmación, verificada con los datos',
  verdicts: {
    supported: 'Respaldada',
    'partly supported': 'Parcialmente respaldada',
    'not supported': 'No respaldada',
    'depends on definition': 'Depende de la definición',
    'cannot be checked': 'No se puede verificar',
  },
  verdictLabel: 'Veredicto',
  summary: (answer, verdict, direction, claimed, agreeing, decided) =>
    `${answer} ${verdict}${direction ? ` (${direction})` : ''}: ${claimed ? `la afirmación dice ${claimed}; ` : ''}${agreeing} de ${decided} ${decided === 1 ? 'cifra coincide' : 'cifras coinciden'} con ella.`,
  directions: {
    understated: 'la afirmación se queda corta',
    overstated: 'la afirmación exagera',
    matches: 'la afirmación coincide con sus propias cifras',
  },
  definitions: {
    own: 'propia',
    other: 'otra plausible',
    context: 'solo contexto',
  },
  englishRendering: 'En inglés',
  attribution: (claimant, date) => `${claimant}, ${date}`,
  asPublished: (vintage) => `según lo publicado al ${vintage}`,
  now: 'datos más recientes',
  claimed: 'afirmado',
  balloonZone: 'efecto globo',
  agrees: 'coincide',
  disagrees: 'no coincide',
  undecided: 'no permite decidir',
  otherDefinition: 'otra definición',
  contextOnly: 'solo contexto, no cuenta',
  reference: (year, value) => `récord anterior: ${value} (${year})`,
  from: (year, value) => `${value} en ${year}`,
  recordKey: 'récord anterior',
  percentWord: 'porcentaje',
  fromKey: (year) => `valor en ${year}`,
  undrawn: (count, unit) =>
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
  axis: (unit) => unit,
  tableCaption: 'Qué dice cada serie, cifra o regla de conteo sobre la afirmación',
  columns: {
    reading: 'Serie, cifra o regla',
    asOf: 'Datos',
    release: 'Publicación',
    low: 'Mínimo',
    high: 'Máximo',
    unit: 'Unidad',
    definition: 'Definición',
    agrees: 'Coincide',
    sources: 'Fuentes',
  },
  yes: 'sí',
  no: 'no',
  citation: (id, verdict) => `usmx, registro de afirmaciones, «${id}»: ${verdict}.`,
  unknownClaim: 'Afirmación desconocida',
  unknownClaimReason: (known) => `no hay una afirmación con este id; las conocidas son: ${known}`,
};

export const corridorShare: typeof en.corridorShare = {
  title: 'Proporción de la cocaína destinada a EE. UU. por ruta',
  corridor: 'Corredor México-Centroamérica',
  caribbean: 'Caribe',
  verdict: {
    yes: 'efecto globo',
    no: 'sin efecto globo',
    uncertain: 'resultado incierto',
    unknown: 'faltan cifras para saberlo',
  },
  whose: { corridor: 'la proporción del corredor', caribbean: 'la del Caribe' },
  shareChange: (whose, from, to, a?, b?) =>
    a && b
      ? a === b
        ? `${whose} se mantuvo en ${a}`
        : `${whose} pasó de ${a} a ${b}`
      : a
        ? `${whose} fue de ${a} en ${from}, sin cifra para ${to}`
        : b
          ? `${whose} no tiene cifra para ${from} y fue de ${b} en ${to}`
          : `${whose} no tiene cifra para ${from} ni para ${to}`,
  endToEnd: (from, to, corridor, caribbean, verdict) =>
    `De ${from} a ${to} ${corridor} y ${caribbean}: ${verdict}`,
  pointsRange: (low, high) => `${low} a ${high}`,
  swing: (from, to, change, verdict) =>
    `, pero la respuesta depende de los años comparados: de ${from} a ${to} la proporción del Caribe cambió ${change} puntos (${verdict})`,
  otherYears: (from, to, change, verdict) =>
    `; comparando otros años, de ${from} a ${to} la proporción del Caribe cambió ${change} puntos (${verdict})`,
  callout: (from, to, verdict) => `${from}-${to}: ${verdict}`,
  swingLabel: 'mayor cambio',
  spanFigure: 'una cifra para dos o más años',
  rangeFigure: 'un rango (mínimo a máximo)',
  windowKey: (from, to) => `${from}-${to}, los años comparados`,
  threshold: (pp) =>
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
  tableCaption: 'Estimaciones publicadas de la proporción de cocaína destinada a EE. UU. por ruta',
  announce: (year, route, value, by, period) => `${year}, ${route}: ${value} (${by}; ${period})`,
  citation: (from, to, pp) =>
    `usmx, «Proporción de la cocaína destinada a EE. UU. por ruta», prueba de efecto globo ${from}-${to} con ${pp} puntos.`,
  csvOnly: 'Este widget lee un arreglo JSON de observaciones del corredor.',
  notEnoughFigures: (from, to) =>
    `No hay suficientes cifras de ${from} a ${to} para saber si hubo efecto globo`,
  noFigure: (route, from, to, covered) =>
    `no hay ninguna cifra ${route === 'corridor' ? 'del corredor México-Centroamérica' : 'del Caribe'} en ${from}-${to}; ${covered}`,
  figuresCover: (first, last) => `sus cifras cubren ${first}-${last}`,
  noFigures: 'no tiene cifras',
};

export const groupLineage: typeof en.groupLineage = {
  title: 'Las organizaciones criminales de México: el árbol de escisiones',
  kinds: {
    killed: 'abatido',
    arrested: 'detenido',
    extradited: 'extraditado',
    other: 'otro evento',
  },
  types: {
    arrested: 'detenido',
    killed: 'abatido',
    died: 'murió',
    extradited: 'extraditado',
    escaped: 'se fugó',
    released: 'liberado',
    sentenced_us: 'sentenciado en EE. UU.',
    reported_killed_false: 'reportado muerto por error',
  } as Record<string, string>,
  summary: (c, fmt) =>
    `${fmt(c.orgs)} ${c.orgs === 1 ? 'organización desciende' : 'organizaciones descienden'} de ${fmt(c.roots)} ${c.roots === 1 ? 'grupo fundador' : 'grupos fundadores'} a través de ${fmt(c.splits)} ${c.splits === 1 ? 'escisión' : 'escisiones'}; ${c.events === 1 ? 'se marca' : 'se marcan'} ${fmt(c.events)} ${c.events === 1 ? 'evento' : 'eventos'} de liderazgo (${fmt(c.killed)} ${c.killed === 1 ? 'abatido' : 'abatidos'}, ${fmt(c.arrested)} ${c.arrested === 1 ? 'detenido' : 'detenidos'}, ${fmt(c.extradited)} ${c.extradited === 1 ? 'extraditado' : 'extraditados'}).`,
  organization: 'Organización',
  parents: 'Proviene de',
  founded: 'Fundación o escisión',
  ceased: 'Último año como grupo principal',
  events: 'Eventos de liderazgo',
  active: 'activa',
  notVerified: 'sin verificar',
  tableCaption: 'Organizaciones, su origen y eventos de liderazgo',
  announceOrg: (name, founded, parents, ceased) =>
    `${name}: ${parents ? `escisión de ${parents} en ${founded}` : `fundada en ${founded}`}${ceased ? `, principal hasta ${ceased}` : ''}`,
  announceEvent: (org, date, person, type, notes) =>
    `${org}, ${date}: ${person} ${type}${notes ? ` (${notes})` : ''}`,
  beforeFounding: (founded, parents) =>
    parents
      ? `antes de la escisión de ${parents} en ${founded}`
      : `antes de su fundación en ${founded}`,
  beforeFoundingKey: 'antes de su escisión o fundación',
  citation: (from, to) =>
    `usmx, «Las organizaciones criminales de México: el árbol de escisiones», ${from}-${to}.`,
  undated: (names) => `Sin dibujar (sin año de fundación): ${names}.`,
  noneActive: (from, to, first, last) =>
    `Ninguna organización está activa de ${from} a ${to}; los datos cubren ${first}-${last}.`,
  noneDated: 'Ninguna organización tiene año de fundación.',
};

export const homicideTrend: typeof en.homicideTrend = {
  units: {
    deaths: 'defunciones',
    victims: 'víctimas',
    incidents: 'carpetas de investigación',
  },
  oldCaseFiles: 'averiguaciones previas',
  perHundredThousand: 'por cada 100 mil habitantes',
  fallbackTitle: 'Homicidios',
  year: 'Año',
  value: (unit) => `${unit[0]?.toUpperCase()}${unit.slice(1)}`,
  low: 'Proyección mínima',
  high: 'Proyección máxima',
  note: 'Nota',
  record: (since) => `máximo desde ${since}`,
  projection: 'proyección',
  completeYears: 'Años completos',
  recordYear: (since) => `Año máximo desde ${since}`,
  fullYear: 'Proyección del año completo',
  likelyRange: 'Rango probable',
  ytd: (span) => `${span} hasta ahora`,
  recordLine: (year, value, since) => `Máximo desde ${since}: ${value} (${year})`,
  interval: (low, high) => `probablemente entre ${low} y ${high}`,
  callout: (span, change, previousYear) => `${span}: ${change} vs ${previousYear}`,
  tableCaption: (title) => `${title}: valores por año`,
  ytdSummary: (p) =>
    `${p.region}: ${p.unit} ${p.change} en ${p.span} frente a ${p.wholeYear ? '' : 'los mismos meses de '}${p.previousYear}`,
  annualSummary: (region, unit, period, value) => `${region}: ${value} ${unit} en ${period}`,
  projectionClause: (p) =>
    `; la proyección para todo ${p.year} es ${p.value}${p.interval ? ` (${p.interval})` : ''}${
      p.record
        ? `, ${p.above ? 'por encima' : 'por debajo'} del máximo desde ${p.record.since}, ${p.record.value} en ${p.record.year}`
        : ''
    }`,
  recordClause: (year, value, since) => `; el máximo desde ${since} es ${year} con ${value}`,
  announcePoint: (year, value, unit, note) => `${year}: ${value} ${unit}${note ? `, ${note}` : ''}`,
  citation: (title, region, asOf, vintage) =>
    `usmx, «${title}», ${region}, datos hasta ${asOf}${vintage ? ` según la publicación del ${vintage}` : ''}.`,
  noRate:
    'Esta serie no tiene cifras de población, así que no puede mostrarse por cada 100 mil habitantes. Use measure="count".',
  empty: 'No hay observaciones para esta serie y región.',
  outsideYears: (covered) => `ningún año a la vista: los datos cubren ${covered}`,
};

export const splinterCount: typeof en.splinterCount = {
  title: '¿Cuántas organizaciones criminales? Contadas y publicadas',
  rules: {
    lineage: 'Todas las organizaciones del linaje',
    'lineage-verified': 'Linaje, año de fundación leído en una fuente',
    CRS_2006_four: 'Lista del CRS: cuatro organizaciones dominantes (2006)',
    PGR_end_Fox_seven: 'Lista de la PGR: siete cárteles (2006)',
    PGR_2012_eight: 'Lista de la PGR: ocho cárteles (2012)',
    PGR_2014_nine: 'Lista de la PGR: nueve cárteles (2014)',
    Lantia_2014_nine: 'Lista de Lantia: nueve (2014)',
    DEA_seven_CRS2015: 'Lista de la DEA según el CRS: siete (2015)',
    DEA_NDTA2019_six: 'Lista de la DEA (NDTA): seis (2019)',
    BACRIM2020: 'Lista BACRIM (2020)',
  },
  ruleOptions: {
    lineage: 'Todo el linaje',
    'lineage-verified': 'Linaje, años con fuente',
    CRS_2006_four: 'CRS 2006: cuatro DTO',
    PGR_end_Fox_seven: 'PGR 2006: siete cárteles',
    PGR_2012_eight: 'PGR 2012: ocho cárteles',
    PGR_2014_nine: 'PGR 2014: nueve cárteles',
    Lantia_2014_nine: 'Lantia 2014: nueve',
    DEA_seven_CRS2015: 'DEA (CRS) 2015: siete',
    DEA_NDTA2019_six: 'DEA NDTA 2019: seis',
    BACRIM2020: 'BACRIM 2020',
  },
  ruleControl: 'Regla de conteo',
  computed: 'Contadas con la regla',
  published: 'Conteos publicados (cada uno en su unidad)',
  publishedSpan: 'Años que abarca un conteo',
  publishedRange: 'Rango de un conteo (mínimo-máximo)',
  organizations: 'organizaciones',
  countOrganizations: (n, count) => `${count} ${n === 1 ? 'organización' : 'organizaciones'}`,
  summarySeries: (rule, first, last, published, units) =>
    `${rule}: ${first.count} ${first.n === 1 ? 'organización activa' : 'organizaciones activas'} en ${first.year} y ${last.count} en ${last.year}, ${publishedCounts(published, units)}.`,
  summaryList: (rule, year, n, count, published, units) =>
    `${rule}: ${count} ${n === 1 ? 'organización' : 'organizaciones'} en ${year}, ${publishedCounts(published, units)}.`,
  callout: (first, last) => `${first.year}: ${first.count} → ${last.year}: ${last.count}`,
  axis: 'grupos (escala logarítmica)',
  year: 'Año',
  kind: 'Tipo',
  low: 'Conteo (mínimo)',
  high: 'Conteo (máximo)',
  unit: 'Unidad',
  countedBy: 'Contado por',
  source: 'Fuente',
  usmx: 'usmx, a partir de la tabla de organizaciones',
  tableCaption: 'Números contados y publicados de organizaciones criminales',
  announceComputed: (year, n, count, rule) =>
    `${year}: ${count} ${n === 1 ? 'organización' : 'organizaciones'} (${rule})`,
  announcePublished: (year, count, unit, by) => `${year}: ${count} ${unit} (${by})`,
  citation: (rule, from, to) => `usmx, «Conteo de escisiones», regla «${rule}», ${from}-${to}.`,
  listOutside: (rule, year, from, to) => `${rule} describe solo ${year}, fuera de ${from}-${to}.`,
  listYearOnly: (year) => `la lista elegida describe solo ${year}: elija un periodo que lo incluya`,
};
