/**
 * How usmx writes a region and a date, one pattern each, for every package that checks one: the
 * indicators' fast row check, their month arithmetic, and the widgets' attributes.
 *
 * @packageDocumentation
 */

/** `MX` (the nation) or an ISO 3166-2 state code such as `MX-CHH`. */
export const REGION_CODE = /^MX(-[A-Z]{3})?$/;

/** A month, `YYYY-MM` (`01` to `12`); captures the year and the month. */
export const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, not checked against the calendar;
 * captures the year, month and day present.
 */
export const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** An organization's id: capital letters, digits and `_` (`SINALOA`, `LOS_ZETAS`). */
export const ORGANIZATION_ID = /^[A-Z0-9_]+$/;
