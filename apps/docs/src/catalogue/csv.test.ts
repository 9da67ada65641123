import { describe, expect, it } from 'vitest';
import { columnsOf, splitLanguages } from './csv.js';

describe('splitLanguages', () => {
  it('writes a { en, es } field as two columns, English under its own name', () => {
    expect(
      splitLanguages({
        id: 'GULF',
        name: { en: 'Gulf Cartel', es: 'Cártel del Golfo' },
        parentIds: [],
      }),
    ).toEqual({ id: 'GULF', name: 'Gulf Cartel', nameEs: 'Cártel del Golfo', parentIds: [] });
  });

  it('leaves out the Spanish column of a row that gives none', () => {
    expect(splitLanguages({ name: { en: 'Cártel de Jalisco Nueva Generación' } })).toEqual({
      name: 'Cártel de Jalisco Nueva Generación',
    });
  });
});

describe('columnsOf', () => {
  it('lists every key of every row once, in first-seen order', () => {
    expect(
      columnsOf<{ a?: number; b?: number; c?: number }>([{ a: 1 }, { b: 2, a: 3 }, { c: 4 }]),
    ).toEqual(['a', 'b', 'c']);
  });
});
