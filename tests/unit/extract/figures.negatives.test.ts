import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/figures/index.js';

function valuesOf(text: string, exclude: { start: number; end: number }[] = []) {
  return extractFigures({ text }, { exclude }).map((figure) => figure.value);
}

describe('numbers that are not figures', () => {
  it('ignores dates, years and times', () => {
    // Prepare
    const text = 'On 25 September 2020 and from June 29 to July 2 2020, held on 1 and 2 July, at 10 a.m., since 2016.';
    // Act
    const values = valuesOf(text);
    // Assert
    expect(values).toEqual([]);
  });

  it('ignores resolution, paragraph, document and agenda numbers', () => {
    const text =
      'In resolution 2178 (2014), resolutions 1373, 1540 and 1624, paragraph 74 of A/RES/72/284, agenda item 118 ' +
      'and report S/2019/612, see page 3.';
    expect(valuesOf(text)).toEqual([]);
  });

  it('ignores ordinals, names and glued numbers', () => {
    const text =
      'The 75th session, the Seventy-fourth session, COVID-19, the Group of 77, G20 members, the 1540 Committee, ' +
      'national 1540 Points of Contact and Windows 10 users.';
    expect(valuesOf(text)).toEqual([]);
  });

  it('ignores "one" as a determiner and hyphenated durations', () => {
    const text = 'Repatriation is only one step. One of the results was a two-day event on three-dimensional printing.';
    expect(valuesOf(text)).toEqual([]);
  });

  it('ignores durations but keeps ages', () => {
    expect(valuesOf('During the past two years, children under 12 years of age were helped.')).toEqual([12]);
  });

  it('ignores paragraph and list numbers at the start of a line', () => {
    const text = '1. The General Assembly met.\n(2) Another item.\n14. Denmark\n3\n';
    expect(valuesOf(text)).toEqual([]);
  });

  it('ignores table cells closing a line', () => {
    const text =
      'Seed Funding Project approved in 2018\nProtection of Critical Infrastructure 113 000\nTotal 949 111\n\nNext.';
    expect(valuesOf(text)).toEqual([]);
  });

  it('ignores footnote marks glued to words', () => {
    expect(valuesOf('Member States1 and organizations.2 They met.')).toEqual([]);
  });

  it('ignores vague amounts', () => {
    expect(valuesOf('Thousands of individuals and tens of thousands of children, dozens of groups.')).toEqual([]);
  });

  it('never emits a figure inside an excluded range', () => {
    const text = 'It trained 44 Member States.';
    const start = text.indexOf('44');
    expect(valuesOf(text, [{ start, end: start + 2 }])).toEqual([]);
  });
});
