import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/figures/index.js';

function figuresOf(text: string) {
  return extractFigures({ text }).map((figure) => [figure.value, figure.noun, figure.approximate]);
}

describe('counts whose sentence runs across a line break', () => {
  it('reads the noun below a blank line when the sentence goes on in lower case', () => {
    // Prepare
    const text = 'The team checked 12 reports last spring. Of these, 7\n\nreports were confirmed by witnesses.';
    // Act
    const figures = figuresOf(text);
    // Assert
    expect(figures).toEqual([
      [12, 'report', false],
      [7, 'report', false],
    ]);
  });

  it('still reads a count closing its line before a blank line and a capitalised line as a table cell', () => {
    expect(figuresOf('Villages visited by the mission 14\n\nSchools rebuilt 6\n\nTotal 20\n')).toEqual([]);
  });

  it('does not run on below a blank line after a label without prose', () => {
    expect(figuresOf('Total 14\n\nreports follow in the annex.')).toEqual([]);
  });

  it('reads a capitalised plural head on the next line after a qualified count', () => {
    const text = 'The mayors met with more than 30\nHeads of Government at the forum.';
    expect(figuresOf(text)).toEqual([[30, 'head', true]]);
  });

  it('keeps an unqualified count before a capitalised line as a table cell', () => {
    expect(figuresOf('Number of delegations 30\nHeads of Government 12\n')).toEqual([]);
  });
});

describe('qualified counts without a counted noun', () => {
  it('keeps a qualified amount that names no noun', () => {
    expect(figuresOf('News: Over 3,000 flee the floods')).toEqual([[3000, null, true]]);
  });

  it('drops a bare number without noun or qualifier', () => {
    expect(figuresOf('News: 3,000 flee the floods')).toEqual([]);
  });

  it('drops a qualified number written like a year', () => {
    expect(figuresOf('Over 2020, the office grew.')).toEqual([]);
  });
});
