import type { IndicatorIssueCode, IndicatorIssueParams } from '@usmx/indicators/errors';
import type { ValidationCode, ValidationIssueParams } from '@usmx/data/parsers';

/** Words for one code: its params, and the offending value when the words name it. */
type Words<Params> = (params: Params, value: unknown) => string;

/** Words for every code an indicator reports. Rows are named 1-based, as the widget lists them. */
export type IndicatorWords = { readonly [C in IndicatorIssueCode]: Words<IndicatorIssueParams[C]> };

/** Words for every code a file parser reports. */
export type FileWords = { readonly [C in ValidationCode]: Words<ValidationIssueParams[C]> };

/**
 * The words of coded issues in one language, keyed by code: what an indicator (`indicator`) or a
 * file parser (`file`) reports. A code a table leaves out keeps the English `reason` its package
 * made from the code: English needs only the words a widget says otherwise (rows counted from 1).
 */
export interface IssueLocale {
  readonly indicator: Partial<IndicatorWords>;
  readonly file: Partial<FileWords>;
}

/** A locale that words every code: any language but the packages' own English. */
export interface CompleteIssueLocale extends IssueLocale {
  readonly indicator: IndicatorWords;
  readonly file: FileWords;
}

/** The first six items, then how many there are, worded by `inAll`. */
export function firstSix(items: readonly string[], inAll: (n: number) => string): string {
  const shown = items.slice(0, 6).join(', ');
  return items.length > 6 ? `${shown}… (${inAll(items.length)})` : shown;
}
