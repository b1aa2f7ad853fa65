import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/figures/index.js';
import { parseNumberWords } from '../../../shared/extract/figures/number-words.js';

function figuresOf(text: string) {
  return extractFigures({ text }).map(({ value, unit, noun, approximate }) => ({ value, unit, noun, approximate }));
}

describe('figures written in words', () => {
  it('reads simple, hyphenated and scaled number words', () => {
    // Prepare
    const text = 'Thirty-one Member States, five regional organizations and two hundred and fifty experts attended.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual([
      { value: 31, unit: 'count', noun: 'state', approximate: false },
      { value: 5, unit: 'count', noun: 'organization', approximate: false },
      { value: 250, unit: 'count', noun: 'expert', approximate: false },
    ]);
  });

  it('reads spelled-out millions and percentages', () => {
    expect(figuresOf('Some three million people, or ten per cent of the population, fled.')).toEqual([
      { value: 3000000, unit: 'count', noun: 'person', approximate: true },
      { value: 10, unit: 'percent', noun: null, approximate: false },
    ]);
  });

  it('reads words that name Object.prototype members as plain words', () => {
    // Prepare
    const text = 'Five constructor firms joined the project. It hired 1 constructor.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual([
      { value: 5, unit: 'count', noun: 'firm', approximate: false },
      { value: 1, unit: 'count', noun: 'constructor', approximate: false },
    ]);
  });

  it('parses the longest well-formed number and stops at a second number', () => {
    expect(parseNumberWords('two thousand five hundred people', 0)).toMatchObject({ value: 2500, words: 4 });
    expect(parseNumberWords('four and five', 0)).toMatchObject({ value: 4, words: 1 });
    expect(parseNumberWords('people', 0)).toBeNull();
  });
});
