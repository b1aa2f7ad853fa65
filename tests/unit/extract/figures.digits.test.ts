import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/figures/index.js';

function figuresOf(text: string) {
  return extractFigures({ text }).map(({ value, unit, noun, approximate }) => ({ value, unit, noun, approximate }));
}

describe('figures written in digits', () => {
  it('reads grouped thousands with commas and spaces', () => {
    // Prepare
    const text = 'It trained 2,500 people and hosted 113 000 visitors.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual([
      { value: 2500, unit: 'count', noun: 'person', approximate: false },
      { value: 113000, unit: 'count', noun: 'visitor', approximate: false },
    ]);
  });

  it('reads money with signs, codes, scales and currency names', () => {
    const text = 'The budget is $522.3 million, USD 169,500 per group, €2 billion and 300 dollars.';
    expect(figuresOf(text)).toEqual([
      { value: 522300000, unit: 'USD', noun: null, approximate: false },
      { value: 169500, unit: 'USD', noun: null, approximate: false },
      { value: 2000000000, unit: 'EUR', noun: null, approximate: false },
      { value: 300, unit: 'USD', noun: null, approximate: false },
    ]);
  });

  it('reads percentages in every spelling', () => {
    const text = 'Of these, 33% are global, 25 % regional, over 95 per cent funded and 15 percent new.';
    expect(figuresOf(text)).toEqual([
      { value: 33, unit: 'percent', noun: null, approximate: false },
      { value: 25, unit: 'percent', noun: null, approximate: false },
      { value: 95, unit: 'percent', noun: null, approximate: true },
      { value: 15, unit: 'percent', noun: null, approximate: false },
    ]);
  });

  it('scales counts and keeps the counted noun after the scale', () => {
    expect(figuresOf('The videos were viewed 38.7 million times.')).toEqual([
      { value: 38700000, unit: 'count', noun: 'time', approximate: false },
    ]);
  });

  it('marks approximate qualifiers, even across a line break', () => {
    const text =
      'It engaged more than 4,700 participants from over 60 Member States and trained more than\n\n2,500 people.';
    expect(figuresOf(text)).toEqual([
      { value: 4700, unit: 'count', noun: 'participant', approximate: true },
      { value: 60, unit: 'count', noun: 'state', approximate: true },
      { value: 2500, unit: 'count', noun: 'person', approximate: true },
    ]);
  });

  it('keeps one figure per value and unit, with the first noun seen', () => {
    const text = 'It completed 40 projects. The Centre delivers 40 programmes and 40% of them are new.';
    expect(figuresOf(text)).toEqual([
      { value: 40, unit: 'count', noun: 'project', approximate: false },
      { value: 40, unit: 'percent', noun: null, approximate: false },
    ]);
  });

  it('gives the phrase as printed with its offsets', () => {
    const text = 'It engaged more than 4,700 participants.';
    const [figure] = extractFigures({ text });
    expect(figure?.text).toBe('more than 4,700 participants');
    expect(text.slice(figure?.start, figure?.end)).toBe('more than 4,700 participants');
  });

  it('reads a hyphenated scale after money ("a $10-billion commitment")', () => {
    expect(figuresOf('making a $10-billion commitment to end hunger')).toEqual([
      { value: 10_000_000_000, unit: 'USD', noun: null, approximate: false },
    ]);
  });

  it('shares the scale written after a range with its first end', () => {
    // Prepare
    const text = 'The fund spent $5 to $10 million; between 2 and 3 million people moved.';
    // Act
    const figures = figuresOf(text).map(({ value, unit }) => `${value}|${unit}`);
    // Assert
    expect(figures).toEqual(['5000000|USD', '10000000|USD', '2000000|count', '3000000|count']);
  });

  it('does not share a scale with a larger first number', () => {
    const figures = figuresOf('It grew from 20 to 2 million visitors.').map(({ value }) => value);
    expect(figures).not.toContain(20_000_000);
  });
});
