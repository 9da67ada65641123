import rows from '../generated/sources-homicides.js';
import type { Source } from '../schemas/sources.js';

/**
 * The sources the homicide series and observations cite (and those they were read through): the
 * part of `sources` a page that shows only homicides needs for its citations.
 */
export const homicideSources: readonly Source[] = rows;
