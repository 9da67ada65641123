/** Languages the widgets speak. Any other `lang` falls back to English. */
export type Lang = 'en' | 'es';

/** The resolved language: `lang` picks the messages, `locale` (the full tag) drives `Intl`. */
export interface Locale {
  readonly lang: Lang;
  readonly locale: string;
}

/**
 * Resolves the language of `element`: its own `lang` attribute, else the closest ancestor's `lang`
 * (crossing shadow roots), else English.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag) return localeFromTag(tag);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return { lang: 'en', locale: 'en' };
}

/**
 * Maps a BCP 47 tag to a supported language, keeping the tag for `Intl` when it is one of ours
 * (`es-ES` writes numbers as in Spain). Spanish with no region is written as in Mexico, the
 * country the data is about: `22,409` and `+25.0%`, where Intl's plain `es` writes `22.409`,
 * which a Mexican reader takes for 22 point 409.
 */
export function localeFromTag(tag: string): Locale {
  const primary = tag.trim().toLowerCase().split('-')[0];
  if (primary === 'es') {
    const locale = new Intl.Locale(safeTag(tag, 'es'));
    return {
      lang: 'es',
      locale: (locale.region ? locale : new Intl.Locale(locale, { region: 'MX' })).toString(),
    };
  }
  if (primary === 'en') return { lang: 'en', locale: safeTag(tag, 'en') };
  return { lang: 'en', locale: 'en' };
}

function safeTag(tag: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * The dataset's Spanish renderings of some values (`name.es` of a name, `unit.es` of a unit), by
 * value, for a widget in `lang`: empty in English, and leaving out the items that have none.
 */
export function spanishRenderings<T>(
  lang: Lang,
  items: readonly T[],
  value: (item: T) => string,
  spanish: (item: T) => string | undefined,
): ReadonlyMap<string, string> {
  if (lang !== 'es') return new Map();
  return new Map(
    items.flatMap((item) => {
      const rendering = spanish(item);
      return rendering === undefined ? [] : [[value(item), rendering] as const];
    }),
  );
}

/**
 * Building an `Intl` formatter costs far more than using one (a chart formats hundreds of labels),
 * so each locale and option set is built once.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A date formatter for `locale` with `options`, in UTC (the dataset's dates have no time zone). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format)
    formatters.set(
      key,
      (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })),
    );
  return format;
}

/** Formats counts and other numbers for a locale, with `digits` decimals at most. */
export function formatNumber(locale: string, value: number, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** Formats a percentage given in percent (32.1, not 0.321), with a sign when `signed`. */
export function formatPercent(
  locale: string,
  pct: number,
  { signed = false, digits = 1 } = {},
): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(pct / 100);
}

/**
 * Builds the locale's number and month formats ahead of their first use. The first `Intl` format
 * of a page loads the locale's data, some 30-60 ms on a laptop and four times that on a phone: a
 * widget spends that time while its code and data download rather than after they arrive.
 */
export function prepareFormats(locale: string): void {
  formatNumber(locale, 0);
  formatMonth(locale, 1);
}

/** Short month name (1-12) in the locale's words: "Apr", "abr". */
export function formatMonth(locale: string, month: number): string {
  return dateFormat(locale, { month: 'short' })
    .format(Date.UTC(2000, month - 1, 15))
    .replace(/\.$/, '');
}

/** A span of months in one year: "Jan-Apr 2017", "ene-abr 2017"; a single month "Jan 2017". */
export function formatMonthSpan(
  locale: string,
  year: number,
  firstMonth: number,
  lastMonth: number,
): string {
  const first = formatMonth(locale, firstMonth);
  if (firstMonth === lastMonth) return `${first} ${year}`;
  return `${first}-${formatMonth(locale, lastMonth)} ${year}`;
}

/**
 * A date of the dataset (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in the locale's words, no more precise
 * than it is: "2003", "Mar 2003", "Mar 14, 2003"; "2003", "mar 2003", "14 mar 2003".
 */
export function formatDate(locale: string, date: string): string {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (month === undefined) return String(year);
  if (day === undefined) return `${formatMonth(locale, month)} ${year}`;
  return dateFormat(locale, { dateStyle: 'medium' }).format(Date.UTC(year, month - 1, day));
}
