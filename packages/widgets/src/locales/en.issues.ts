import { firstSix, monthProblem, sizeText, type IssueLocale } from './issue-locale.js';

/**
 * English words of what can go wrong with a reader's input: the reader's file, and the coded issues a widget says otherwise than the packages' own English: rows
 * counted from 1, and formats shown by example. Every other code keeps its package's `reason`.
 */
export const en: IssueLocale = {
  indicator: {
    'duplicate-row': ({ firstIndex }) =>
      `repeats the series, region, period and release of row ${firstIndex + 1}`,
    'repeated-id': ({ firstIndex }) => `repeats the id of row ${firstIndex + 1}`,
    'lineage-cycle': ({ through }) =>
      `following each first parent organization leads back to ${through}: a lineage cannot be circular`,
    'low-above-high': ({ high }) => `the lower bound is above the upper bound (${high})`,
    'not-year-month': () => 'expected a month as YYYY-MM, e.g. 2017-04',
    // a widget's reader cannot give a predicate: the named rules are all there is
    'unknown-rule': ({ lists }) =>
      `expected one of: lineage, lineage-verified, ${lists.join(', ')}`,
  },
  file: {},
  reader: {
    couldNotLoad: (url: string, why: string) => `Could not load ${url}: ${why}`,
    requestFailed: 'the request failed',
    requestFailedWhy: 'network error, blocked by CORS, or not a valid URL',
    tooLarge: (bytes: number) => `the file is larger than ${sizeText(bytes)}`,
    tooLargeWhy: (bytes: number) =>
      `the widget reads files of up to ${sizeText(bytes)}: set max-file-size (in bytes) to read a larger one`,
    serverAnswered: (status: number, text: string) =>
      `the server answered ${status}${text && ` ${text}`}`,
    notValidJson: (origin: string) => `${origin} is not valid JSON`,
    invalidJson: 'invalid JSON',
    notJson: (origin: string) => `${origin} is not JSON`,
    readsJsonRows: 'this widget reads a JSON array of rows',
    expectedRows: (origin: string) => `${origin}: expected an array of rows`,
    expectedJsonRows: 'expected a JSON array of rows',
    noRows: (origin: string) => `${origin}: no rows`,
  },
  schema: {
    type: (expected, received) => `expected ${expected}, got ${received}`,
    value: (value) => `expected ${value}`,
    oneOf: (values) => `expected one of ${values}`,
    atLeast: (n, unit) => `must have at least ${n} ${unit}`,
    atMost: (n, unit) => `must have at most ${n} ${unit}`,
    compare: (sign, n) => `must be ${sign} ${n}`,
    pattern: (pattern) => `must match ${pattern}`,
    format: (format) => `expected the ${format} format`,
    keys: (keys) => `unknown ${keys.length === 1 ? 'key' : 'keys'}: ${keys.join(', ')}`,
    units: { string: ['character', 'characters'], array: ['item', 'items'] },
    formats: {},
    typeNames: { undefined: 'nothing', nan: 'NaN' },
    invalid: 'invalid value',
    // the dataset's schemas write their own messages in English
    ownMessage: (message) => message,
  },
  homicideTrend: {
    unknownRegion: 'expected MX or the ISO 3166-2 code of a Mexican state, e.g. MX-CHH',
    measures: 'expected count or rate',
    noRelease: (series, vintage, first) =>
      `no release of ${series} on or before ${vintage}; the first is ${first}`,
    noObservations: (series, region) =>
      `No observations of series "${series}" for region ${region}`,
    noRegionRows: 'no rows for this series and region',
    nationalOnly:
      'this series counts Mexico as a whole only: choose region="MX" or a series with states',
    asOf: (issues, attribute) => {
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
};
