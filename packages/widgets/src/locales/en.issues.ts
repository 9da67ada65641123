import type { IssueLocale } from './issue-locale.js';

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
};
