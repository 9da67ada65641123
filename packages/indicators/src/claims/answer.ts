import type { Claim } from '@usmx/data/schemas';
import { formatRange, monthWindow, routeName, span, type Language } from './format.js';
import type { ClaimCheck, ClaimDirection } from './types.js';

type Check = Omit<ClaimCheck, 'explanation'>;

/**
 * "+30.7% to +32.7%" and "+25%": the own figures (or, with `close`, the figures under other
 * plausible definitions) and the claimed figure, in the claimed unit.
 */
function figures(
  check: Check,
  language: Language,
  locale: string,
  close = false,
): [string, string] | null {
  const { claimed, claimedUnit } = check;
  const closeFigures = check.now.filter(
    (reading) =>
      reading.counted &&
      !reading.sameDefinition &&
      reading.value !== null &&
      reading.unit === claimedUnit,
  );
  const range = close
    ? closeFigures.length > 0
      ? span(closeFigures.map((reading) => reading.value!))
      : null
    : check.ownRange;
  if (range === null || claimed === null) return null;
  const signed = check.claim.test.indicator === 'homicide-ytd-change';
  return [
    formatRange(range, claimedUnit, language, locale, signed),
    formatRange(claimed, claimedUnit, language, locale, signed),
  ];
}

/** What the figures are about, after them: "in January-April 2017", "for the Caribbean, 2013". */
function scope(claim: Claim, language: Language, locale: string): string {
  const test = claim.test;
  const of = (route: string, years: string) =>
    language === 'en'
      ? `for the ${routeName(route, language)}, ${years}`
      : `para ${routeName(route, language)}, ${years}`;
  switch (test.indicator) {
    case 'homicide-ytd-change':
      return `${language === 'en' ? 'in' : 'en'} ${monthWindow(test.asOf, language, locale)}`;
    case 'corridor-share':
      return of(
        test.route,
        test.refYearTo ? `${test.refYear}/${test.refYearTo}` : `${test.refYear}`,
      );
    case 'balloon-effect':
      return of('mexico_central_america', String(test.to));
    case 'group-count':
      return `${language === 'en' ? 'in' : 'en'} ${test.year}`;
    case 'homicide-record':
      return '';
  }
}

/** The subject and which way, per kind of claim: "Homicides rose more than the claim said". */
function lead(
  claim: Claim,
  direction: ClaimDirection,
  rising: boolean,
  language: Language,
): string {
  const test = claim.test;
  const en = language === 'en';
  switch (test.indicator) {
    case 'homicide-ytd-change':
      if (direction === 'matches')
        return en
          ? 'Homicides changed as the claim said'
          : 'Los homicidios variaron como dice la afirmación';
      if (!rising)
        return en
          ? `The change in homicides was ${direction === 'understated' ? 'higher' : 'lower'} than the claim said`
          : `La variación de los homicidios fue ${direction === 'understated' ? 'mayor' : 'menor'} de lo que dice la afirmación`;
      return en
        ? `Homicides rose ${direction === 'understated' ? 'more' : 'less'} than the claim said`
        : `Los homicidios subieron ${direction === 'understated' ? 'más' : 'menos'} de lo que dice la afirmación`;
    case 'corridor-share':
    case 'balloon-effect':
      if (direction === 'matches')
        return en ? 'The shares match the claim' : 'Las proporciones coinciden con la afirmación';
      return en
        ? `${direction === 'understated' ? 'More' : 'Less'} of the cocaine went this way than the claim said`
        : `Por esta ruta pasó ${direction === 'understated' ? 'más' : 'menos'} cocaína de lo que dice la afirmación`;
    case 'group-count':
      if (direction === 'matches')
        return en ? 'The counts match the claim' : 'Los conteos coinciden con la afirmación';
      return en
        ? `There were ${direction === 'understated' ? 'more' : 'fewer'} groups than the claim said`
        : `Hubo ${direction === 'understated' ? 'más' : 'menos'} grupos de lo que dice la afirmación`;
    case 'homicide-record':
      return direction === 'matches'
        ? en
          ? `${test.year} was above the ${test.recordYear} record, as the claim said, in every series of its own definition that can show it`
          : `${test.year} superó el récord de ${test.recordYear}, como dice la afirmación, en todas las series de su propia definición que pueden mostrarlo`
        : en
          ? `${test.year} was not above the ${test.recordYear} record, against what the claim said`
          : `${test.year} no superó el récord de ${test.recordYear}, contra lo que dice la afirmación`;
  }
}

/**
 * The first sentence a reader sees: the answer, which way and by how much. "Homicides rose more
 * than the claim said: +30.7% to +32.7% in January-April 2017, against +25% claimed."
 */
export function answer(check: Check, language: Language, locale: string): string {
  const en = language === 'en';
  const shown = figures(check, language, locale);
  const where = scope(check.claim, language, locale);
  const numbers = shown
    ? `: ${shown[0]}${where ? ` ${where}` : ''}, ${en ? `against ${shown[1]} claimed` : `frente a ${shown[1]} según la afirmación`}`
    : '';
  if (check.direction === null) {
    if (shown)
      return en
        ? `The figures under the claim's own definition point different ways${numbers}.`
        : `Las cifras con la definición de la afirmación apuntan en sentidos distintos${numbers}.`;
    const close = figures(check, language, locale, true);
    if (close)
      return en
        ? `No figure measures exactly what the claim speaks of; under close definitions the figures are ${close[0]}${where ? ` ${where}` : ''}, against ${close[1]} claimed.`
        : `Ninguna cifra mide exactamente lo que dice la afirmación; con definiciones cercanas las cifras son ${close[0]}${where ? ` ${where}` : ''}, frente a ${close[1]} según la afirmación.`;
    return en
      ? 'No figure in the data measures what the claim speaks of, so it cannot be told which way it errs.'
      : 'Ninguna cifra de los datos mide lo que dice la afirmación: no se puede decir en qué sentido se aparta.';
  }
  const rising = check.ownRange === null || check.ownRange.low > 0;
  return `${lead(check.claim, check.direction, rising, language)}${numbers}.`;
}
