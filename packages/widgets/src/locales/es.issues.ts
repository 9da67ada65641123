import { firstSix, monthProblem, sizeText, type CompleteIssueLocale } from './issue-locale.js';

/** Spanish for the messages the dataset's schemas give their own checks (in English). */
const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  'count must be a whole number': 'el conteo debe ser un número entero',
  'count must not be negative': 'el conteo no puede ser negativo',
  'expected MX or an ISO 3166-2 code like MX-CHH':
    'se esperaba MX o un código ISO 3166-2 como MX-CHH',
  'expected YYYY, YYYY-MM or YYYY-MM-DD': 'se esperaba AAAA, AAAA-MM o AAAA-MM-DD',
  'expected YYYY-MM': 'se esperaba AAAA-MM',
  'expected lowercase letters, digits and -': 'se esperaban minúsculas, dígitos y -',
  'month must be 1-12': 'el mes debe estar entre 1 y 12',
  'month must be a whole number': 'el mes debe ser un número entero',
  'must not be negative': 'no puede ser negativo',
  'percent must be <= 100': 'el porcentaje debe ser <= 100',
  'percent must be >= 0': 'el porcentaje debe ser >= 0',
  'sourceId must not be empty': 'sourceId no puede estar vacío',
  'url must be http(s)': 'la URL debe ser http(s)',
  'year must be a whole number': 'el año debe ser un número entero',
  'a claim not in English needs an English rendering':
    'una afirmación que no está en inglés necesita una versión en inglés',
  'low must not be above high': 'low no puede ser mayor que high',
};

const list = (items: readonly string[]) => firstSix(items, (n) => `${n} en total`);
const releases = (vintage: string | null) =>
  vintage ? ` en las publicaciones hasta el ${vintage}` : '';

