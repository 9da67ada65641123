import { describe, expect, it } from 'vitest';
import { ISO_DATE, ORGANIZATION_ID, REGION_CODE, YEAR_MONTH } from './patterns.js';

describe('REGION_CODE', () => {
  it('takes MX and three-letter state codes, nothing else', () => {
    expect(['MX', 'MX-CHH', 'MX-CMX'].filter((code) => REGION_CODE.test(code))).toHaveLength(3);
    expect(['mx', 'MX-CH', 'MX-CHHH', 'US-TX', 'MX-'].some((code) => REGION_CODE.test(code))).toBe(
      false,
    );
  });
});

describe('YEAR_MONTH', () => {
  it('takes months 01 to 12 and captures year and month', () => {
    expect(YEAR_MONTH.exec('2017-04')?.slice(1)).toEqual(['2017', '04']);
    expect(['2017-00', '2017-13', '2017-4', '2017'].some((text) => YEAR_MONTH.test(text))).toBe(
      false,
    );
  });
});

describe('ISO_DATE', () => {
  it('takes a year, a month or a day and captures the parts present', () => {
    expect(ISO_DATE.exec('2017')?.slice(1)).toEqual(['2017', undefined, undefined]);
    expect(ISO_DATE.exec('2017-04-30')?.slice(1)).toEqual(['2017', '04', '30']);
    expect(['17', '2017-4', '2017-04-3', '2017/04'].some((text) => ISO_DATE.test(text))).toBe(
      false,
    );
  });
});

describe('ORGANIZATION_ID', () => {
  it('takes capitals, digits and underscores, nothing else', () => {
    expect(
      ['SINALOA', 'LOS_ZETAS', 'CJNG', 'GROUP_2'].every((id) => ORGANIZATION_ID.test(id)),
    ).toBe(true);
    expect(
      ['', 'Sinaloa', 'LOS ZETAS', 'CJNG-1', 'ÑAÑA'].some((id) => ORGANIZATION_ID.test(id)),
    ).toBe(false);
  });
});
