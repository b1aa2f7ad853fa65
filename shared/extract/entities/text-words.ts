import {
  CharacterClass,
  characterClasses,
  hasClass,
  isInnerPunctuation,
  isWordPart,
  stepAt,
  wordPartsEnd,
} from './characters.js';
import { forLastText } from './last-text.js';

/**
 * The words a text writes in lower case. A capitalised word whose lower-case form the same text also
 * uses ("Armed Conflict" beside "armed conflict") is an ordinary word, not part of a person's name.
 * Remembered for the last text: parsers ask many times per document.
 *
 * @example
 * lowercaseWords('Armed Conflict and armed groups').has('armed') // true
 */
export const lowercaseWords: (text: string) => ReadonlySet<string> = forLastText(findLowercaseWords);

/**
 * The words of /(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}'’-]* /gu, read one character at a time: the
 * regex took as long as all the parsers together.
 */
function findLowercaseWords(text: string): ReadonlySet<string> {
  const classes = characterClasses(text);
  const words = new Set<string>();
  let i = 0;
  while (i < text.length) {
    if (!isWordPart(text, classes, i)) {
      i += stepAt(classes, i);
      continue;
    }
    // The start of a stretch of word parts: the only place in it where a word can start.
    if (hasClass(classes, i, CharacterClass.lower)) {
      const start = i;
      i += stepAt(classes, i);
      while (
        i < text.length &&
        (hasClass(classes, i, CharacterClass.lowerOrMark) || isInnerPunctuation(text.charCodeAt(i)))
      )
        i += stepAt(classes, i);
      words.add(text.slice(start, i));
    }
    i = wordPartsEnd(text, classes, i);
  }
  return words;
}

/** Whether a capitalised word is also written in lower case in the text. */
export function isOrdinaryWord(text: string, word: string): boolean {
  return lowercaseWords(text).has(word.toLowerCase());
}
