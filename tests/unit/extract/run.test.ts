import { describe, expect, it } from 'vitest';
import { removeOverlaps, runExtractor, spanAt } from '../../../shared/extract/run.js';
import type { Parser, TextParser } from '../../../shared/extract/types.js';

const digits: Parser<number> = {
  name: 'digits',
  pattern: () => /\d+/g,
  extract: (ctx, match) => spanAt(ctx, match.index, match.index + match[0].length, Number(match[0])),
};

describe('runExtractor', () => {
  it('runs parsers and returns spans in text order with offsets', () => {
    // Prepare
    const ctx = { text: 'a 12 b 3' };
    // Act
    const spans = runExtractor(ctx, { parsers: [digits], refiners: [] });
    // Assert
    expect(spans.map((s) => [s.start, s.end, s.value])).toEqual([
      [2, 4, 12],
      [7, 8, 3],
    ]);
  });

  it('takes the spans a text parser proposes for the whole text, in text order with the others', () => {
    // Prepare
    const ctx = { text: 'a 12 b 3 c' };
    const letters: TextParser<number> = {
      name: 'letters',
      scan: (context) =>
        [...context.text.matchAll(/[a-z]/g)].map((match) => spanAt(context, match.index, match.index + 1, 0)),
    };
    // Act
    const spans = runExtractor(ctx, { parsers: [letters, digits], refiners: [] });
    // Assert
    expect(spans.map((s) => s.text)).toEqual(['a', '12', 'b', '3', 'c']);
  });

  it('rejects a parser whose pattern is not global', () => {
    const bad: Parser<number> = { ...digits, pattern: () => /\d+/ };
    expect(() => runExtractor({ text: '1' }, { parsers: [bad], refiners: [] })).toThrow(/global/);
  });
});

describe('removeOverlaps', () => {
  it('keeps the longest of overlapping spans', () => {
    const ctx = { text: 'abcdef' };
    const kept = removeOverlaps([spanAt(ctx, 0, 2, 'short'), spanAt(ctx, 1, 5, 'long'), spanAt(ctx, 5, 6, 'apart')]);
    expect(kept.map((s) => s.value)).toEqual(['long', 'apart']);
  });
});
