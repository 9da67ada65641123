import type { IndicatorIssueCode, IndicatorIssueParams } from '@usmx/indicators/errors';
import type { ValidationCode, ValidationIssueParams } from '@usmx/data/parsers';

/** Words for one code: its params, and the offending value when the words name it. */
type Words<Params> = (params: Params, value: unknown) => string;

/**
 * Words for every code an indicator reports but `schema`, whose words come from zod's own issue
 * (see `issue-words.ts`). Rows are named 1-based, as the widget lists them.
 */
export type IndicatorWords = {
  readonly [C in Exclude<IndicatorIssueCode, 'schema'>]: Words<IndicatorIssueParams[C]>;
};

/** Words for every code a file parser reports. */
export type FileWords = { readonly [C in ValidationCode]: Words<ValidationIssueParams[C]> };

/**
 * The words of what can go wrong with a reader's input in one language, loaded with `import()`
 * only when something does (see `load.ts`). Coded issues are keyed by code: what an indicator (`indicator`) or a
 * file parser (`file`) reports. A code a table leaves out keeps the English `reason` its package
 * made from the code: English needs only the words a widget says otherwise (rows counted from 1).
 */
export interface IssueLocale {
  readonly indicator: Partial<IndicatorWords>;
  readonly file: Partial<FileWords>;
  /** What can go wrong reading a reader's file (`src`) or rows (`data`). */
  readonly reader: ReaderWords;
}

/** The words of what can go wrong reading a reader's file or rows. */
export interface ReaderWords {
  couldNotLoad(url: string, why: string): string;
  readonly requestFailed: string;
  readonly requestFailedWhy: string;
  serverAnswered(status: number, text: string): string;
  notValidJson(origin: string): string;
  readonly invalidJson: string;
  notJson(origin: string): string;
  readonly readsJsonRows: string;
  expectedRows(origin: string): string;
  readonly expectedJsonRows: string;
  noRows(origin: string): string;
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
