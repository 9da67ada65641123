import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMonthSpan,
  formatNumber,
  formatPercent,
  localeFromTag,
  prepareFormats,
  spanishRenderings,
  resolveLocale,
} from './i18n.js';

describe('resolveLocale', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('prefers the element’s own lang attribute', () => {
    const el = document.createElement('div');
    el.setAttribute('lang', 'es');
    document.body.append(el);
    // Spanish with no region is written as in Mexico
    expect(resolveLocale(el)).toEqual({ lang: 'es', locale: 'es-MX' });
  });

  it('uses the closest ancestor, across a shadow root', () => {
    const outer = document.createElement('section');
    outer.setAttribute('lang', 'es-MX');
    const host = document.createElement('div');
    outer.append(host);
    document.body.append(outer);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).toEqual({ lang: 'es', locale: 'es-MX' });
  });

  it('falls back to the document, then to English', () => {
    const el = document.createElement('div');
    document.body.append(el);
    document.documentElement.setAttribute('lang', 'es');
    expect(resolveLocale(el).lang).toBe('es');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(el)).toEqual({ lang: 'en', locale: 'en' });
  });

  it('maps unsupported or malformed tags to English', () => {
    expect(localeFromTag('fr')).toEqual({ lang: 'en', locale: 'en' });
    expect(localeFromTag('es-!!')).toEqual({ lang: 'es', locale: 'es-MX' });
  });

  it('keeps the region of a Spanish tag, and gives plain Spanish the Mexican conventions', () => {
    expect(localeFromTag('es-ES')).toEqual({ lang: 'es', locale: 'es-ES' });
    expect(localeFromTag('es-419')).toEqual({ lang: 'es', locale: 'es-419' });
    expect(localeFromTag('ES')).toEqual({ lang: 'es', locale: 'es-MX' });
    // no region, but a script or an extension: still Mexico's conventions, the rest kept
    expect(localeFromTag('es-Latn')).toEqual({ lang: 'es', locale: 'es-Latn-MX' });
    expect(localeFromTag('es-u-nu-latn')).toEqual({ lang: 'es', locale: 'es-MX-u-nu-latn' });
  });
});

describe('formatting', () => {
  it('groups thousands per locale', () => {
    expect(['en', 'es', 'es-MX'].map((locale) => formatNumber(locale, 22409))).toEqual([
      '22,409',
      '22.409',
      '22,409',
    ]);
  });
  it('formats percentages given in percent, signed on request', () => {
    expect(formatPercent('en', 32.1, { signed: true })).toBe('+32.1%');
    expect(formatPercent('es', 32.1, { signed: true })).toBe('+32,1\u00a0%'); // Spanish puts a no-break space before %
    expect(formatPercent('en', -5, { signed: true })).toBe('-5.0%');
  });
  it('names month spans in the locale', () => {
    expect(formatMonthSpan('en', 2017, 1, 4)).toBe('Jan-Apr 2017');
    expect(formatMonthSpan('es', 2017, 1, 4)).toBe('ene-abr 2017');
    expect(formatMonthSpan('en', 2017, 3, 3)).toBe('Mar 2017');
  });
});

describe('formatDate', () => {
  it('says a date only as precisely as it is known, in each language', () => {
    expect(formatDate('en', '2003')).toBe('2003');
    expect(formatDate('en', '2003-03')).toBe('Mar 2003');
    expect(formatDate('en', '2003-03-14')).toBe('Mar 14, 2003');
    expect(formatDate('es', '2003-03')).toBe('mar 2003');
    expect(formatDate('es', '2003-03-14')).toBe('14 mar 2003');
  });
});

describe('spanishRenderings', () => {
  const units = [{ unit: { en: 'cartels', es: 'cárteles' } }, { unit: { en: 'cells' } }];
  it('maps each value to its Spanish rendering, leaving out those with none', () => {
    const map = spanishRenderings(
      'es',
      units,
      (u) => u.unit.en,
      (u) => u.unit.es,
    );
    expect([...map]).toEqual([['cartels', 'cárteles']]);
  });
  it('is empty for an English widget', () => {
    expect(
      spanishRenderings(
        'en',
        units,
        (u) => u.unit.en,
        (u) => u.unit.es,
      ).size,
    ).toBe(0);
  });
});

describe('prepareFormats', () => {
  it('builds the number and month formats a widget uses first, so drawing builds none', () => {
    const { NumberFormat, DateTimeFormat } = Intl;
    let built = 0;
    const counted = <C extends new (...args: never[]) => object>(constructor: C): C =>
      new Proxy(constructor, {
        construct(target, args: never[]) {
          built++;
          return Reflect.construct(target, args);
        },
      });
    Intl.NumberFormat = counted(NumberFormat);
    Intl.DateTimeFormat = counted(DateTimeFormat);
    try {
      prepareFormats('de-CH');
      expect(built).toBe(2);
      expect(formatNumber('de-CH', 12345)).toBe(new NumberFormat('de-CH').format(12345));
      expect(formatMonthSpan('de-CH', 2017, 1, 4)).toBe('Jan-Apr 2017');
      expect(built).toBe(2);
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
