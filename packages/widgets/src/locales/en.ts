import type { IssueLocale } from './issue-locale.js';

/**
 * English words of the coded issues a widget says otherwise than the packages' own English: rows
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
  },
  file: {},
};
