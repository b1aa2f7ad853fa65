import { forLastText } from './last-text.js';
import { offsetsOf } from './starting-at.js';
import { curlyQuotes } from './word-stretches.js';

/** Where a text's double quote marks are, in order: the citation parsers each read them here. */
export interface QuoteMarks {
  /** Offsets of “ and ", which open a title or a nickname. */
  readonly opening: readonly number[];
  /** Offsets of ” and ", which close one. */
  readonly closing: readonly number[];
}

/**
 * The quote marks of the last text (see forLastText): three parsers' patterns each scanned the whole
 * text for the same marks, a class tried at every position. The curly ones come from the character scan
 * (see curlyQuotes), the straight ones from a search for that one character.
 */
export const quoteMarks: (text: string) => QuoteMarks = forLastText((text) => {
  const curly = curlyQuotes(text);
  const straight = offsetsOf(text, '"');
  const opening: number[] = [];
  const closing: number[] = [];
  let c = 0;
  let s = 0;
  while (c < curly.length || s < straight.length) {
    const at =
      s === straight.length || (c < curly.length && (curly[c] as number) < (straight[s] as number))
        ? (curly[c++] as number)
        : (straight[s++] as number);
    const mark = text.charCodeAt(at);
    if (mark !== 0x201d) opening.push(at);
    if (mark !== 0x201c) closing.push(at);
  }
  return { opening, closing };
});
