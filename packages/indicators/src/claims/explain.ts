import type { Claim, ClaimVerdict } from '@usmx/data/schemas';
import { answer } from './answer.js';
import {
  crimeLabels,
  DEFAULT_LOCALES,
  formatNumber,
  formatRange,
  list,
  monthWindow,
  routeName,
  span,
  verdictLabels,
  type ClaimLocales,
  type Language,
} from './format.js';
import type { ClaimCheck, ClaimReading, ValueRange } from './types.js';

const LANGUAGES: readonly Language[] = ['en', 'es'];

interface Words {
  agrees: string;
  disagrees: string;
  claimSays: string;
  otherDefinitions: string;
  context: string;
  cannotCompare: string;
  asPublished: (date: string) => string;
  nothingAtClaimDate: string;
}

const words: Record<Language, Words> = {
  en: {
    agrees: 'agrees',
    disagrees: 'does not agree',
    claimSays: 'the claim says',
    otherDefinitions: 'Under other definitions',
    context:
      'For context only, not counted in the verdict (they measure something the claim did not mean)',
    cannotCompare: 'Cannot compare',
    asPublished: (date) => `As published by the claim's date (${date})`,
    nothingAtClaimDate: "Nothing in the data was published by the claim's date to test it",
  },
  es: {
    agrees: 'coincide',
    disagrees: 'no coincide',
    claimSays: 'la afirmación dice',
    otherDefinitions: 'Con otras definiciones',
    context:
      'Solo como contexto, sin contar para el veredicto (miden algo que la afirmación no quiso decir)',
    cannotCompare: 'No se puede comparar',
    asPublished: (date) => `Según lo publicado a la fecha de la afirmación (${date})`,
    nothingAtClaimDate:
      'Nada en los datos se había publicado a la fecha de la afirmación para probarla',
  },
};

function value(reading: ClaimReading, language: Language, locale: string, signed = false): string {
  return reading.value === null
    ? '-'
    : formatRange(
        { low: reading.value.low, high: reading.value.high },
        reading.unit,
        language,
        locale,
        signed,
      );
}

function release(reading: ClaimReading, language: Language): string {
  if (reading.vintage === null) return '';
  return language === 'en' ? `, release ${reading.vintage}` : `, publicación ${reading.vintage}`;
}

/** `label: value (release)`, with the agreement when asked. */
function item(
  reading: ClaimReading,
  language: Language,
  locale: string,
  signed: boolean,
  agreement = false,
): string {
  const parts = [`${reading.label[language]}: ${value(reading, language, locale, signed)}`];
  if (reading.reference) {
    const { value: count, year, since } = reading.reference;
    const span =
      since === undefined
        ? ''
        : language === 'en'
          ? `, the highest since ${since}`
          : `, el más alto desde ${since}`;
    parts.push(
      language === 'en'
        ? ` vs ${formatNumber(count, locale)} in ${year}${span}`
        : ` frente a ${formatNumber(count, locale)} en ${year}${span}`,
    );
  }
  if (reading.through && reading.asOf === 'claim-date')
    parts.push(` (${monthWindow(reading.through, language, locale)})`);
  const extra = [release(reading, language).slice(2)];
  if (agreement && reading.agrees !== null)
    extra.push(reading.agrees ? words[language].agrees : words[language].disagrees);
  if (reading.note) extra.push(reading.note[language]);
  const tail = extra.filter(Boolean).join('; ');
  return `${parts.join('')}${tail ? ` (${tail})` : ''}`;
}

