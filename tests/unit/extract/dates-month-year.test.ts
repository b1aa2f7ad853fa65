import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string): string[] {
  return extractDates({ text }).map((d) => d.value);
}

describe('month-year dates', () => {
  it('reads a month of a year', () => {
    // Prepare
    const text = 'in the Syrian Arab Republic in March 2019, ISIL';
    // Act
    const dates = extractDates({ text });
    // Assert
    expect(dates).toEqual([{ value: '2019-03', text: 'March 2019', start: 31, end: 41 }]);
  });

  it('reads "Month, YYYY" and "Month of YYYY"', () => {
    expect(values('in February, 2020')).toEqual(['2020-02']);
    expect(values('So In January of 2002, in')).toEqual(['2002-01']);
  });

  it('reads a month range with a shared year', () => {
    expect(values('From October to December 2019, UNCCT engaged')).toEqual(['2019-10/2019-12']);
    expect(values('in October–December 2019')).toEqual(['2019-10/2019-12']);
  });

  it('reads "May and June 2019" as two months', () => {
    expect(values('in May and June 2019')).toEqual(['2019-05', '2019-06']);
  });

  it('never reads a month alone', () => {
    expect(values('a training delivered in May in Kenya')).toEqual([]);
  });

  it('reads "mid-June 2020" and a hyphenated range across years', () => {
    expect(values('by mid-June 2020')).toEqual(['2020-06']);
    expect(values('March 2020-June 2021')).toEqual(['2020-03/2021-06']);
  });
});
