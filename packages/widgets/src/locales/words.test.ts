import { describe, expect, it } from 'vitest';
import * as en from './en.js';
import * as es from './es.js';
import {
  claimWords,
  commonWords,
  corridorShareWords,
  groupLineageWords,
  hasWords,
  homicideTrendWords,
  loadWords,
  splinterCountWords,
} from './words.js';

describe('a route’s share from one year to another', () => {
  it('says which year has no figure, in English', () => {
    const { shareChange, whose } = en.corridorShare;
    const caribbean = whose.caribbean;
    expect(shareChange(caribbean, 2010, 2016, '5%', '9%')).toBe(
      "the Caribbean's went from 5% to 9%",
    );
    expect(shareChange(caribbean, 2010, 2016, '5%')).toBe(
      "the Caribbean's was 5% in 2010, with no figure for 2016",
    );
    expect(shareChange(caribbean, 2010, 2016, undefined, '9%')).toBe(
      "the Caribbean's has no figure for 2010 and was 9% in 2016",
    );
    expect(shareChange(caribbean, 2010, 2016)).toBe(
      "the Caribbean's has no figure for 2010 or 2016",
    );
  });

  it('and in Spanish', () => {
    const { shareChange, whose } = es.corridorShare;
    const corridor = whose.corridor;
    expect(shareChange(corridor, 2010, 2016, '95%', '90%')).toBe(
      'la proporción del corredor pasó de 95% a 90%',
    );
    expect(shareChange(corridor, 2010, 2016, undefined, '90%')).toBe(
      'la proporción del corredor no tiene cifra para 2010 y fue de 90% en 2016',
    );
    expect(shareChange(corridor, 2010, 2016)).toBe(
      'la proporción del corredor no tiene cifra para 2010 ni para 2016',
    );
  });
});

describe('the words of a language', () => {
  it('are English until Spanish is loaded, then Spanish, for every widget and the shared table', async () => {
    const tables = [
      commonWords,
      claimWords,
      corridorShareWords,
      groupLineageWords,
      homicideTrendWords,
      splinterCountWords,
    ];
    expect(hasWords('en')).toBe(true);
    expect(tables.map((words) => words('en'))).toEqual([
      en.common,
      en.claim,
      en.corridorShare,
      en.groupLineage,
      en.homicideTrend,
      en.splinterCount,
    ]);
    await loadWords('es');
    expect(hasWords('es')).toBe(true);
    expect(tables.map((words) => words('es'))).toEqual([
      es.common,
      es.claim,
      es.corridorShare,
      es.groupLineage,
      es.homicideTrend,
      es.splinterCount,
    ]);
    expect(commonWords('es').loading).toBe('Cargando gráfica…');
  });
});
