import type { Lang } from '../internal/i18n.js';
import type { IssueLocale } from './issue-locale.js';

/**
 * The words of what can go wrong with a reader's input in `lang`, loaded with `import()` only when
 * something does, so the widgets do not ship them up front.
 */
export async function loadLocale(lang: Lang): Promise<IssueLocale> {
  return lang === 'es' ? (await import('./es.issues.js')).es : (await import('./en.issues.js')).en;
}
