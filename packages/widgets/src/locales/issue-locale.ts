import type { IndicatorIssueCode, IndicatorIssueParams } from '@usmx/indicators/errors';
import type { ValidationCode, ValidationIssueParams } from '@usmx/data/parsers';
import type { IndicatorInputIssue } from '@usmx/indicators/errors';

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
  /** A row failing a schema check: zod's issues, and the dataset schemas' own messages. */
  readonly schema: SchemaWords;
  /** What stops `<usmx-homicide-trend>` that its attributes can fix. */
  readonly homicideTrend: HomicideTrendProblemWords;
}

/**
 * Words of a zod issue that has no message of its own (`zod/mini` alone says only "Invalid
 * input"): "expected number, got string"; and of the messages the dataset's schemas give their
 * own checks, which zod keeps over any error map.
 */
export interface SchemaWords {
  type(expected: string, received: string): string;
  value(value: string): string;
  oneOf(values: string): string;
  atLeast(n: string, unit: string): string;
  atMost(n: string, unit: string): string;
  compare(sign: string, n: string): string;
  pattern(pattern: string): string;
  format(format: string): string;
  keys(keys: readonly string[]): string;
  /** A length's unit, singular and plural, by what is measured (`string`, `array`). */
  readonly units: Readonly<Record<string, readonly [string, string]>>;
  /** String formats (`date`, `email`) by name; a format not listed is named as zod names it. */
  readonly formats: Readonly<Record<string, string>>;
  /** JavaScript types (`string`, `undefined`, `nan`) by name; a type not listed is named as is. */
  readonly typeNames: Readonly<Record<string, string>>;
  readonly invalid: string;
  /**
   * A schema's own message (English, as the dataset writes it) in this language, or `undefined`
   * when there is none, for the issue's code to be worded instead.
   */
  ownMessage(message: string): string | undefined;
}

/** The attribute a reader can change to move the month the chart sums up to; none for the data alone. */
export type MonthAttribute = 'as-of' | 'to' | 'vintage' | undefined;

/** What stops `<usmx-homicide-trend>`: bad attributes, and a series with no rows for the region or release. */
export interface HomicideTrendProblemWords {
  readonly unknownRegion: string;
  readonly measures: string;
  noRelease(series: string | undefined, vintage: string, first: string): string;
  noObservations(series: string | undefined, region: string): string;
  readonly noRegionRows: string;
  readonly nationalOnly: string;
  /** Why the month the chart sums up to cannot be used, advising on `attribute`. */
  asOf(issues: readonly IndicatorInputIssue[], attribute: MonthAttribute): string;
}

/** What the as-of words need of the indicator's issues about the month asked for. */
export interface MonthProblem {
  /** `series (region)`. */
  readonly what: string;
  readonly releases: string;
  readonly issue: IndicatorInputIssue;
  /** The months missing, when months are missing. */
  readonly missing: readonly string[];
}

/** The issues of one rejected month as one problem: the first issue, and the missing months. */
export function monthProblem(
  issues: readonly IndicatorInputIssue[],
  releases: (vintage: string | null) => string,
): MonthProblem {
  const issue = issues[0]!;
  const params = issue.params as { series: string; region?: string; vintage: string | null };
  return {
    what: params.region === undefined ? params.series : `${params.series} (${params.region})`,
    releases: releases(params.vintage),
    issue,
    missing: issues
      .filter((found) => found.code === 'missing-month')
      .map((found) => String(found.value)),
  };
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
