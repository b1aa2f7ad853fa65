import { describe, expect, it } from 'vitest';
import { extractResolutions } from '../../../shared/extract/resolutions/index.js';

/** Distinct keys with their years, in first-mention order: what the scorer sees. */
function cited(text: string): string[] {
  const seen = new Map<string, string>();
  for (const item of extractResolutions({ text })) {
    if (!seen.has(item.key)) seen.set(item.key, item.year == null ? item.key : `${item.key} (${item.year})`);
  }
  return [...seen.values()];
}

describe('Security Council resolutions', () => {
  it.each([
    ['in its resolution 2396, the Council', ['S/RES/2396']],
    ['resolution 1540 (2004) by Member States', ['S/RES/1540 (2004)']],
    ['S/RES/2178 (2014) addressed', ['S/RES/2178 (2014)']],
    ['pursuant to resolution\n2396 (2017), the', ['S/RES/2396 (2017)']],
    ['Security Council resolution [2482 \\(2019\\)](#) on', ['S/RES/2482 (2019)']],
    ['Resolution 2769 (2025)\nAdopted by the Security Council', ['S/RES/2769 (2025)']],
  ])('reads %j', (text, expected) => {
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(expected);
  });

  it('expands a list, each number with its own year', () => {
    // Prepare
    const text = 'Security Council resolutions 2178 (2014), 2242 (2015) and 2396 (2017) on fighters';
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['S/RES/2178 (2014)', 'S/RES/2242 (2015)', 'S/RES/2396 (2017)']);
  });

  it('expands a list of bare numbers and markdown links with dates', () => {
    expect(cited('resolutions 1373, 1540 and 1624, have strengthened')).toEqual([
      'S/RES/1373',
      'S/RES/1540',
      'S/RES/1624',
    ]);
    expect(cited('resolutions [1373 \\(2001\\)](#) of 28 September 2001, [1624 \\(2005\\)](#) and [2178](#).')).toEqual(
      ['S/RES/1373 (2001)', 'S/RES/1624 (2005)', 'S/RES/2178'],
    );
  });

  it('gives a bare mention the year stated elsewhere for the same resolution', () => {
    // Prepare
    const text = 'Under resolution 2396, States act. Resolution 2396 (2017) addressed fighters.';
    // Act
    const items = extractResolutions({ text });
    // Assert
    expect(items.map((i) => i.year)).toEqual([2017, 2017]);
  });

  it('takes the year of "the 1999 adoption of resolution 1267 and 1269"', () => {
    expect(cited('such as the 1999 adoption of resolution 1267 and 1269 aimed at')).toEqual([
      'S/RES/1267 (1999)',
      'S/RES/1269 (1999)',
    ]);
  });

  it('returns offsets that cover the number and its year', () => {
    // Prepare
    const text = 'resolution 2178 (2014) addressed';
    // Act
    const [item] = extractResolutions({ text });
    // Assert
    expect(item && text.slice(item.start, item.end)).toBe('2178 (2014)');
  });
});

describe('General Assembly, Human Rights Council and ECOSOC resolutions', () => {
  it.each([
    ['The General Assembly, in its resolution 72/284, requested', ['A/RES/72/284']],
    ['in its resolution [72/284](#), requested', ['A/RES/72/284']],
    ['the Declaration ([A/RES/49/60](#))', ['A/RES/49/60']],
    ['General Assembly resolutions 70/291 and 72/284', ['A/RES/70/291', 'A/RES/72/284']],
    [
      'Recalling its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on',
      ['A/RES/53/199 (1998)', 'A/RES/61/185 (2006)'],
    ],
    ['see A/HRC/RES/35/34 on', ['A/HRC/RES/35/34']],
    ['Human Rights Council resolution 35/34 on', ['A/HRC/RES/35/34']],
    ['see E/RES/2019/15 on', ['E/RES/2019/15']],
    ['Economic and Social Council resolution 2019/15 on', ['E/RES/2019/15']],
    ['General Assembly resolution 2625 (XXV) on', ['A/RES/2625(XXV)']],
    ['resolution 217 A (III) of', ['A/RES/217A(III)']],
    ['resolutions 311 B (IV) and 1514 (XV) on', ['A/RES/311B(IV)', 'A/RES/1514(XV)']],
    ['see A/RES/428 C (V) on', ['A/RES/428C(V)']],
    ['its resolution ES-10/17 of', ['A/RES/ES-10/17']],
  ])('reads %j', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it('reads "its resolutions" in a Human Rights Council text as the Council’s', () => {
    // Prepare
    const text = 'The Human Rights Council,\n\nRecalling its resolutions 7/23 and 10/4,';
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['A/HRC/RES/7/23', 'A/HRC/RES/10/4']);
  });
});

describe('lists and breaks as printed in PDF reports', () => {
  it('reads a dated list that lost a comma', () => {
    // Prepare
    const text = 'the Committee pursuant to resolutions 1267 (1999) 1989 (2011) and 2253 (2015) concerning';
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)']);
  });

  it('reads a dated number that a footnote break moved below a blank line', () => {
    // Prepare
    const text = 'understood in the context of Security Council resolution\n\n1244 (1999).';
    // Act
    const result = cited(text);
    // Assert
    expect(result).toEqual(['S/RES/1244 (1999)']);
  });
});

describe('adoption year stated away from the number', () => {
  it.each([
    ['the text adopted on 3 March 2009 (resolution 63/250), which', ['A/RES/63/250 (2009)']],
    ['in June 2011 (General Assembly resolution 65/281) the review', ['A/RES/65/281 (2011)']],
    ['its resolution ES-10/21, adopted by the General Assembly on 9 May 2024, and', ['A/RES/ES-10/21 (2024)']],
    ['resolution 1701, adopted in August 2006, called', ['S/RES/1701 (2006)']],
  ])('reads %j', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });

  it.each([
    // The bracket holds more than the one citation: the date is not surely its adoption.
    ['held on 3 March 2009 (see resolution 63/250 and the annex)', ['A/RES/63/250']],
    // A list may have been adopted on different dates.
    ['resolutions 1701 and 1702, adopted on 11 August 2006', ['S/RES/1701', 'S/RES/1702']],
    // A year without a month before the bracket is only a period.
    ['the mission ended in 2009 (resolution 1702) and', ['S/RES/1702']],
    // A date after the number that does not say "adopted".
    ['resolution 1701, reviewed on 11 August 2009, called', ['S/RES/1701']],
  ])('gives no year for %j', (text, expected) => {
    expect(cited(text)).toEqual(expected);
  });
});
