import type { Region } from './schemas/sources.js';

/**
 * Mexico (`MX`) and its 32 states in INEGI order (`cve_ent` 01-32), with ISO 3166-2 codes and
 * Spanish and English names.
 */
export const regions: readonly Region[] = [
  { code: 'MX', inegiCode: '00', name: { en: 'Mexico', es: 'México' }, level: 'country' },
  {
    code: 'MX-AGU',
    inegiCode: '01',
    name: { en: 'Aguascalientes', es: 'Aguascalientes' },
    level: 'state',
  },
  {
    code: 'MX-BCN',
    inegiCode: '02',
    name: { en: 'Baja California', es: 'Baja California' },
    level: 'state',
  },
  {
    code: 'MX-BCS',
    inegiCode: '03',
    name: { en: 'Baja California Sur', es: 'Baja California Sur' },
    level: 'state',
  },
  { code: 'MX-CAM', inegiCode: '04', name: { en: 'Campeche', es: 'Campeche' }, level: 'state' },
  { code: 'MX-COA', inegiCode: '05', name: { en: 'Coahuila', es: 'Coahuila' }, level: 'state' },
  { code: 'MX-COL', inegiCode: '06', name: { en: 'Colima', es: 'Colima' }, level: 'state' },
  { code: 'MX-CHP', inegiCode: '07', name: { en: 'Chiapas', es: 'Chiapas' }, level: 'state' },
  { code: 'MX-CHH', inegiCode: '08', name: { en: 'Chihuahua', es: 'Chihuahua' }, level: 'state' },
  {
    code: 'MX-CMX',
    inegiCode: '09',
    name: { en: 'Mexico City', es: 'Ciudad de México' },
    level: 'state',
  },
  { code: 'MX-DUR', inegiCode: '10', name: { en: 'Durango', es: 'Durango' }, level: 'state' },
  { code: 'MX-GUA', inegiCode: '11', name: { en: 'Guanajuato', es: 'Guanajuato' }, level: 'state' },
  { code: 'MX-GRO', inegiCode: '12', name: { en: 'Guerrero', es: 'Guerrero' }, level: 'state' },
  { code: 'MX-HID', inegiCode: '13', name: { en: 'Hidalgo', es: 'Hidalgo' }, level: 'state' },
  { code: 'MX-JAL', inegiCode: '14', name: { en: 'Jalisco', es: 'Jalisco' }, level: 'state' },
  {
    code: 'MX-MEX',
    inegiCode: '15',
    name: { en: 'State of Mexico', es: 'México' },
    level: 'state',
  },
  { code: 'MX-MIC', inegiCode: '16', name: { en: 'Michoacán', es: 'Michoacán' }, level: 'state' },
  { code: 'MX-MOR', inegiCode: '17', name: { en: 'Morelos', es: 'Morelos' }, level: 'state' },
  { code: 'MX-NAY', inegiCode: '18', name: { en: 'Nayarit', es: 'Nayarit' }, level: 'state' },
  { code: 'MX-NLE', inegiCode: '19', name: { en: 'Nuevo León', es: 'Nuevo León' }, level: 'state' },
  { code: 'MX-OAX', inegiCode: '20', name: { en: 'Oaxaca', es: 'Oaxaca' }, level: 'state' },
  { code: 'MX-PUE', inegiCode: '21', name: { en: 'Puebla', es: 'Puebla' }, level: 'state' },
  { code: 'MX-QUE', inegiCode: '22', name: { en: 'Querétaro', es: 'Querétaro' }, level: 'state' },
  {
    code: 'MX-ROO',
    inegiCode: '23',
    name: { en: 'Quintana Roo', es: 'Quintana Roo' },
    level: 'state',
  },
  {
    code: 'MX-SLP',
    inegiCode: '24',
    name: { en: 'San Luis Potosí', es: 'San Luis Potosí' },
    level: 'state',
  },
  { code: 'MX-SIN', inegiCode: '25', name: { en: 'Sinaloa', es: 'Sinaloa' }, level: 'state' },
  { code: 'MX-SON', inegiCode: '26', name: { en: 'Sonora', es: 'Sonora' }, level: 'state' },
  { code: 'MX-TAB', inegiCode: '27', name: { en: 'Tabasco', es: 'Tabasco' }, level: 'state' },
  { code: 'MX-TAM', inegiCode: '28', name: { en: 'Tamaulipas', es: 'Tamaulipas' }, level: 'state' },
  { code: 'MX-TLA', inegiCode: '29', name: { en: 'Tlaxcala', es: 'Tlaxcala' }, level: 'state' },
  { code: 'MX-VER', inegiCode: '30', name: { en: 'Veracruz', es: 'Veracruz' }, level: 'state' },
  { code: 'MX-YUC', inegiCode: '31', name: { en: 'Yucatán', es: 'Yucatán' }, level: 'state' },
  { code: 'MX-ZAC', inegiCode: '32', name: { en: 'Zacatecas', es: 'Zacatecas' }, level: 'state' },
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
