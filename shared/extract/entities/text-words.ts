import { CharacterClass, hasClass, previousAt, stepAt, wordPart } from './characters.js';
import { forLastText } from './last-text.js';
import { characterClasses, wordStretches } from './word-stretches.js';

/** Letters, marks, apostrophes and hyphens that continue a lower-case word after its first letter. */
const continuesLowercaseWord = CharacterClass.lowerOrMark | CharacterClass.innerPunctuation;

/** A hash of the code units text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 15)) >>> 0;
}

/**
 * A filter of the words a text writes in lower case: /(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}'’-]* /gu,
 * that is, at the start of a word stretch (the only place such a word can start) a lower-case letter and
 * the lower-case letters, marks, apostrophes and hyphens after it. One bit per word's hash: a clear bit
 * says the text lacks the word (most questions are about names), a set one is checked by searching.
 * Listing the words in a hash table of their offsets cost as much as all the searches together.
 */
function lowercaseWordFilter(text: string): LowercaseWordFilter {
  const classes = characterClasses(text);
  const { count, starts: stretchStarts } = wordStretches(text);
  // At least 32 bits per word: few words share a bit, so few absent words need a search.
  let size = 1024;
  while (size < count * 32) size <<= 1;
  const mask = size - 1;
  const bits = new Int32Array(size >> 5);
  for (let k = 0; k < count; k++) {
    const start = stretchStarts[k] as number;
    if (!hasClass(classes, start, CharacterClass.lower)) continue;
    // hashOf, computed as the word is read.
    let hash = 0;
    let end = start;
    do {
      hash = (Math.imul(hash, 31) + text.charCodeAt(end)) | 0;
      if (hasClass(classes, end, CharacterClass.pairStart)) hash = (Math.imul(hash, 31) + text.charCodeAt(++end)) | 0;
      end++;
    } while (hasClass(classes, end, continuesLowercaseWord));
    const bit = ((hash ^ (hash >>> 15)) >>> 0) & mask;
    bits[bit >> 5] = (bits[bit >> 5] as number) | (1 << (bit & 31));
  }
  return { bits, mask };
}

interface LowercaseWordFilter {
  readonly bits: Int32Array;
  readonly mask: number;
}

/** Whether `word` may be one of the text's lower-case words: false means it is not. */
function mayHaveLowercaseWord({ bits, mask }: LowercaseWordFilter, word: string): boolean {
  const bit = hashOf(word, 0, word.length) & mask;
  return ((bits[bit >> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** Whether `word` is one of the text's lower-case words (see lowercaseWordFilter), found by searching for it. */
function isWrittenInLowercase(text: string, word: string): boolean {
  const classes = characterClasses(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!hasClass(classes, at, CharacterClass.lower)) continue;
    const before = previousAt(classes, at);
    if (before >= 0 && hasClass(classes, before, wordPart)) continue;
    let end = at + stepAt(classes, at);
    while (hasClass(classes, end, continuesLowercaseWord)) end += stepAt(classes, end);
    if (end === at + word.length) return true;
  }
  return false;
}

interface OrdinaryWords {
  readonly answers: Map<string, boolean>;
  readonly filter: LowercaseWordFilter;
}

const ordinaryWordsFor = forLastText(
  (text): OrdinaryWords => ({ answers: new Map(), filter: lowercaseWordFilter(text) }),
);

/**
 * Whether a capitalised word is also written in lower case in the text: then it is an ordinary word
 * ("Armed Conflict" beside "armed conflict"), not part of a person's name. A filter of the text's
 * lower-case words answers most questions; the words it may hold are searched for. Answers are
 * remembered for the last text.
 *
 * @example
 * isOrdinaryWord('Armed Conflict and armed groups', 'Armed') // true
 */
export function isOrdinaryWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const state = ordinaryWordsFor(text);
  const known = state.answers.get(lower);
  if (known !== undefined) return known;
  const found = lower !== '' && mayHaveLowercaseWord(state.filter, lower) && isWrittenInLowercase(text, lower);
  state.answers.set(lower, found);
  return found;
}
