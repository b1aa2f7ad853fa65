import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string, referenceDate?: string): string[] {
  return extractDates({ text, referenceDate }).map((d) => d.value);
}

describe('not dates', () => {
  it('skips years inside document symbols and URLs', () => {
    // Prepare
    const text = 'threat (S/2019/612, A/RES/72/284, S/PRST/2025/2) see https://un.org/2019/10/page and report 2018/121';
    // Act
    const found = values(text);
    // Assert
    expect(found).toEqual([]);
  });

  it('skips adoption years of resolutions, escaped or not', () => {
    expect(values('resolution 2178 (2014) and resolution [2462 \\(2019\\)](#)')).toEqual([]);
    expect(values('Resolutions 1963 (2010) and 2129 (2013)')).toEqual([]);
    expect(values('S/RES/2178 (2014)')).toEqual([]);
  });

  it('keeps the date of adoption written after a resolution', () => {
    expect(values('resolution 1373 (2001) of 28 September 2001')).toEqual(['2001-09-28']);
  });

  it('skips resolution numbers and committees that look like years', () => {
    expect(values('resolutions 2178, 1988 and 2253; the 1988 Committee; resolution 1989')).toEqual([]);
  });

  it('skips ordinals, COVID-19, centuries and durations', () => {
    expect(values('the 75th anniversary, COVID-19, the 1990s, the twenty-first century, two years')).toEqual([]);
  });

  it('skips relative expressions', () => {
    expect(values('on Friday, last year, next week, Tuesday')).toEqual([]);
  });

  it('skips counts, money, percentages and times', () => {
    expect(
      values('More than 1900 participants; 2000 people; $2020; USD 1999; 1950 per cent; at 1800 hours; 2,019'),
    ).toEqual([]);
  });

  it('skips numbers outside the range of calendar years', () => {
    expect(values('in 2500 and 1200 and in 9999')).toEqual([]);
  });

  it('skips labels: paragraphs, pages, document numbers', () => {
    expect(values('see paragraph 2019, page 1999 and No. 2005')).toEqual([]);
  });

  it('skips rows of statistics tables', () => {
    expect(values('Total 2021 January 30 2 8 1 9 50 February 27 1 8 5', '2025-02-06')).toEqual(['2021']);
  });

  it('does not read a footnote mark after a month as a day', () => {
    expect(values('clashes erupted in October and November.4 For example', '2024-12-01')).toEqual([]);
  });

  it('skips recurring days and decades', () => {
    expect(values('Decides to proclaim 25 July as the International Day', '2024-08-14')).toEqual([]);
    expect(values("until the 1930's. In 1934, one")).toEqual(['1934']);
  });

  it('skips a bare number that the document cites as a resolution', () => {
    const text = 'resolutions 1970 (2011) and 2146 (2014); paragraphs 15 and 16 of 1970, as modified; in 1970, the';
    expect(values(text)).toEqual(['1970']);
  });
});
