import { describe, expect, it } from 'vitest';
import { rowLines } from './claim.chart.js';

describe('rowLines', () => {
  it('keeps a label and its date on one line where they fit', () => {
    expect(rowLines('SESNSP victims', 'latest data', 40)).toEqual(['SESNSP victims · latest data']);
  });

  it('wraps a long label and gives the date a line of its own', () => {
    // "SESNSP victims of intentional homicide" is 38 characters: two lines of at most 20
    expect(rowLines('SESNSP victims of intentional homicide', 'latest data', 20)).toEqual([
      'SESNSP victims of',
      'intentional homicide',
      'latest data',
    ]);
  });

  it('stops a label at three lines, marking the cut, and cuts a date longer than a line', () => {
    expect(
      rowLines('one two three four five six seven', 'as published on 31 May 2017', 10),
    ).toEqual(['one two', 'three four', 'five six…', 'as publis…']);
  });
});
