import { codePointLength, isWordCharacter } from './characters.js';
import { forLastText } from './last-text.js';

/**
 * The words of a text with their offsets, found once and shared by every parser: the gazetteer used to
 * re-scan the text with a regex for every word it looked up.
 */
export interface WordIndex {
  readonly text: string;
  readonly count: number;
  /** Offset of each word's first character, ascending. */
  readonly starts: Int32Array;
  /** Offset just after each word. */
  readonly ends: Int32Array;
  /** Index of the word starting exactly at `offset`, or -1. */
  wordAt(offset: number): number;
  /** The text of word `index`. */
  word(index: number): string;
}

/** Characters that join two runs of letters or digits into one word: "Côte d’Ivoire", "Counter-Terrorism". */
const isJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 0x2018 || code === 45;

/** Length of the run of letters, marks and numbers at `index` (0 if none). */
function runLength(text: string, index: number): number {
  let end = index;
  while (end < text.length && isWordCharacter(text, end)) end += codePointLength(text, end);
  return end - index;
}

function buildIndex(text: string): WordIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const first = runLength(text, i);
    if (first === 0) {
      i += codePointLength(text, i);
      continue;
    }
    const start = i;
    i += first;
    // Same words as /[\p{L}\p{M}\p{N}]+(?:['’‘-][\p{L}\p{M}\p{N}]+)*/u: a joiner counts only between runs.
    while (i + 1 < text.length && isJoiner(text.charCodeAt(i))) {
      const next = runLength(text, i + 1);
      if (next === 0) break;
      i += 1 + next;
    }
    starts.push(start);
    ends.push(i);
  }
  const startArray = Int32Array.from(starts);
  const endArray = Int32Array.from(ends);
  const byOffset = new Int32Array(text.length + 1);
  for (let k = 0; k < startArray.length; k++) byOffset[startArray[k] as number] = k + 1;
  const words: (string | undefined)[] = new Array(startArray.length);
  return {
    text,
    count: startArray.length,
    starts: startArray,
    ends: endArray,
    wordAt: (offset) => (offset >= 0 && offset <= text.length ? (byOffset[offset] as number) - 1 : -1),
    word(index) {
      let word = words[index];
      if (word === undefined) {
        word = text.slice(startArray[index], endArray[index]);
        words[index] = word;
      }
      return word;
    },
  };
}

/**
 * The word index of a text, remembered for the last text: every parser of one document asks for it.
 *
 * @example
 * const index = wordIndexOf('the Côte d’Ivoire, 2024');
 * index.word(index.wordAt(4)); // 'Côte'
 */
export const wordIndexOf: (text: string) => WordIndex = forLastText(buildIndex);
