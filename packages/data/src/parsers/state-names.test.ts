import { describe, expect, it } from 'vitest';
import { regionByInegiCode, regions } from '../regions.js';
import { namesState } from './state-names.js';

const states = regions.filter((region) => region.level === 'state');
const state = (code: string) => regionByInegiCode(code)!;

describe('namesState', () => {
  it('takes the names SESNSP files give the states: as written, upper case without accents, mis-decoded', () => {
    // from raw/homicides: the 2015- files, the 1997-2017 files, and the sample's mis-decoded header row
    expect(namesState(state('9'), 'Ciudad de México')).toBe(true);
    expect(namesState(state('9'), 'CIUDAD DE MEXICO')).toBe(true);
    expect(namesState(state('9'), 'Ciudad de MÈxico')).toBe(true);
    expect(namesState(state('9'), 'DISTRITO FEDERAL')).toBe(true);
    expect(namesState(state('16'), 'MICHOACAN')).toBe(true);
    expect(namesState(state('16'), 'Michoacán de Ocampo')).toBe(true);
    expect(namesState(state('15'), 'MÃ©xico')).toBe(true);
  });

  it("never takes one state's name for another's", () => {
    for (const a of states) {
      for (const b of states) {
        expect(namesState(a, b.name.es), `${a.code} named ${b.name.es}`).toBe(a === b);
      }
    }
  });

  it('rejects a name of no state, and takes a blank one', () => {
    expect(namesState(state('8'), 'Atlantis')).toBe(false);
    expect(namesState(state('2'), 'Baja California Sur')).toBe(false);
    expect(namesState(state('8'), '  ')).toBe(true);
  });
});
