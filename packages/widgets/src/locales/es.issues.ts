import { firstSix, type CompleteIssueLocale } from './issue-locale.js';

const list = (items: readonly string[]) => firstSix(items, (n) => `${n} en total`);
const releases = (vintage: string | null) =>
  vintage ? ` en las publicaciones hasta el ${vintage}` : '';

/** Spanish words of what can go wrong with a reader's input: the reader's file, and every coded issue. */
export const es: CompleteIssueLocale = {
  indicator: {
    'not-rows': () => 'se esperaba un arreglo de filas',
    'no-rows': () => 'entrada vacía: se necesita al menos una fila',
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
  },
  reader: {
    couldNotLoad: (url: string, why: string) => `No se pudo cargar ${url}: ${why}`,
    requestFailed: 'la solicitud falló',
    requestFailedWhy: 'error de red, bloqueo por CORS o URL no válida',
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
};
