import { CharacterClass, classOfCodePoint, classOfCodeUnit, isMarkClass, wordPart } from './characters.js';
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
  /**
   * Where a letter follows, inside a stretch, a code unit that is no ASCII letter ("anti-government",
   * "d’Ivoire", "Côte", "5the"), in order: with the stretch starts, every place a word boundary (`\b`)
   * or a non-letter can come before a letter (see word-starts.ts).
   */
  readonly innerLetterStarts: readonly number[];
  /**
   * The numbers of the stretches that start with a capital or an ASCII digit, in order: the only ones
   * where a capitalised run, an acronym or a capitalised surname can start, far fewer than all.
   */
  readonly capitalOrDigitStretches: readonly number[];
}

/**
 * A filter of the words a text writes in lower case (see isOrdinaryWord in text-words.ts): one bit set per
 * word's hash (hashOfCodeUnits), so a clear bit says the text lacks the word.
 */
export interface LowercaseWordFilter {
  readonly bits: Int32Array;
  readonly mask: number;
}

interface TextScan {
  readonly classes: Uint8Array;
  readonly stretches: WordStretches;
  readonly lowercaseWords: LowercaseWordFilter;
  readonly curlyQuotes: readonly number[];
}

/** Hashes code units into `hash`, as hashOfCodeUnits does. */
const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/**
 * The hash of the code units text[start, end) that LowercaseWordFilter's bits stand for.
 *
 * @example
 * hashOfCodeUnits('armed', 0, 5) === hashOfCodeUnits('unarmed', 2, 7) // true
 */
export function hashOfCodeUnits(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return finalHash(hash);
}

const finalHash = (hash: number): number => (hash ^ (hash >>> 15)) >>> 0;

/** Letters, marks, apostrophes and hyphens that continue a lower-case word after its first letter. */
export const continuesLowercaseWord = CharacterClass.lowerOrMark | CharacterClass.innerPunctuation;

/**
 * Classifies every code unit of a text and finds its word stretches in the same pass: two passes over
 * the text cost as much as all the look-ups the parsers then make.
 */
