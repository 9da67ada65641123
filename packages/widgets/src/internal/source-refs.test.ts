import { expect, it } from 'vitest';
import { sourceRefs } from './source-refs.js';

it('prints known sources in full and links unknown ids only when they are http(s)', () => {
  const known = {
    id: 'ONDCP_CS2010',
    title: 'Cocaine Smuggling in 2010',
    publisher: 'ONDCP',
    date: '2012',
    url: 'https://example.org/cs2010',
  };
  const other = { id: 'OTHER', title: 'Another source', publisher: 'X' };
  const refs = sourceRefs(['ONDCP_CS2010', 'https://my.org/file.csv', 'MY_NOTES'], [other, known]);
  expect(refs).toEqual([
    known,
    {
      id: 'https://my.org/file.csv',
      title: 'https://my.org/file.csv',
      url: 'https://my.org/file.csv',
    },
    { id: 'MY_NOTES', title: 'MY_NOTES' },
  ]);
});
