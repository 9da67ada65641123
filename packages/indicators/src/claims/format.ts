import type { ClaimVerdict, HomicideCrime } from '@usmx/data/schemas';
import type { Bilingual, ValueRange } from './types.js';

export type Language = keyof Bilingual;

/** The locale whose conventions (numbers, month names, lists) each language's text follows. */
export type ClaimLocales = Readonly<Record<Language, string>>;

/** English as written in the United States, Spanish as in Mexico. */
export const DEFAULT_LOCALES: ClaimLocales = { en: 'en-US', es: 'es-MX' };

/** A number as people read it in `locale` (`32,079`, `+32.1`), to `digits` decimals at most. */
export function formatNumber(value: number, locale: string, signed = false, digits = 1): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** A range in a unit: `+32.1%`, `80-86%`, `4-5 pp`, `25 groups`, `20 or more groups`. */
export function formatRange(
  range: { low: number; high: number | null },
  unit: string,
  language: Language,
  locale: string,
  signed = false,
): string {
  // shares and changes to one decimal; counts of people, case files and groups whole
  const digits = unit === 'percent' || unit === 'pp' ? 1 : 0;
  const low = formatNumber(range.low, locale, signed, digits);
  const text =
    range.high === null
      ? language === 'en'
        ? `${low} or more`
        : `${low} o más`
      : range.high === range.low
        ? low
        : `${low} ${language === 'en' ? 'to' : 'a'} ${formatNumber(range.high, locale, signed, digits)}`;
  return `${text}${unitSuffix(unit, language, locale)}`;
}

function unitSuffix(unit: string, language: Language, locale: string): string {
  if (unit === 'percent') return percentSuffix(locale);
  if (unit === 'pp') return language === 'en' ? ' points' : ' puntos';
  const words: Record<string, Bilingual> = {
    groups: { en: 'groups', es: 'grupos' },
    deaths: { en: 'deaths', es: 'defunciones' },
    victims: { en: 'victims', es: 'víctimas' },
    incidents: { en: 'case files', es: 'carpetas o averiguaciones' },
  };
  const word = words[unit];
  return word ? ` ${word[language]}` : ` ${unit}`;
}

/**
 * What follows a number in a percentage in `locale`: `%` in `en-US` and `es-MX`, a no-break space
 * and `%` in `es-ES`; plain `%` where the locale puts the sign first.
 */
function percentSuffix(locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  const after = parts.slice(parts.findIndex((part) => part.type === 'integer') + 1);
  return after.some((part) => part.type === 'percentSign')
    ? after.map((part) => part.value).join('')
    : '%';
}

/** Lowest low and highest high of some ranges. */
export function span(values: readonly ValueRange[]): ValueRange {
  return {
    low: Math.min(...values.map((value) => value.low)),
    high: Math.max(...values.map((value) => value.high)),
  };
}

/** The verdict in words, capitalized as a sentence start. */
export const verdictLabels: Record<ClaimVerdict, Bilingual> = {
  supported: { en: 'Supported', es: 'Respaldada' },
  'partly supported': { en: 'Partly supported', es: 'Parcialmente respaldada' },
  'not supported': { en: 'Not supported', es: 'No respaldada' },
  'depends on definition': { en: 'Depends on the definition', es: 'Depende de la definición' },
  'cannot be checked': { en: 'Cannot be checked', es: 'No se puede verificar' },
};

/** The crime of a homicide series, in words. */
export const crimeLabels: Record<HomicideCrime, Bilingual> = {
  'intentional-homicide': { en: 'intentional homicide', es: 'homicidio doloso' },
  'intentional-homicide-and-feminicide': {
    en: 'intentional homicide including feminicide',
    es: 'homicidio doloso incluido el feminicidio',
  },
  feminicide: { en: 'feminicide', es: 'feminicidio' },
  'culpable-homicide': { en: 'culpable homicide', es: 'homicidio culposo' },
  'all-homicide': {
    en: 'all homicides, intentional and culpable',
    es: 'todos los homicidios, dolosos y culposos',
  },
};

/** `2017-04` as `January-April 2017` / `enero-abril de 2017`, month names from `locale`. */
export function monthWindow(asOf: string, language: Language, locale: string): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const name = (m: number) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year, m - 1, 1)),
    );
  const months = month === 1 ? name(1) : `${name(1)}-${name(month)}`;
  return language === 'en' ? `${months} ${year}` : `${months} de ${year}`;
}

/** Joins a list as `locale` does: `a, b and c` / `a, b y c`. */
export function list(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** The routes of the corridor claims, by id, as readers call them. */
const routeNames: Readonly<Record<string, Bilingual>> = {
  mexico_central_america: {
    en: 'Mexico/Central America corridor',
    es: 'corredor México-Centroamérica',
  },
  caribbean: { en: 'Caribbean', es: 'Caribe' },
};

/** A route in words (`Caribbean` / `Caribe`); a route the claims do not name keeps its id. */
export function routeName(route: string, language: Language): string {
  return routeNames[route]?.[language] ?? route;
}
