import { forLastText } from './last-text.js';

/** Where a text's double quote marks are, in order: the citation parsers each read them here. */
export interface QuoteMarks {
  /** Offsets of “ and ", which open a title or a nickname. */
  readonly opening: readonly number[];
  /** Offsets of ” and ", which close one. */
  readonly closing: readonly number[];
}

/**
 * The quote marks of the last text (see forLastText), found with indexOf: three parsers' patterns each
 * scanned the whole text for the same marks, and a class of characters is tried at every position.
 */
export const quoteMarks: (text: string) => QuoteMarks = forLastText((text) => {
  const straight = offsetsOf(text, '"');
  return {
    opening: inOrder(offsetsOf(text, '“'), straight),
    closing: inOrder(offsetsOf(text, '”'), straight),
  };
});

function offsetsOf(text: string, mark: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) offsets.push(at);
  return offsets;
}

/** Two ascending lists of offsets merged into one. */
function inOrder(a: readonly number[], b: readonly number[]): number[] {
  if (a.length === 0) return b as number[];
  if (b.length === 0) return a as number[];
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && (a[i] as number) < (b[j] as number))) merged.push(a[i++] as number);
    else merged.push(b[j++] as number);
  }
  return merged;
}
