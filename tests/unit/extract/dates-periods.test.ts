import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string, referenceDate?: string): string[] {
  return extractDates({ text, referenceDate }).map((d) => d.value);
}

describe('a yearless month range takes the year its sentence opens with', () => {
  it.each([
    [
      'Cases kept rising in 2023, with 400 reported between February and June across the region.',
      ['2023', '2023-02/2023-06'],
    ],
    ['During 2019 the office, from March\nto September, trained judges.', ['2019', '2019-03/2019-09']],
    ['Between April and July 2021 the team met.', ['2021-04/2021-07']],
  ])('reads %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    // The year is in another sentence.
    ['Clashes broke out in 2023. Between February and June more followed.', ['2023']],
    // A year that names something rather than a period.
    ['The 2019 Compact was signed, and from March to June it was reviewed.', ['2019']],
    // No year at all.
    ['Talks took place between February and June.', []],
    // Not a range: the months run backwards.
    ['In 2022, from June to March, nothing moved.', ['2022']],
  ])('gives no month range for %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('a period stated by its first and last day', () => {
  it('gives the range and both days', () => {
    expect(values('the programme, commencing on 1 March\n2016 and ending on 28 February 2021, will')).toEqual([
      '2016-03-01/2021-02-28',
      '2016-03-01',
      '2021-02-28',
    ]);
  });

  it('does not join two unrelated days', () => {
    expect(values('the office opened on 1 March 2016 and ending on 28 February 2021 it closed')).toEqual([
      '2016-03-01',
      '2021-02-28',
    ]);
  });
});

describe('the bracketed year of a numbered text that is not a resolution', () => {
  it.each([
    ['in its general comment No. 36 (2018) on the right to life', ['2018']],
    ['under Convention No. 169\n(1989) of the ILO', ['1989']],
  ])('is a date in %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['under resolution No. 1373 (2001) States must'],
    ['as set out in 1373 (2001) of the Council'],
    ['Council resolution 2396 (2017)'],
  ])('is not a date in %j', (text) => {
    expect(values(text)).toEqual([]);
  });
});
