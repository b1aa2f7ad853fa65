import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string, referenceDate?: string): string[] {
  return extractDates({ text, referenceDate }).map((d) => d.value);
}

describe('date refiners', () => {
  it('merges "from June 29 to July 2 2020" into one range, borrowing the year', () => {
    // Prepare
    const text = 'Week at the UN from June 29 to July 2 2020, including';
    // Act
    const dates = extractDates({ text });
    // Assert
    expect(dates).toEqual([{ value: '2020-06-29/2020-07-02', text: 'June 29 to July 2 2020', start: 20, end: 42 }]);
  });

  it('borrows the previous year for a range that crosses the new year', () => {
    expect(values('from 28 December to 3 January 2020')).toEqual(['2019-12-28/2020-01-03']);
  });

  it('merges dashed ranges of full dates', () => {
    expect(values('June 2018 – July 2019')).toEqual(['2018-06/2019-07']);
  });

  it('repeats day and month for "21 August 2018 and 2019"', () => {
    expect(values('the observation on 21 August 2018 and 2019 of the Day')).toEqual(['2018-08-21', '2019-08-21']);
  });

  it('fills a missing year from a month written shortly before', () => {
    const text = 'report in September 2023. The Strategy … will be adopted at a meeting (22-23 June).';
    expect(values(text)).toEqual(['2023-09', '2023-06-22/2023-06-23']);
  });

  it('does not take a year from a bare attributive year', () => {
    expect(values('the 2019 Funding Compact. We meet on 14 November.')).toEqual(['2019']);
  });

  it('does not fill table cells that stand alone on their line', () => {
    expect(values('Letter dated 28 February 2014\nS/PV.7599\n31 December\n')).toEqual(['2014-02-28']);
  });

  it('lists each value once, at its first mention', () => {
    const dates = extractDates({ text: 'on 7 February 2020 … on 7 February 2020' });
    expect(dates.map((d) => d.start)).toEqual([3]);
  });

  it('does not give a report its issue year for a yearless date', () => {
    const text = 'Distr.: General\n31 January 2025\n\nOn 27 September, Iraq and the coalition agreed';
    expect(values(text, '2025-01-31')).toEqual(['2025-01-31']);
  });

  it('does not guess a report date later than its issue date', () => {
    const text = 'Distr.: General\n6 February 2025\n\nuntil late March 2025. On 21 October, the President';
    expect(values(text, '2025-02-06')).toEqual(['2025-02-06', '2025-03']);
  });

  it('in a dated transcript, fills near-future dates with the same year', () => {
    expect(values('will take place on the 25th of November and on 3rd of December', '2025-11-14')).toEqual([
      '2025-11-25',
      '2025-12-03',
    ]);
  });

  it('merges "mid-June 2020 to early-July 2020" into one range', () => {
    // Prepare
    const text = 'The survey ran from mid-June 2020 to early-July 2020 in four regions.';
    // Act
    const found = values(text);
    // Assert
    expect(found).toEqual(['2020-06/2020-07']);
  });

  it('fills a yearless date that a sentence introduces ("statement of 26 January")', () => {
    const text = 'a note of 27 January 1960 replied to the statement of 26 January in which the President';
    expect(values(text)).toEqual(['1960-01-27', '1960-01-26']);
  });

  it('does not fill a yearless table cell from a date in an earlier row', () => {
    // Prepare
    const text =
      'S/PV.7576 11 December SC/12154 Letter dated 28 February 2014 from the Representative --\n\n' +
      'S/PV.7569 (closed) 2 December none issued Meeting with troop-contributing countries';
    // Act
    const found = values(text);
    // Assert
    expect(found).toEqual(['2014-02-28']);
  });
});