function scanText(text: string): TextScan {
  const length = text.length;
  const classes = new Uint8Array(length + 1);
  // Typed arrays as long as the most stretches a text can have: pushing to growing lists cost most of the
  // scan. They are kept from text to text and the stretches found copied out: zeroing new ones per text
  // cost as much as the scan.
  const { starts, ends, firstCapitals } = scratchFor((length >> 1) + 1);
  const afterMarks: number[] = [];
  const innerLetterStarts: number[] = [];
  const curlyQuotes: number[] = [];
  const capitalOrDigitStretches: number[] = [];
  let count = 0;
  let inStretch = false;
  let firstCapital = -1;
  let afterMark = false;
  let afterAsciiLetter = false;
  // The lower-case words are hashed in the same pass: a second pass over the text cost as much as this one.
  // Such a word starts a stretch with a lower-case letter and runs on through continuesLowercaseWord.
  let filterSize = 1024;
  while (filterSize < length * 4) filterSize <<= 1;
  const lowercaseWords: LowercaseWordFilter = { bits: new Int32Array(filterSize >> 5), mask: filterSize - 1 };
  let inLowercaseWord = false;
  let wordHash = 0;
  for (let i = 0; i < length; i++) {
    const at = i;
    const code = text.charCodeAt(i);
    // Most code units are lower-case ASCII letters after another ASCII letter, which change nothing
    // but their class (and the word's hash): taking them first halves the scan.
    if (afterAsciiLetter && inStretch && (code - 97) >>> 0 < 26) {
      classes[at] = asciiLowerClasses;
      if (inLowercaseWord) wordHash = hashStep(wordHash, code);
      continue;
    }
    let classOfI: number;
    let secondHalf = -1;
    if (code < 0x80) classOfI = asciiClasses[code] as number;
    else if (code < 0xd800 || code > 0xdbff || i + 1 >= length) {
      classOfI = classOfCodeUnit(code);
      if (code === 0x201c || code === 0x201d) curlyQuotes.push(at);
    } else {
      const low = text.charCodeAt(i + 1);
      if (low < 0xdc00 || low > 0xdfff) classOfI = 0;
      else {
        // The second half keeps no class: nothing starts or ends inside a code point.
        classOfI = CharacterClass.pairStart | classOfCodePoint(text.codePointAt(i) ?? 0);
        secondHalf = low;
        i++;
      }
    }
    classes[at] = classOfI;
    if (inLowercaseWord) {
      if ((classOfI & continuesLowercaseWord) !== 0) {
        wordHash = hashStep(wordHash, code);
        if (secondHalf >= 0) wordHash = hashStep(wordHash, secondHalf);
      } else {
        addToFilter(lowercaseWords, wordHash);
        inLowercaseWord = false;
      }
    }
    if ((classOfI & wordPart) === 0) {
      if (inStretch) {
        ends[count] = at;
        firstCapitals[count] = firstCapital;
        count++;
        inStretch = false;
      }
      continue;
    }
    if (!inStretch) {
      starts[count] = at;
      firstCapital = -1;
      inStretch = true;
      if ((classOfI & CharacterClass.upper) !== 0 || (code >= 48 && code <= 57)) capitalOrDigitStretches.push(count);
      if ((classOfI & CharacterClass.lower) !== 0) {
        inLowercaseWord = true;
        wordHash = hashStep(0, code);
        if (secondHalf >= 0) wordHash = hashStep(wordHash, secondHalf);
      }
    } else {
      if (afterMark) afterMarks.push(at);
      if (!afterAsciiLetter && (classOfI & CharacterClass.letter) !== 0) innerLetterStarts.push(at);
    }
    afterAsciiLetter = ((code | 32) - 97) >>> 0 < 26;
    if (firstCapital < 0 && (classOfI & CharacterClass.upper) !== 0) firstCapital = at;
    // No mark is ASCII or Latin-1: most characters need no second test.
    afterMark = code >= 0x300 && isMarkClass(classOfI);
  }
  if (inLowercaseWord) addToFilter(lowercaseWords, wordHash);
  if (inStretch) {
    ends[count] = length;
    firstCapitals[count] = firstCapital;
    count++;
  }
  const stretches: WordStretches = {
    count,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    firstCapitals: firstCapitals.slice(0, count),
    afterMarks,
    innerLetterStarts,
    capitalOrDigitStretches,
  };
  return { classes, stretches, lowercaseWords, curlyQuotes };
}

function addToFilter({ bits, mask }: LowercaseWordFilter, hash: number): void {
  const bit = finalHash(hash) & mask;
  bits[bit >> 5] = (bits[bit >> 5] as number) | (1 << (bit & 31));
}

/** The classes of the ASCII code units, read without a function call. */
const asciiClasses = Uint8Array.from({ length: 0x80 }, (_, code) => classOfCodeUnit(code));

/** The classes of every lower-case ASCII letter. */
const asciiLowerClasses = asciiClasses[97] as number;

const scanOfLastText = forLastText(scanText);

/**
 * The classes of every code unit of a text (one extra 0 at the end), remembered for the last text.
 *
 * @example
 * const classes = characterClasses('Aé1');
 * (classes[1] & CharacterClass.lower) !== 0 // true
 */
export const characterClasses = (text: string): Uint8Array => scanOfLastText(text).classes;

/**
 * The word stretches of a text, remembered for the last text.
 *
 * @example
 * const { count, starts } = wordStretches('co-op, UNOCT');
 * starts.subarray(0, count) // Int32Array [0, 7]
 */
export const wordStretches = (text: string): WordStretches => scanOfLastText(text).stretches;

/**
 * Where a text's curly double quotes (“ ”) are, in order, remembered for the last text: found in the
 * scan's path for non-ASCII code units, as V8 searches for a character outside Latin-1 slowly.
 */
export const curlyQuotes = (text: string): readonly number[] => scanOfLastText(text).curlyQuotes;

/** The filter of a text's lower-case words, remembered for the last text. */
export const lowercaseWordFilter = (text: string): LowercaseWordFilter => scanOfLastText(text).lowercaseWords;

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
