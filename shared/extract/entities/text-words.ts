import { forLastText } from './last-text.js';

/**
 * The words a text writes in lower case. A capitalised word whose lower-case form the same text also
 * uses ("Armed Conflict" beside "armed conflict") is an ordinary word, not part of a person's name.
 * Remembered for the last text: parsers ask many times per document.
 *
 * @example
 * lowercaseWords('Armed Conflict and armed groups').has('armed') // true
 */
export const lowercaseWords: (text: string) => ReadonlySet<string> = forLastText(
  (text) => new Set(text.match(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}'’-]*/gu) ?? []),
);
/** Whether a capitalised word is also written in lower case in the text. */
export function isOrdinaryWord(text: string, word: string): boolean {
  return lowercaseWords(text).has(word.toLowerCase());
}
