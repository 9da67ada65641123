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
  // the four cases a summary can meet: both figures, the first only, the second only, neither
  const cases = [
    [en, 'caribbean', ['5%', '9%'], "the Caribbean's went from 5% to 9%"],
    [en, 'caribbean', ['5%'], "the Caribbean's was 5% in 2010, with no figure for 2016"],
    [
      en,
      'caribbean',
      [undefined, '9%'],
      "the Caribbean's has no figure for 2010 and was 9% in 2016",
    ],
    [en, 'caribbean', [], "the Caribbean's has no figure for 2010 or 2016"],
    [es, 'corridor', ['95%', '90%'], 'la proporción del corredor pasó de 95% a 90%'],
    [
      es,
      'corridor',
      [undefined, '90%'],
      'la proporción del corredor no tiene cifra para 2010 y fue de 90% en 2016',
    ],
    [es, 'corridor', [], 'la proporción del corredor no tiene cifra para 2010 ni para 2016'],
  ] as const;

  it.each(cases)('says which year has no figure (%#)', (words, route, shares, expected) => {
    const { shareChange, whose } = words.corridorShare;
    expect(shareChange(whose[route], 2010, 2016, ...shares)).toBe(expected);
  });
});

describe('the words of a language', () => {
  const accessors = {
    common: commonWords,
    claim: claimWords,
    corridorShare: corridorShareWords,
    groupLineage: groupLineageWords,
    homicideTrend: homicideTrendWords,
    splinterCount: splinterCountWords,
  } as const;
  const read = (lang: 'en' | 'es') =>
    Object.fromEntries(Object.entries(accessors).map(([name, words]) => [name, words(lang)]));
  const tablesOf = (module: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(accessors).map((name) => [name, module[name]]));

  it('are English until Spanish is loaded, then Spanish, for every widget and the shared table', async () => {
    expect(hasWords('en')).toBe(true);
    expect(read('en')).toEqual(tablesOf(en));
    expect(hasWords('es')).toBe(false);
    // before its words are there, a Spanish widget reads the English ones rather than nothing
    expect(read('es')).toEqual(tablesOf(en));
    await loadWords('es');
    expect(hasWords('es')).toBe(true);
    expect(read('es')).toEqual(tablesOf(es));
    expect(commonWords('es').loading).toBe('Cargando gráfica…');
  });
});
