import type { Region } from './schemas/sources.js';

/** A state's INEGI code (`cve_ent`), ISO 3166-2 code and Spanish name. */
type StateRow = readonly [inegiCode: string, code: string, es: string];

/** English names, for the two states whose English name is not their Spanish one. */
const englishNames: Readonly<Record<string, string>> = {
  'MX-CMX': 'Mexico City',
  'MX-MEX': 'State of Mexico',
};

const states: readonly StateRow[] = [
  ['01', 'MX-AGU', 'Aguascalientes'],
  ['02', 'MX-BCN', 'Baja California'],
  ['03', 'MX-BCS', 'Baja California Sur'],
  ['04', 'MX-CAM', 'Campeche'],
  ['05', 'MX-COA', 'Coahuila'],
  ['06', 'MX-COL', 'Colima'],
  ['07', 'MX-CHP', 'Chiapas'],
  ['08', 'MX-CHH', 'Chihuahua'],
  ['09', 'MX-CMX', 'Ciudad de México'],
  ['10', 'MX-DUR', 'Durango'],
  ['11', 'MX-GUA', 'Guanajuato'],
  ['12', 'MX-GRO', 'Guerrero'],
  ['13', 'MX-HID', 'Hidalgo'],
  ['14', 'MX-JAL', 'Jalisco'],
  ['15', 'MX-MEX', 'México'],
  ['16', 'MX-MIC', 'Michoacán'],
  ['17', 'MX-MOR', 'Morelos'],
  ['18', 'MX-NAY', 'Nayarit'],
  ['19', 'MX-NLE', 'Nuevo León'],
  ['20', 'MX-OAX', 'Oaxaca'],
  ['21', 'MX-PUE', 'Puebla'],
  ['22', 'MX-QUE', 'Querétaro'],
  ['23', 'MX-ROO', 'Quintana Roo'],
  ['24', 'MX-SLP', 'San Luis Potosí'],
  ['25', 'MX-SIN', 'Sinaloa'],
  ['26', 'MX-SON', 'Sonora'],
  ['27', 'MX-TAB', 'Tabasco'],
  ['28', 'MX-TAM', 'Tamaulipas'],
  ['29', 'MX-TLA', 'Tlaxcala'],
  ['30', 'MX-VER', 'Veracruz'],
  ['31', 'MX-YUC', 'Yucatán'],
  ['32', 'MX-ZAC', 'Zacatecas'],
];

/**
 * Mexico (`MX`) and its 32 states in INEGI order (`cve_ent` 01-32), with ISO 3166-2 codes and
 * Spanish and English names.
 */
export const regions: readonly Region[] = [
  { code: 'MX', inegiCode: '00', name: { en: 'Mexico', es: 'México' }, level: 'country' },
  ...states.map(([inegiCode, code, es]): Region => ({
    code,
    inegiCode,
    name: { en: englishNames[code] ?? es, es },
    level: 'state',
  })),
];

const byCode = new Map(regions.map((region) => [region.code, region]));
const byInegiCode = new Map(regions.map((region) => [region.inegiCode, region]));

/** The region with this code (`MX`, `MX-CHH`...), or `undefined` when the code is unknown. */
export function regionByCode(code: string): Region | undefined {
  return byCode.get(code);
}

/**
 * The region with this INEGI code: `0`/`00` for the nation, `1`-`32` (with or without a leading
 * zero) for the states; `undefined` when unknown.
 */
export function regionByInegiCode(code: string | number): Region | undefined {
  const text = String(code).trim();
  if (!/^\d{1,2}$/.test(text)) return undefined;
  return byInegiCode.get(text.padStart(2, '0'));
}
