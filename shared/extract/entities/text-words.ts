import { CharacterClass, hasClass, previousAt, stepAt, wordPart } from './characters.js';
import { forLastText } from './last-text.js';
import {
  characterClasses,
  continuesLowercaseWord,
  hashOfCodeUnits,
  type LowercaseWordFilter,
  lowercaseWordFilter,
} from './word-stretches.js';

/**
 * Whether `word` may be one of the text's lower-case words: false means it is not. Most questions are
 * about names, which the filter rules out without searching the text (the search reads it all).
 */
function mayHaveLowercaseWord({ bits, mask }: LowercaseWordFilter, word: string): boolean {
  const bit = hashOfCodeUnits(word, 0, word.length) & mask;
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
