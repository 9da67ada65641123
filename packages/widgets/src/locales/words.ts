import type { Lang } from '../internal/i18n.js';
import * as en from './en.js';

type Spanish = typeof import('./es.js');

let spanish: Spanish | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the words of `lang`: Spanish with `import()`, once for every widget on the page; English
 * is always there. A failed load is tried again by the next call, and meanwhile a widget speaks
 * English rather than nothing.
 */
export function loadWords(lang: Lang): Promise<void> {
  if (lang === 'en' || spanish) return Promise.resolve();
  return (loading ??= import('./es.js').then(
    (module) => {
      spanish = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** Whether the words of `lang` are loaded (see {@link loadWords}). */
export function hasWords(lang: Lang): boolean {
  return lang === 'en' || spanish !== undefined;
}

/** A table of words in `lang`: the Spanish one once loaded, else the English one. */
function table<T>(lang: Lang, english: T, pick: (words: Spanish) => T): T {
  return lang === 'es' && spanish ? pick(spanish) : english;
}

/** The words every widget shares, in `lang`. */
export const commonWords = (lang: Lang) => table(lang, en.common, (es) => es.common);
/** The words of `<usmx-claim>` in `lang`. */
export const claimWords = (lang: Lang) => table(lang, en.claim, (es) => es.claim);
/** The words of `<usmx-corridor-share>` in `lang`. */
export const corridorShareWords = (lang: Lang) =>
  table(lang, en.corridorShare, (es) => es.corridorShare);
/** The words of `<usmx-group-lineage>` in `lang`. */
export const groupLineageWords = (lang: Lang) =>
  table(lang, en.groupLineage, (es) => es.groupLineage);
/** The words of `<usmx-homicide-trend>` in `lang`. */
export const homicideTrendWords = (lang: Lang) =>
  table(lang, en.homicideTrend, (es) => es.homicideTrend);
/** The words of `<usmx-splinter-count>` in `lang`. */
export const splinterCountWords = (lang: Lang) =>
  table(lang, en.splinterCount, (es) => es.splinterCount);
