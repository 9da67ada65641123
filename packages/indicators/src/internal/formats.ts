import { ISO_DATE, REGION_CODE } from '@usmx/data/patterns';

/** Whether `value` is `MX` or has the shape of an ISO 3166-2 state code (`MX-CHH`). */
export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE.test(value);
}

/** Whether `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month = 1, day = 1] = match
    .slice(1)
    .map((part) => (part ? Number(part) : undefined));
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day as number));
  return date.getUTCMonth() === (month as number) - 1 && date.getUTCDate() === day;
}
