import { CharacterClass, characterClasses, isMarkClass, wordPart } from './characters.js';
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
  /**
   * Where a code point follows a mark inside a stretch, in order: the one place inside a word where
   * something that must follow no letter, number, apostrophe or hyphen (an acronym) can start.
   */
  readonly afterMarks: readonly number[];
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
  // Typed arrays as long as the most stretches a text can have: pushing to growing lists cost most of the
  // scan. They are kept from text to text and the stretches found copied out: zeroing new ones per text
  // cost as much as the scan.
  const most = (length >> 1) + 1;
  const { starts, ends, firstCapitals } = scratchFor(most);
  const afterMarks: number[] = [];
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
      const isMark = isMarkClass(classOfI);
      i += (classOfI & CharacterClass.pairStart) !== 0 ? 2 : 1;
      classOfI = classes[i] as number;
      if (isMark && (classOfI & wordPart) !== 0) afterMarks.push(i);
    } while ((classOfI & wordPart) !== 0);
    ends[count] = i;
    firstCapitals[count] = firstCapital;
    count++;
  }
  return {
    count,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    firstCapitals: firstCapitals.slice(0, count),
    afterMarks,
  };
}

const newScratch = (length: number) => ({
  starts: new Int32Array(length),
  ends: new Int32Array(length),
  firstCapitals: new Int32Array(length),
});
let scratch = newScratch(0);
/** The longest arrays kept for the next text (12 MB in all); a longer text gets arrays of its own. */
const mostKept = 1 << 20;

function scratchFor(most: number): ReturnType<typeof newScratch> {
  if (most > mostKept) return newScratch(most);
  if (scratch.starts.length < most) scratch = newScratch(most);
  return scratch;
}
