import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../shared/extract/dates/index.js';

function values(text: string): string[] {
  return extractDates({ text }).map((d) => d.value);
}

describe('years', () => {
  it('reads years after prepositions and before names', () => {
    // Prepare
    const text = 'in Iraq in 2017. Since 2016, the 1994 Declaration and the 2030 Agenda';
    // Act
    const found = values(text);
    // Assert
    expect(found).toEqual(['2017', '2016', '1994', '2030']);
  });

  it('reads years of conventions in a list', () => {
    expect(
      values('Board Aircraft, 1963; Convention for the Suppression of Unlawful Seizure of Aircraft, 1970;'),
    ).toEqual(['1963', '1970']);
  });

  it('reads "mid-2019" and "Counter-Terrorism Week 2023"', () => {
    expect(values('by mid-2019 and during Counter-Terrorism Week 2023.')).toEqual(['2019', '2023']);
  });

  it('reads year ranges with dashes, slashes and two-digit ends', () => {
    expect(values('appeal for 2019–2020 was')).toEqual(['2019/2020']);
    expect(values('the 2014-16 period')).toEqual(['2014/2016']);
    expect(values('for the biennium 2018/2019')).toEqual(['2018/2019']);
  });

  it('joins "between 2014 and 2016" and "from 2016 to August 2019"', () => {
    expect(values('in Mosul between 2014 and 2016 were')).toEqual(['2014/2016']);
    expect(values('during the period from 2016 to August 2019, CTED')).toEqual(['2016/2019-08']);
  });

  it('keeps "in 2018 and 2019" as two years', () => {
    expect(values('in 2018 and 2019')).toEqual(['2018', '2019']);
  });

  it('a year written twice is one value', () => {
    expect(values('In 2018, UNODC … In 2018, the Office')).toEqual(['2018']);
  });

  it('reads a possessive year but not a decade', () => {
    expect(values("2019's budget, the 1930's")).toEqual(['2019']);
  });

  it('reads a year before a noun it qualifies ("below 2005 levels")', () => {
    // Prepare
    const text = 'to cut emissions by half below 2005 levels by 2030';
    // Act
    const found = values(text);
    // Assert
    expect(found).toEqual(['2005', '2030']);
  });

  it('still reads a 4-digit number before a counted noun as a count', () => {
    expect(values('it trained 1900 participants')).toEqual([]);
  });
});
