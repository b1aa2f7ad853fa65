import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string): string[] {
  return extractDates({ text, referenceDate: null }).map((d) => d.value);
}

describe('a day separated from its month and year by a blank line', () => {
  it('joins a day closing a citation line to the month-year below the blank line', () => {
    // Prepare
    const text = 'Court of Appeal, Judgment of the Chamber, 14\n\nMarch 2021.\n';
    // Act
    const dates = extractDates({ text, referenceDate: null });
    // Assert
    expect(dates.map((d) => d.value)).toEqual(['2021-03-14']);
    expect(dates[0]?.text).toBe('14\n\nMarch 2021');
  });

  it('joins a day after "on" or "dated"', () => {
    expect(values('The letter dated 3\n\nJune 2019 was read out.')).toEqual(['2019-06-03']);
  });

  it('leaves a page number alone on its line', () => {
    expect(values('the end of the chapter.\n\n14\n\nMarch 2021 brought new talks.')).toEqual(['2021-03']);
  });

  it('leaves a month-year that does not open its line', () => {
    expect(values('Chamber, 14\n\nin March 2021 it ruled.')).toEqual(['2021-03']);
  });

  it('leaves a number that cannot be a day', () => {
    expect(values('Judgment, 45\n\nMarch 2021.')).toEqual(['2021-03']);
  });
});