function claimedText(claim: Claim, language: Language, locale: string): string {
  const test = claim.test;
  const range = (low: number, high: number | undefined, unit: string, signed = false) =>
    formatRange({ low, high: high ?? null }, unit, language, locale, signed);
  const within = (tolerance: number, unit: string) =>
    language === 'en'
      ? ` (within ${formatRange({ low: tolerance, high: tolerance }, unit, language, locale)})`
      : ` (con margen de ${formatRange({ low: tolerance, high: tolerance }, unit, language, locale)})`;
  switch (test.indicator) {
    case 'homicide-ytd-change':
      return `${range(test.claimed.low, test.claimed.high, 'percent', true)}${within(test.tolerancePp, 'pp')}`;
    case 'homicide-record':
      return language === 'en'
        ? `${test.year} above the ${test.recordYear} record`
        : `${test.year} por encima del récord de ${test.recordYear}`;
    case 'corridor-share':
      return `${range(test.claimed.low, test.claimed.high, 'percent')}${within(test.tolerancePp, 'pp')}`;
    case 'balloon-effect':
      return language === 'en'
        ? `${test.claimedBalloon ? 'a' : 'no'} balloon effect between ${test.from} and ${test.to}`
        : `${test.claimedBalloon ? 'un' : 'ningún'} efecto globo entre ${test.from} y ${test.to}`;
    case 'group-count': {
      const last = range(test.claimed.low, test.claimed.high, 'groups');
      if (test.fromYear === undefined || test.claimedFrom === undefined)
        return language === 'en' ? `${last} in ${test.year}` : `${last} en ${test.year}`;
      const first = range(test.claimedFrom.low, test.claimedFrom.high, 'groups');
      return language === 'en'
        ? `${first} in ${test.fromYear}, ${last} in ${test.year}`
        : `${first} en ${test.fromYear}, ${last} en ${test.year}`;
    }
  }
}

function measured(claim: Claim, language: Language, locale: string): string {
  const test = claim.test;
  switch (test.indicator) {
    case 'homicide-ytd-change': {
      const previous = `${Number(test.asOf.slice(0, 4)) - 1}${test.asOf.slice(4)}`;
      return language === 'en'
        ? `${crimeLabels[test.crime].en}, ${monthWindow(test.asOf, 'en', locale)} against ${monthWindow(previous, 'en', locale)}`
        : `${crimeLabels[test.crime].es}, ${monthWindow(test.asOf, 'es', locale)} frente a ${monthWindow(previous, 'es', locale)}`;
    }
    case 'homicide-record':
      return crimeLabels[test.crime][language];
    case 'corridor-share': {
      const years = test.refYearTo ? `${test.refYear}/${test.refYearTo}` : String(test.refYear);
      return `${routeName(test.route, language)}, ${years}`;
    }
    case 'balloon-effect':
      return language === 'en'
        ? `Caribbean share rising by ${test.thresholdPp} points or more while the corridor's falls`
        : `la participación del Caribe sube ${test.thresholdPp} puntos o más mientras la del corredor baja`;
    case 'group-count':
      return language === 'en' ? 'groups counted' : 'grupos contados';
  }
}

function signedFor(claim: Claim): boolean {
  return claim.test.indicator === 'homicide-ytd-change';
}

/** The verdict and what the claim's own definition says. */
function headline(
  claim: Claim,
  verdict: ClaimVerdict,
  now: readonly ClaimReading[],
  language: Language,
  locale: string,
): string {
  const own = now.filter((reading) => reading.sameDefinition && reading.value !== null);
  const signed = signedFor(claim);
  const start = `${verdictLabels[verdict][language]}: ${words[language].claimSays} ${claimedText(claim, language, locale)} (${measured(claim, language, locale)}).`;
  if (own.length === 0) {
    return `${start} ${
      language === 'en'
        ? 'No figure in the data measures exactly what the claim speaks of.'
        : 'Ninguna cifra de los datos mide exactamente lo que dice la afirmación.'
    }`;
  }
  const agreeing = own.filter((reading) => reading.agrees === true).length;
  const decided = own.filter((reading) => reading.agrees !== null).length;
  const one = own.length === 1;
  // a span only when every figure is in the same unit (victims and case files are never mixed)
  const range =
    new Set(own.map((reading) => reading.unit)).size === 1
      ? (() => {
          const all = span(own.map((reading) => reading.value as ValueRange));
          return formatRange(
            { low: all.low, high: all.high },
            own[0]!.unit,
            language,
            locale,
            signed,
          );
        })()
      : null;
  const tally =
    language === 'en'
      ? `Under the claim's own definition, ${own.length} ${one ? 'figure' : 'figures'}${range ? ` (${range})` : ''}; ${agreeing} of the ${decided} that can say ${agreeing === 1 ? 'agrees' : 'agree'}`
      : `Con la definición de la afirmación, ${own.length} ${one ? 'cifra' : 'cifras'}${range ? ` (${range})` : ''}; ${agreeing} de las ${decided} que permiten decidir ${agreeing === 1 ? 'coincide' : 'coinciden'}`;
  return `${start} ${tally}: ${list(
    own.map((reading) => item(reading, language, locale, signed)),
    locale,
  )}.`;
}

