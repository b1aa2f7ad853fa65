import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string): string[] {
  return extractDates({ text }).map((d) => d.value);
}

describe('ISO dates', () => {
  it('reads an ISO date on a metadata line', () => {
    // Prepare
    const text = ' date 2020-02-12 UNITED NATIONS';
    // Act
    const dates = extractDates({ text });
    // Assert
    expect(dates).toEqual([{ value: '2020-02-12', text: '2020-02-12', start: 6, end: 16 }]);
  });

  it('reads the date of a timestamp', () => {
    expect(values("published_time: 2022-11-10T19:39:52-05:00\ndate: '2022-11-10'")).toEqual(['2022-11-10']);
    expect(values('modified_time: 2022-11-11 09:02:49-05:00')).toEqual(['2022-11-11']);
  });

  it('ignores invalid months and dates inside paths', () => {
    expect(values('code 2020-13-01 and /archive/2020-02-12/page')).toEqual([]);
  });
});
