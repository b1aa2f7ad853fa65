import { CharacterClass, characterClasses, wordPart } from './characters.js';
import { forLastText } from './last-text.js';

/**
 * The stretches of word parts of a text (letters, marks, numbers, apostrophes, hyphens: see wordPart),
 * in order. Nothing that must start a word can start inside a stretch, so the scanners of capitalised
 * runs, capitalised words and lower-case words visit these starts instead of every character; the
 * character-by-character scans each cost more than all their other work.
 */
export interface WordStretches {
  readonly count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Where each stretch's first upper-case code point is, -1 when it has none. */
  readonly firstCapitals: Int32Array;
}

/**
 * The word stretches of a text, remembered for the last text.
 *
 * @example
 * const { count, starts } = wordStretches('co-op, UNOCT');
 * starts.subarray(0, count) // Int32Array [0, 7]
 */
export const wordStretches: (text: string) => WordStretches = forLastText(findStretches);

function findStretches(text: string): WordStretches {
  const classes = characterClasses(text);
  const length = text.length;
  // Typed arrays as long as the most stretches a text can have: pushing to growing lists cost most of the scan.
  const most = (length >> 1) + 1;
  const starts = new Int32Array(most);
  const ends = new Int32Array(most);
  const firstCapitals = new Int32Array(most);
  let count = 0;
  let i = 0;
  while (i < length) {
    let classOfI = classes[i] as number;
    // The second half of a surrogate pair has no class: stepping one code unit at a time outside
    // stretches lands on it and steps on.
    if ((classOfI & wordPart) === 0) {
      i++;
      continue;
    }
    starts[count] = i;
    let firstCapital = -1;
    do {
      if (firstCapital < 0 && (classOfI & CharacterClass.upper) !== 0) firstCapital = i;
      i += (classOfI & CharacterClass.pairStart) !== 0 ? 2 : 1;
      classOfI = classes[i] as number;
    } while ((classOfI & wordPart) !== 0);
    ends[count] = i;
    firstCapitals[count] = firstCapital;
    count++;
  }
  return { count, starts, ends, firstCapitals };
}