function others(
  claim: Claim,
  now: readonly ClaimReading[],
  language: Language,
  locale: string,
): string[] {
  const signed = signedFor(claim);
  const sentence = (label: string, readings: readonly ClaimReading[]) =>
    readings.length === 0
      ? []
      : [
          `${label}: ${list(
            readings.map((reading) => item(reading, language, locale, signed, true)),
            locale,
          )}.`,
        ];
  const withFigure = now.filter((reading) => !reading.sameDefinition && reading.value !== null);
  const sentences = [
    ...sentence(
      words[language].otherDefinitions,
      withFigure.filter((reading) => reading.counted),
    ),
    ...sentence(
      words[language].context,
      withFigure.filter((reading) => !reading.counted),
    ),
  ];
  const test = claim.test;
  if (test.indicator === 'homicide-ytd-change') {
    // the figure nearest the claim, when it comes only from another definition
    const target = test.claimed.low;
    const distance = (reading: ClaimReading) =>
      Math.min(Math.abs(reading.value!.low - target), Math.abs(reading.value!.high - target));
    const nearest = [...now.filter((reading) => reading.counted && reading.value !== null)].sort(
      (a, b) => distance(a) - distance(b),
    )[0];
    if (nearest && !nearest.sameDefinition) {
      sentences.push(
        language === 'en'
          ? `The figure nearest the claim, ${value(nearest, language, locale, true)}, appears only under another definition (${nearest.label.en}).`
          : `La cifra más cercana a la afirmación, ${value(nearest, language, locale, true)}, aparece solo con otra definición (${nearest.label.es}).`,
      );
    }
  }
  return sentences;
}

function atClaimDate(
  claim: Claim,
  claimDate: string,
  readings: readonly ClaimReading[],
  language: Language,
  locale: string,
): string {
  if (readings.length === 0) return `${words[language].nothingAtClaimDate}.`;
  const signed = signedFor(claim);
  return `${words[language].asPublished(claimDate)}: ${list(
    readings.map((reading) => item(reading, language, locale, signed, true)),
    locale,
  )}.`;
}

function undecided(
  readings: readonly ClaimReading[],
  language: Language,
  locale: string,
): string[] {
  const open = readings.filter((reading) => reading.value === null && reading.note);
  if (open.length === 0) return [];
  return [
    `${words[language].cannotCompare}: ${list(
      open.map((reading) => `${reading.label[language]} (${reading.note![language]})`),
      locale,
    )}.`,
  ];
}

/**
 * "The claim speaks of cocaine that entered the United States; the figures measure: ...", where the
 * claim row says its wording claims more than the figures count.
 */
function measures(claim: Claim, now: readonly ClaimReading[], language: Language): string[] {
  const test = claim.test;
  if (test.indicator !== 'corridor-share' && test.indicator !== 'balloon-effect') return [];
  const said = test.claimedMeasure?.[language];
  const measured = [
    ...new Set(
      now.flatMap((reading) =>
        reading.sameDefinition && reading.measure ? [reading.measure[language]] : [],
      ),
    ),
  ];
  if (said === undefined || measured.length === 0) return [];
  return [
    language === 'en'
      ? `The claim speaks of ${said}; the figures measure something narrower: ${measured.join('; ')}.`
      : `La afirmación habla de ${said}; las cifras miden algo más acotado: ${measured.join('; ')}.`,
  ];
}

/**
 * The sentences that explain a check, in English and Spanish, numbers written as `locales` say:
 * first the answer with its direction, then the verdict and the readings.
 */
export function explain(
  check: Omit<ClaimCheck, 'explanation'>,
  locales: ClaimLocales = DEFAULT_LOCALES,
): { en: string[]; es: string[] } {
  const { claim, verdict, claimDate, atClaimDate: then, now } = check;
  const result = { en: [] as string[], es: [] as string[] };
  for (const language of LANGUAGES) {
    const locale = locales[language];
    result[language] = [
      answer(check, language, locale),
      headline(claim, verdict, now, language, locale),
      ...measures(claim, now, language),
      ...others(claim, now, language, locale),
      atClaimDate(claim, claimDate, then, language, locale),
      ...undecided(now, language, locale),
    ];
  }
  return result;
}