/** Spanish words of what can go wrong with a reader's input: the reader's file, and every coded issue. */
export const es: CompleteIssueLocale = {
  indicator: {
    'not-rows': () => 'se esperaba un arreglo de filas',
    'no-rows': () => 'entrada vacía: se necesita al menos una fila',
    'invalid-row': () =>
      'fila no válida: la entrada que valida (homicideTrend) nombra cada campo erróneo y por qué',
    'duplicate-row': ({ firstIndex }) =>
      `repite la serie, la región, el periodo y la publicación de la fila ${firstIndex + 1}`,
    'repeated-id': ({ firstIndex }) => `repite el id de la fila ${firstIndex + 1}`,
    'lineage-cycle': ({ through }) =>
      `al seguir la primera organización de origen se vuelve a ${through}: un linaje no puede ser circular`,
    'low-above-high': ({ high }) => `el límite inferior es mayor que el superior (${high})`,
    'unknown-id': () => 'ningún conteo publicado tiene este id',
    'not-one-of': ({ expected }) => `se esperaba uno de: ${expected.join(', ')}`,
    'not-whole-in-range': ({ min, max, unit }) =>
      unit === 'year'
        ? `se esperaba un año entero de ${min} a ${max}`
        : `se esperaba un número entero de ${unit === 'years' ? 'años' : 'meses'} de ${min} a ${max}`,
    'not-year-month': () => 'se esperaba un mes en formato AAAA-MM, p. ej. 2017-04',
    'not-region-code': () => 'se esperaba MX o un código ISO 3166-2 como MX-CHH',
    'not-date': () => 'se esperaba una fecha en formato AAAA-MM-DD (o AAAA-MM, AAAA)',
    'not-text': () => 'se esperaba un texto no vacío',
    'several-series': ({ series }) =>
      `las filas tienen ${series.length} series (${list(series)}); elija una`,
    'unknown-series': ({ present }) => `serie desconocida; las filas tienen: ${list(present)}`,
    'unknown-region': () => 'no hay filas para esta serie y región',
    'no-release': ({ series, earliest }, vintage) =>
      `no hay ninguna publicación de ${series} hasta el ${String(vintage)}; la primera es del ${earliest}`,
    'outside-years': ({ series, first, last, vintage }) =>
      `fuera de los datos: ${series} tiene filas anuales de ${first} a ${last}${releases(vintage)}`,
    'outside-months': ({ series, region, first, last, vintage }) =>
      `fuera de los datos: ${series} (${region}) tiene meses de ${first} a ${last}${releases(vintage)}`,
    'before-series-start': ({ series, region, first, vintage }) =>
      `el cambio en lo que va del año compara los mismos meses del año anterior, y ${series} (${region}) empieza en ${first}${releases(vintage)}`,
    'missing-month': ({ series, region }, month) =>
      `a ${series} (${region}) le falta el mes ${String(month)}, que suma el cambio en lo que va del año`,
    'not-after-from': ({ from }) => `debe ser posterior a from (${from})`,
    'before-from': ({ from }) => `no puede ser anterior a from (${from})`,
    'not-percentage-points': ({ min, max }) =>
      `se esperaban puntos porcentuales entre ${min} y ${max}`,
    'unknown-route': ({ present }) =>
      `no hay cifras para esta ruta; rutas presentes: ${present.join(', ')}`,
    'no-matching-figure': ({ route }) => `ninguna cifra de ${route} coincide`,
    'unknown-unit': ({ present }) =>
      `no está en la tabla; unidades presentes: ${present.join(' | ')}`,
    'not-tables': () => 'se esperaba un objeto de tablas',
    'unknown-table': ({ expected }) => `tabla desconocida; se esperaba ${expected.join(', ')}`,
    'not-list': ({ expected }) => `se esperaba una lista de valores de: ${expected.join(', ')}`,
    'not-locale': () => 'se esperaba una etiqueta de idioma como en-US o es-MX',
    // a widget's reader cannot give a predicate: the named rules are all there is
    'unknown-rule': ({ lists }) =>
      `se esperaba uno de: lineage, lineage-verified, ${lists.join(', ')}`,
  },
  file: {
    'empty-file': () => 'el archivo está vacío',
    'no-data-rows': () => 'el archivo tiene encabezado pero ninguna fila de datos',
    'missing-column': () => 'falta esta columna en el encabezado',
    'unknown-crime': ({ layout, crime }) => `${layout} no tiene filas de ${crime}`,
    'no-crime-rows': ({ crimes }) => `ninguna fila del archivo corresponde a ${crimes.join(' o ')}`,
    'unknown-region': () =>
      'región desconocida: use MX, un código ISO 3166-2 como MX-CHH o una clave de entidad del INEGI (0-32)',
    'unknown-state': () => 'entidad desconocida: se esperaba una clave de entidad del INEGI (1-32)',
    'year-format': () => 'el año debe tener cuatro dígitos',
    'year-range': () => 'el año debe estar entre 1900 y 2100',
    'month-range': () => 'el mes debe ser un número entero del 1 al 12',
    'count-negative': () => 'el conteo no puede ser negativo',
    'count-format': () =>
      'el conteo debe ser un número entero (dígitos, con o sin separadores de miles como 1,234)',
    'count-too-large': () => 'el conteo es demasiado grande',
    'duplicate-row': ({ firstRow }) => `duplicada: repite los datos de la fila ${firstRow}`,
    'cell-count': ({ found, expected }) =>
      found > expected
        ? `${found} celdas donde el encabezado tiene ${expected}: ponga entre comillas un número con separador de miles ("1,234"), o las celdas se recorren`
        : `${found} celdas donde el encabezado tiene ${expected}: la fila está incompleta`,
    'unclosed-quote': () =>
      'una celda entre comillas nunca se cierra: el archivo está cortado o sobra una comilla',
    'state-name': ({ code, state }) => `no es el nombre de la entidad ${code} (${state})`,
    'not-text': () => 'se esperaba el texto del archivo (una cadena) o sus bytes (un Uint8Array)',
    'not-options': () => 'se esperaba un objeto de opciones: { seriesId, sourceId, vintage }',
    'option-not-text': () => 'se esperaba un texto no vacío',
    'option-not-date': () => 'se esperaba una fecha en formato AAAA, AAAA-MM o AAAA-MM-DD',
    'option-not-one-of': ({ allowed }) => `se esperaba uno de: ${allowed.join(', ')}`,
    'text-after-quote': () =>
      'texto tras la comilla de cierre de una celda entre comillas: escriba dos comillas ("") para una dentro de la celda',
  },
  reader: {
    couldNotLoad: (url: string, why: string) => `No se pudo cargar ${url}: ${why}`,
    requestFailed: 'la solicitud falló',
    requestFailedWhy: 'error de red, bloqueo por CORS o URL no válida',
    tooLarge: (bytes: number) => `el archivo pesa más de ${sizeText(bytes)}`,
    tooLargeWhy: (bytes: number) =>
      `el widget lee archivos de hasta ${sizeText(bytes)}: para leer uno mayor, ajuste max-file-size (en bytes)`,
    // the server's status text is English: the code alone says it
    serverAnswered: (status: number) => `el servidor respondió con el código ${status}`,
    notValidJson: (origin: string) => `${origin} no es un JSON válido`,
    invalidJson: 'JSON no válido',
    notJson: (origin: string) => `${origin} no es JSON`,
    readsJsonRows: 'este widget lee un arreglo JSON de filas',
    expectedRows: (origin: string) => `${origin}: se esperaba un arreglo de filas`,
    expectedJsonRows: 'se esperaba un arreglo JSON de filas',
    noRows: (origin: string) => `${origin}: no hay filas`,
  },
  schema: {
    type: (expected, received) => `se esperaba ${expected}, se recibió ${received}`,
    value: (value) => `se esperaba ${value}`,
    oneOf: (values) => `se esperaba uno de ${values}`,
    atLeast: (n, unit) => `debe tener al menos ${n} ${unit}`,
    atMost: (n, unit) => `debe tener como máximo ${n} ${unit}`,
    compare: (sign, n) => `debe ser ${sign} ${n}`,
    pattern: (pattern) => `debe seguir el patrón ${pattern}`,
    format: (format) => `se esperaba el formato ${format}`,
    keys: (keys) =>
      `${keys.length === 1 ? 'clave desconocida' : 'claves desconocidas'}: ${keys.join(', ')}`,
    units: { string: ['carácter', 'caracteres'], array: ['elemento', 'elementos'] },
    formats: {
      date: 'fecha (AAAA-MM-DD)',
      datetime: 'fecha y hora',
      time: 'hora',
      email: 'correo electrónico',
    },
    typeNames: {
      string: 'texto',
      number: 'número',
      boolean: 'booleano',
      array: 'arreglo',
      object: 'objeto',
      null: 'nulo',
      undefined: 'nada',
      nan: 'NaN',
      bigint: 'entero grande',
    },
    invalid: 'valor no válido',
    ownMessage: (message) => SCHEMA_MESSAGES[message],
  },
  homicideTrend: {
    unknownRegion: 'se esperaba MX o el código ISO 3166-2 de un estado de México, p. ej. MX-CHH',
    measures: 'se esperaba count o rate',
    noRelease: (series, vintage, first) =>
      `no hay ninguna publicación de ${series} hasta el ${vintage}; la primera es del ${first}`,
    noObservations: (series, region) =>
      `No hay observaciones de la serie "${series}" para la región ${region}`,
    noRegionRows: 'no hay filas para esta serie y región',
    nationalOnly:
      'esta serie cuenta solo el total de México: elija region="MX" o una serie con estados',
    asOf: (issues, attribute) => {
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
};
