import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string, referenceDate?: string): string[] {
  return extractDates({ text, referenceDate }).map((d) => d.value);
}

describe('day-first dates', () => {
  it('reads a full date with offsets and text', () => {
    // Prepare
    const text = 'New York, 25 September 2020 – Thousands';
    // Act
    const dates = extractDates({ text });
    // Assert
    expect(dates).toEqual([{ value: '2020-09-25', text: '25 September 2020', start: 10, end: 27 }]);
  });

  it('reads ordinals, "of", commas, weekdays and upper case', () => {
    expect(values('on 25th September, 2020')).toEqual(['2020-09-25']);
    expect(values('on the 14th of November 2025')).toEqual(['2025-11-14']);
    expect(values('Friday 3 May 2024 at noon')).toEqual(['2024-05-03']);
    expect(values('7 FEBRUARY 2020')).toEqual(['2020-02-07']);
  });

  it('reads a date broken across a line', () => {
    expect(values('of 28 September\n2001, and')).toEqual(['2001-09-28']);
  });

  it('reads a day range within a month', () => {
    expect(values('convened on 28–29 June 2018 the first')).toEqual(['2018-06-28/2018-06-29']);
    expect(values('held on 20 - 21 June 2019')).toEqual(['2019-06-20/2019-06-21']);
  });

  it('reads "1 and 2 July 2020" as two days', () => {
    expect(values('convened on 1 and 2 July 2020 under')).toEqual(['2020-07-01', '2020-07-02']);
  });

  it('drops a day-month with no year when nothing makes the year certain', () => {
    expect(values('a training delivered on 5 May in Kenya')).toEqual([]);
  });

  it('never reports an impossible day (only its month stands)', () => {
    expect(values('on 31 February 2020 and 29 February 2019')).toEqual(['2020-02', '2019-02']);
    expect(values('on 29 February 2020')).toEqual(['2020-02-29']);
  });

  it('reads a lower-case or small-capitals month name', () => {
    // Prepare
    const text = 'Meeting report, 22 septeMber 2009, new york; follow-up on 3 october 2009';
    // Act
    const found = values(text);
    // Assert
    expect(found).toEqual(['2009-09-22', '2009-10-03']);
  });

  it('keeps lower-case "may" and "march" as words', () => {
    expect(values('the 5 may 2020 vote and 3 march 2019 on foot')).toEqual(['2020', '2019']);
  });
});
