import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string, referenceDate?: string): string[] {
  return extractDates({ text, referenceDate }).map((d) => d.value);
}

describe('month-first dates', () => {
  it('reads "Month D, YYYY" with and without a weekday', () => {
    // Prepare
    const text = 'Washington D.C.\nFriday, May 3, 2024\n\nOn September 11, 2001 the';
    // Act
    const dates = extractDates({ text });
    // Assert
    expect(dates.map((d) => [d.value, d.text])).toEqual([
      ['2024-05-03', 'Friday, May 3, 2024'],
      ['2001-09-11', 'September 11, 2001'],
    ]);
  });

  it('reads abbreviated months', () => {
    expect(values('on Sept. 25, 2020 and Jan 5 2021')).toEqual(['2020-09-25', '2021-01-05']);
  });

  it('fills the year of "Feb. 7" from the reference date', () => {
    expect(values('UNITED NATIONS, Feb. 7 (Xinhua) — A UN official', '2020-02-12')).toEqual(['2020-02-07']);
  });

  it('takes the year nearest the reference date', () => {
    expect(values('on Dec. 30 the Council met', '2021-01-04')).toEqual(['2020-12-30']);
  });

  it('reads a day range "June 22-23, 2023"', () => {
    expect(values('held June 22-23, 2023 in New York')).toEqual(['2023-06-22/2023-06-23']);
  });

  it('does not read "March 14 people" as a date', () => {
    expect(values('in March 14 people were killed', '2020-05-01')).toEqual([]);
  });

  it('does not read lower-case "may" as a month', () => {
    expect(values('States may 5 times a year', '2020-05-01')).toEqual([]);
  });
});
