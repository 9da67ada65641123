import { expect, it } from 'vitest';
import { sourceRefs } from './source-refs.js';

it('prints known sources in full and links unknown ids only when they are http(s)', () => {
  const known = {
    title: 'Cocaine Smuggling in 2010',
    publisher: 'ONDCP',
    date: '2012',
    url: 'https://example.org/cs2010',
  };
  const refs = sourceRefs(['ONDCP_CS2010', 'https://my.org/file.csv', 'MY_NOTES'], (id) =>
    id === 'ONDCP_CS2010' ? known : undefined,
  );
  expect(refs).toEqual([
    { id: 'ONDCP_CS2010', ...known },
    {
      id: 'https://my.org/file.csv',
      title: 'https://my.org/file.csv',
      url: 'https://my.org/file.csv',
    },
    { id: 'MY_NOTES', title: 'MY_NOTES' },
  ]);
});
