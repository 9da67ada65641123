import type { Region } from './schemas/sources.js';

/**
 * Mexico (`MX`) and its 32 states in INEGI order (`cve_ent` 01-32), with ISO 3166-2 codes and
 * Spanish and English names.
 */
export const regions: readonly Region[] = [
  { code: 'MX', inegiCode: '00', nameEs: 'México', nameEn: 'Mexico', level: 'country' },
  {
    code: 'MX-AGU',
    inegiCode: '01',
    nameEs: 'Aguascalientes',
    nameEn: 'Aguascalientes',
    level: 'state',
  },
  {
    code: 'MX-BCN',
    inegiCode: '02',
    nameEs: 'Baja California',
    nameEn: 'Baja California',
    level: 'state',
  },
  {
    code: 'MX-BCS',
    inegiCode: '03',
    nameEs: 'Baja California Sur',
    nameEn: 'Baja California Sur',
    level: 'state',
  },
  { code: 'MX-CAM', inegiCode: '04', nameEs: 'Campeche', nameEn: 'Campeche', level: 'state' },
  { code: 'MX-COA', inegiCode: '05', nameEs: 'Coahuila', nameEn: 'Coahuila', level: 'state' },
  { code: 'MX-COL', inegiCode: '06', nameEs: 'Colima', nameEn: 'Colima', level: 'state' },
  { code: 'MX-CHP', inegiCode: '07', nameEs: 'Chiapas', nameEn: 'Chiapas', level: 'state' },
  { code: 'MX-CHH', inegiCode: '08', nameEs: 'Chihuahua', nameEn: 'Chihuahua', level: 'state' },
  {
    code: 'MX-CMX',
    inegiCode: '09',
    nameEs: 'Ciudad de México',
    nameEn: 'Mexico City',
    level: 'state',
  },
  { code: 'MX-DUR', inegiCode: '10', nameEs: 'Durango', nameEn: 'Durango', level: 'state' },
  { code: 'MX-GUA', inegiCode: '11', nameEs: 'Guanajuato', nameEn: 'Guanajuato', level: 'state' },
  { code: 'MX-GRO', inegiCode: '12', nameEs: 'Guerrero', nameEn: 'Guerrero', level: 'state' },
  { code: 'MX-HID', inegiCode: '13', nameEs: 'Hidalgo', nameEn: 'Hidalgo', level: 'state' },
  { code: 'MX-JAL', inegiCode: '14', nameEs: 'Jalisco', nameEn: 'Jalisco', level: 'state' },
  { code: 'MX-MEX', inegiCode: '15', nameEs: 'México', nameEn: 'State of Mexico', level: 'state' },
  { code: 'MX-MIC', inegiCode: '16', nameEs: 'Michoacán', nameEn: 'Michoacán', level: 'state' },
  { code: 'MX-MOR', inegiCode: '17', nameEs: 'Morelos', nameEn: 'Morelos', level: 'state' },
  { code: 'MX-NAY', inegiCode: '18', nameEs: 'Nayarit', nameEn: 'Nayarit', level: 'state' },
  { code: 'MX-NLE', inegiCode: '19', nameEs: 'Nuevo León', nameEn: 'Nuevo León', level: 'state' },
  { code: 'MX-OAX', inegiCode: '20', nameEs: 'Oaxaca', nameEn: 'Oaxaca', level: 'state' },
  { code: 'MX-PUE', inegiCode: '21', nameEs: 'Puebla', nameEn: 'Puebla', level: 'state' },
  { code: 'MX-QUE', inegiCode: '22', nameEs: 'Querétaro', nameEn: 'Querétaro', level: 'state' },
  {
    code: 'MX-ROO',
    inegiCode: '23',
    nameEs: 'Quintana Roo',
    nameEn: 'Quintana Roo',
    level: 'state',
  },
  {
    code: 'MX-SLP',
    inegiCode: '24',
    nameEs: 'San Luis Potosí',
    nameEn: 'San Luis Potosí',
    level: 'state',
  },
  { code: 'MX-SIN', inegiCode: '25', nameEs: 'Sinaloa', nameEn: 'Sinaloa', level: 'state' },
  { code: 'MX-SON', inegiCode: '26', nameEs: 'Sonora', nameEn: 'Sonora', level: 'state' },
  { code: 'MX-TAB', inegiCode: '27', nameEs: 'Tabasco', nameEn: 'Tabasco', level: 'state' },
  { code: 'MX-TAM', inegiCode: '28', nameEs: 'Tamaulipas', nameEn: 'Tamaulipas', level: 'state' },
  { code: 'MX-TLA', inegiCode: '29', nameEs: 'Tlaxcala', nameEn: 'Tlaxcala', level: 'state' },
  { code: 'MX-VER', inegiCode: '30', nameEs: 'Veracruz', nameEn: 'Veracruz', level: 'state' },
  { code: 'MX-YUC', inegiCode: '31', nameEs: 'Yucatán', nameEn: 'Yucatán', level: 'state' },
  { code: 'MX-ZAC', inegiCode: '32', nameEs: 'Zacatecas', nameEn: 'Zacatecas', level: 'state' },
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
