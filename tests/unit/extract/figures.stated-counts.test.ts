import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/figures/index.js';

function figuresOf(text: string) {
  return extractFigures({ text }).map(({ value, unit, noun }) => `${value}|${unit}|${noun}`);
}

describe('counts stated for a year', () => {
  it('reads both ends of a change between years, with the counted thing of the sentence', () => {
    // Prepare
    const text = 'The number of arrests of journalists in the province fell from 87 in 2021 to 19 in 2023.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual(['87|count|arrest', '19|count|arrest']);
  });

  it('keeps such counts without a noun when the sentence names none', () => {
    expect(figuresOf('Reported incidents went up to 310 in 2024, against 205 in 2022.')).toEqual([
      '310|count|null',
      '205|count|null',
    ]);
  });

  it('never takes the years themselves, nor references or names stated for a year', () => {
    expect(figuresOf('The plan ran in 2022 and in 2024.')).toEqual([]);
    expect(figuresOf('It recalled resolution 43 in 2022 and paragraph 12 in 2023.')).toEqual([]);
    expect(figuresOf('She ranked 3 in 2020.')).toEqual([]);
  });
});

describe('counts in brackets after their noun phrase', () => {
  it('reads a bracketed count after a plural noun or a plural "of" phrase', () => {
    expect(figuresOf('Most abductions (418) took place near the border.')).toEqual(['418|count|abduction']);
    expect(figuresOf('The team documented verified cases of sexual violence (37) during the period.')).toEqual([
      '37|count|case',
    ]);
  });

  it('does not read years, references, symbols, notes or enumerations in brackets as counts', () => {
    expect(figuresOf('Several reports (2019) described the trend.')).toEqual([]);
    expect(figuresOf('The incidents (para. 14) and the findings (A/79/456) are listed.')).toEqual([]);
    expect(figuresOf('The remaining cases (see annex 4) were closed.')).toEqual([]);
    expect(figuresOf('Three priorities emerged for donors (1) as noted.')).toEqual(['3|count|priority']);
    expect(figuresOf('The steps taken (2) and (3) are described below.')).toEqual([]);
    expect(figuresOf('The Member States (4) replied.')).toEqual([]);
    expect(figuresOf('Recommendations\n(12)\n')).toEqual([]);
  });
});
