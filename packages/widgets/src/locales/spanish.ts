import type { Lang } from '../internal/i18n.js';

/*
 * The Spanish words of every widget (`es.ts`), loaded once for the page by the first widget that
 * speaks Spanish, and `wordsIn`, which every accessor of words reads a table through.
 */

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
export function wordsIn<T>(lang: Lang, english: T, pick: (words: Spanish) => T): T {
  return lang === 'es' && spanish ? pick(spanish) : english;
}
