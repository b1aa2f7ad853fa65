import { CharacterClass, hasClass, previousAt, stepAt, wordPart } from './characters.js';
import { forLastText } from './last-text.js';
import { characterClasses, wordStretches } from './word-stretches.js';

/** Letters, marks, apostrophes and hyphens that continue a lower-case word after its first letter. */
const continuesLowercaseWord = CharacterClass.lowerOrMark | CharacterClass.innerPunctuation;

/**
 * The words a text writes in lower case, as a hash table of their offsets: slicing every word into a
 * Set of strings cost more than all the look-ups together.
 */
interface LowercaseWords {
  /** Per slot, the word's start plus one; 0 for an empty slot. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly mask: number;
}

/** A hash of the code units text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 15)) >>> 0;
}

/** Whether text[start, end) is the string `word`. */
function isWordAt(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * The words a text writes in lower case: /(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}'’-]* /gu, that is,
 * at the start of a word stretch (the only place such a word can start) a lower-case letter and the
 * lower-case letters, marks, apostrophes and hyphens after it.
 */
function findLowercaseWords(text: string): LowercaseWords {
  const classes = characterClasses(text);
  const { count, starts: stretchStarts } = wordStretches(text);
  let size = 16;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  for (let k = 0; k < count; k++) {
    const start = stretchStarts[k] as number;
    if (!hasClass(classes, start, CharacterClass.lower)) continue;
    let end = start + stepAt(classes, start);
    while (hasClass(classes, end, continuesLowercaseWord)) end += stepAt(classes, end);
    let slot = hashOf(text, start, end) & mask;
    for (; starts[slot] !== 0; slot = (slot + 1) & mask) {
      if (isSameRange(text, start, end, (starts[slot] as number) - 1, ends[slot] as number)) break;
    }
    if (starts[slot] !== 0) continue;
    starts[slot] = start + 1;
    ends[slot] = end;
  }
  return { starts, ends, mask };
}

/** Whether text[start, end) and text[otherStart, otherEnd) are the same word. */
function isSameRange(text: string, start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let i = 0; i < end - start; i++)
    if (text.charCodeAt(start + i) !== text.charCodeAt(otherStart + i)) return false;
  return true;
}

/** Whether `word` is one of the text's lower-case words. */
function hasLowercaseWord(text: string, words: LowercaseWords, word: string): boolean {
  const { starts, ends, mask } = words;
  for (let slot = hashOf(word, 0, word.length) & mask; starts[slot] !== 0; slot = (slot + 1) & mask) {
    if (isWordAt(text, (starts[slot] as number) - 1, ends[slot] as number, word)) return true;
  }
  return false;
}

/** Whether `word` is one of findLowercaseWords(text), found by searching for it rather than listing all. */
function isWrittenInLowercase(text: string, word: string): { found: boolean; searched: number } {
  const classes = characterClasses(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!hasClass(classes, at, CharacterClass.lower)) continue;
    const before = previousAt(classes, at);
    if (before >= 0 && hasClass(classes, before, wordPart)) continue;
    let end = at + stepAt(classes, at);
    while (hasClass(classes, end, continuesLowercaseWord)) end += stepAt(classes, end);
    if (end === at + word.length) return { found: true, searched: at };
  }
  return { found: false, searched: text.length };
}

/**
 * Searches of one text, in texts' lengths, after which listing all its lower-case words is cheaper: a
 * search for a word the text lacks reads the whole text, but far faster than listing does.
 */
const searchBudget = 8;

interface OrdinaryWords {
  readonly answers: Map<string, boolean>;
  searched: number;
  all?: LowercaseWords;
}

const ordinaryWordsFor = forLastText((): OrdinaryWords => ({ answers: new Map(), searched: 0 }));

/**
 * Whether a capitalised word is also written in lower case in the text: then it is an ordinary word
 * ("Armed Conflict" beside "armed conflict"), not part of a person's name. Most texts ask about a few
 * words, so each is searched for; a text that asks about many has all its lower-case words listed once.
 * Answers are remembered for the last text.
 *
 * @example
 * isOrdinaryWord('Armed Conflict and armed groups', 'Armed') // true
 */
export function isOrdinaryWord(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  const state = ordinaryWordsFor(text);
  if (state.all !== undefined) return hasLowercaseWord(text, state.all, lower);
  const known = state.answers.get(lower);
  if (known !== undefined) return known;
  if (lower === '') return false;
  if (state.searched > searchBudget * text.length) {
    state.all = findLowercaseWords(text);
    return hasLowercaseWord(text, state.all, lower);
  }
  const { found, searched } = isWrittenInLowercase(text, lower);
  state.searched += searched;
  state.answers.set(lower, found);
  return found;
}
