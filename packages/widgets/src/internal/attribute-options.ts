import type { IndicatorInputIssue } from '@usmx/indicators/errors';
import { loadLocale } from '../locales/load.js';
import { invalidAttributes, type ErrorIssue } from './errors.js';
import type { Lang } from './i18n.js';

/**
 * A number attribute as an indicator's option: `undefined` when blank, else what `Number` makes of
 * the text (`NaN` when it is no number), for the indicator to check and say what is wrong.
 */
export function numberAttribute(text: string | undefined): number | undefined {
  return text?.trim() ? Number(text) : undefined;
}

/** A text attribute as an option: trimmed, `undefined` when blank. */
export function textAttribute(text: string | undefined): string | undefined {
  return text?.trim() || undefined;
}

/**
 * The attribute behind each option an indicator checks, by the option's name: the attribute's name
 * and, where the option was read from text (a number), the text the reader wrote.
 */
export type OptionAttributes = Readonly<
  Record<string, readonly [name: string, text?: string | undefined]>
>;

/**
 * An indicator's issues with the options a widget read from its attributes, worded in `lang` from
 * their codes (the words load only now, and only when there is an issue): each named by its
 * attribute (`attributes`), with the text the reader wrote where there is one, else the value the
 * indicator was given (a default).
 */
export async function attributeIssues(
  issues: readonly IndicatorInputIssue[],
  attributes: OptionAttributes,
  lang: Lang,
): Promise<ErrorIssue[]> {
  if (issues.length === 0) return [];
  const [{ indicatorIssue }, locale] = await Promise.all([
    import('./coded-issues.js'),
    loadLocale(lang),
  ]);
  return issues.map((issue) => {
    const option = String(issue.path[0]);
    const [column = option, text] = attributes[option] ?? [];
    const worded = indicatorIssue(issue, locale);
    return { ...worded, column, value: text?.trim() ? text : worded.value };
  });
}

/**
 * Throws the widget's `invalid-attribute` error listing an indicator's `issues` with the options
 * read from attributes, worded as {@link attributeIssues} words them; returns when there is none.
 */
export async function throwAttributeIssues(
  issues: readonly IndicatorInputIssue[],
  attributes: OptionAttributes,
  lang: Lang,
): Promise<void> {
  if (issues.length > 0)
    throw invalidAttributes(await attributeIssues(issues, attributes, lang), lang);
}
