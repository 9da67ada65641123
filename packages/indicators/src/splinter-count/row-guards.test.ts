import { organizations, publishedGroupCounts } from '@usmx/data';
import { organizationSchema, publishedGroupCountSchema } from '@usmx/data/schemas';
import { expect, it } from 'vitest';
import { describeRowGuard } from '../internal/guard-properties.js';
import { isOrganization } from './organization-guard.js';
import { isPublishedGroupCount } from './published-count-guard.js';
import { MAJOR_LIST_YEARS } from './rules.js';

const lists = Object.keys(MAJOR_LIST_YEARS);

describeRowGuard(
  'isOrganization',
  isOrganization,
  organizationSchema,
  {
    id: 'SINALOA_2',
    name: { en: 'Sinaloa Cartel', es: 'Cártel de Sinaloa' },
    aliases: ['CDS', 'Pacific Cartel'],
    parentIds: ['GUADALAJARA'],
    originType: 'split',
    yearFounded: 1989,
    yearFoundedText: 'late 1980s',
    yearFoundedVerified: false,
    yearCeased: 2024,
    majorLists: ['CRS_2006_four', 'DEA_NDTA2019_six'],
    sourceIds: ['CRS_2020'],
    verified: 'true',
    notes: 'split from the Guadalajara cartel',
  },
  ['yearFounded', 'yearFoundedText', 'yearCeased', 'notes'],
  // published lists, and names an object has that are no list
  [...lists, lists, ['CRS_2006_four', 'nine'], ['toString'], 'constructor', 'lower_case'],
);

describeRowGuard(
  'isPublishedGroupCount',
  isPublishedGroupCount,
  publishedGroupCountSchema,
  {
    id: 'PGC_01',
    refYear: 2009,
    refYearTo: 2020,
    refDateText: { en: '2009-2020', es: '2009-2020' },
    countLow: 6,
    countHigh: 9,
    unit: { en: 'dominant DTOs', es: 'organizaciones dominantes' },
    scope: 'national',
    countingBody: { en: 'PGR', es: 'PGR' },
    sourceId: 'CRS_2020',
    publicationDate: '2020-07-28',
    quote: 'nine cartels',
    verified: 'false',
    notes: 'cumulative',
  },
  ['refYearTo', 'publicationDate', 'quote', 'notes'],
  ['2020', '2020-07', '2020-7-28', 'dominant DTOs'],
);

it('accepts every organization and published count of the dataset', () => {
  expect(organizations.filter((row) => !isOrganization(row))).toEqual([]);
  expect(publishedGroupCounts.filter((row) => !isPublishedGroupCount(row))).toEqual([]);
});
