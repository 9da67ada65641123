import type { Lang } from '../internal/i18n.js';
import { common } from './en.js';
import { wordsIn } from './spanish.js';

/*
 * What a widget reads its words through: `commonWords(lang)` and one accessor per widget. Each
 * widget's accessor lives beside its English table (`en/<widget>.ts`) and is re-exported here, so a
 * bundle that holds several widgets keeps every widget's words in that widget's own chunk.
 */

export { hasWords, loadWords } from './spanish.js';
export { claimWords } from './en/claim.js';
export { corridorShareWords } from './en/corridor-share.js';
export { groupLineageWords } from './en/group-lineage.js';
export { homicideTrendWords } from './en/homicide-trend.js';
export { splinterCountWords } from './en/splinter-count.js';

/** The words every widget shares, in `lang`. */
export const commonWords = (lang: Lang) => wordsIn(lang, common, (es) => es.common);
