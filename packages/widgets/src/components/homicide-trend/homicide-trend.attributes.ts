import { textAttribute } from '../../internal/attribute-options.js';

/** The series shown when none is chosen: SESNSP victims of intentional homicide, current method. */
export const DEFAULT_HOMICIDE_SERIES = 'sesnsp-2015-victims-hd';

/**
 * The region (`MX` when blank) and series (`undefined` when blank) an element's attributes choose,
 * as written, before any check: what the widget fetches first and then checks.
 */
export function chosenSeries(element: {
  readonly region: string | undefined;
  readonly series: string | undefined;
}): { region: string; series: string | undefined } {
  return { region: textAttribute(element.region) ?? 'MX', series: textAttribute(element.series) };
}
