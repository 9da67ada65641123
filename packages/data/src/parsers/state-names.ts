import type { Region } from '../schemas/sources.js';

/**
 * Names official files give a state besides its Spanish name in `regions`: the full names of
 * INEGI's catalogue of states, "Estado de México", and Mexico City's name until 2016.
 */
const otherNames: Readonly<Record<string, readonly string[]>> = {
  '05': ['Coahuila de Zaragoza'],
  '09': ['Distrito Federal'],
  '15': ['Estado de México'],
  '16': ['Michoacán de Ocampo'],
  '30': ['Veracruz de Ignacio de la Llave'],
};

/**
 * What is left of a name once accents, case, spaces and vowels are gone: its consonants and
 * digits. A vowel is what a mis-decoded accent replaces (`MÈxico`, `MÃ©xico`), so "Ciudad de
 * México", "CIUDAD DE MEXICO" and "Ciudad de MÈxico" all give `cddmxc`.
 */
function skeleton(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^bcdfghjklmnpqrstvwxyz0-9]/g, '');
}

/** Whether `name` (from a file, as written) names the state `region`: blank says nothing, so it does. */
export function namesState(region: Region, name: string): boolean {
  const key = skeleton(name);
  return (
    name.trim() === '' ||
    [region.name.es, ...(otherNames[region.inegiCode] ?? [])].some(
      (known) => skeleton(known) === key,
    )
  );
}
