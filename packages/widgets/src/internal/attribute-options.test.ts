import { balloonEffectOptionIssues } from '@usmx/indicators/corridor-share';
import { splinterCountOptionIssues, yearRangeIssues } from '@usmx/indicators/splinter-count';
import { describe, expect, it } from 'vitest';
import { attributeIssues, numberAttribute, throwAttributeIssues } from './attribute-options.js';
import { WidgetError } from './errors.js';

describe('numberAttribute', () => {
  it('is undefined when blank, else what Number makes of the text, for the indicator to check', () => {
    expect(numberAttribute(undefined)).toBeUndefined();
    expect(numberAttribute(null as never)).toBeUndefined();
    expect(numberAttribute('  ')).toBeUndefined();
    expect(numberAttribute(' 1900 ')).toBe(1900);
    expect(numberAttribute('2017.5')).toBe(2017.5);
    expect(numberAttribute('20x0')).toBeNaN();
  });
});

describe('attributeIssues', () => {
  it('names each attribute and shows what the reader wrote, worded in Spanish', async () => {
    // rule "nine" is no rule; from "19x0" is no number
    const issues = splinterCountOptionIssues({
      rule: 'nine' as never,
      from: numberAttribute('19x0')!,
      to: 2024,
    });
    const attributes = { rule: ['rule', 'nine'], from: ['from', '19x0'], to: ['to'] } as const;
    expect(await attributeIssues(issues, attributes, 'es')).toEqual([
      {
        code: 'not-whole-in-range',
        column: 'from',
        value: '19x0',
        reason: 'se esperaba un año entero de 1900 a 2100',
      },
      {
        code: 'unknown-rule',
        column: 'rule',
        value: 'nine',
        reason: expect.stringMatching(
          /^se esperaba uno de: lineage, lineage-verified, CRS_2006_four, /,
        ),
      },
    ]);
  });

  it('keeps the value the indicator was given where the reader wrote none (a default)', async () => {
    // from 2011 against a default to of 2010
    const issues = yearRangeIssues({ from: 2011, to: 2010 });
    expect(await attributeIssues(issues, { from: ['from', '2011'], to: ['to'] }, 'en')).toEqual([
      { code: 'before-from', column: 'to', value: 2010, reason: 'must not be before from (2011)' },
    ]);
  });

  it('names an option no attribute stands for by its own name', async () => {
    const issues = yearRangeIssues({ from: 1850 });
    expect(await attributeIssues(issues, {}, 'en')).toEqual([
      {
        code: 'not-whole-in-range',
        column: 'from',
        value: 1850,
        reason: 'expected a whole year from 1900 to 2100',
      },
    ]);
  });

  it('gives no issue for none', async () => {
    expect(await attributeIssues([], {}, 'es')).toEqual([]);
  });
});

describe('throwAttributeIssues', () => {
  it('throws the invalid-attribute error listing every issue, and nothing when there is none', async () => {
    const issues = balloonEffectOptionIssues({ from: 2016, to: 2010, thresholdPp: -1 });
    const attributes = {
      from: ['from'],
      to: ['to', '2010'],
      thresholdPp: ['threshold', '-1'],
    } as const;
    const error = await throwAttributeIssues(issues, attributes, 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WidgetError);
    expect(error).toMatchObject({
      code: 'invalid-attribute',
      message: '2 invalid attributes',
      issues: [
        { code: 'not-after-from', column: 'to', value: '2010' },
        { code: 'not-percentage-points', column: 'threshold', value: '-1' },
      ],
    });
    await expect(throwAttributeIssues([], attributes, 'en')).resolves.toBeUndefined();
  });
});
