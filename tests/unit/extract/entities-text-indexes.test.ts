import { describe, expect, it } from 'vitest';
import { commasBeforeSpace } from '../../../shared/extract/entities/commas.js';
import { quoteMarks } from '../../../shared/extract/entities/quote-marks.js';
import { startingAtLiteral } from '../../../shared/extract/entities/starting-at.js';
import { runExtractor, spanAt } from '../../../shared/extract/run.js';
import type { Parser } from '../../../shared/extract/types.js';

describe('commasBeforeSpace', () => {
  it('lists the commas followed by a space or a tab, in order', () => {
    // Prepare
    const text = 'Smith, Jones,\tBrown,Green,\nWhite, ';
    // Act
    const commas = commasBeforeSpace(text);
    // Assert
    expect(commas.map((at) => text.slice(at, at + 2))).toEqual([', ', ',\t', ', ']);
  });

  it('answers for the text it is given, not the one before', () => {
    expect(commasBeforeSpace('a, b')).toEqual([1]);
    expect(commasBeforeSpace('no commas here')).toEqual([]);
  });
});

describe('quoteMarks', () => {
  it('tells curly opening and closing marks apart; a straight mark may do either', () => {
    // Prepare
    const text = 'He said “Peace now” and "enough".';
    // Act
    const { opening, closing } = quoteMarks(text);
    // Assert
    expect(opening.map((at) => text.charAt(at))).toEqual(['“', '"', '"']);
    expect(closing.map((at) => text.charAt(at))).toEqual(['”', '"', '"']);
    expect(opening).toEqual([...opening].sort((a, b) => a - b));
  });

  it('finds none in a text without quotation marks', () => {
    expect(quoteMarks('Nothing quoted.')).toEqual({ opening: [], closing: [] });
  });
});

describe('startingAtLiteral', () => {
  const bracketed: Parser<string> = {
    name: 'bracketed-capital',
    pattern: () => /\((?=\p{Lu})[\p{L}]+\)/gu,
    extract: (ctx, match) => spanAt(ctx, match.index, match.index + match[0].length, match[0]),
  };

  it('finds what the global pattern finds over the whole text', () => {
    // Prepare
    const text = 'The Office (UNOCT) met the (team) and ((ISIL)) (Ärzte) ( X) (Y)';
    const run = (parser: Parser<string>) =>
      runExtractor({ text }, { parsers: [parser], refiners: [] }).map((span) => [span.start, span.value]);
    // Act
    const led = run(startingAtLiteral('(', bracketed));
    // Assert
    expect(led).toEqual(run(bracketed));
    expect(led.map(([, value]) => value)).toEqual(['(UNOCT)', '(ISIL)', '(Ärzte)', '(Y)']);
  });

  it('refuses a lead of more than one character', () => {
    expect(() => startingAtLiteral('((', bracketed)).toThrow(/one character/);
  });
});
