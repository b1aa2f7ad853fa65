let cachedText: string | undefined;
let cachedWords: ReadonlySet<string> = new Set();

/**
 * The words a text writes in lower case. A capitalised word whose lower-case form the same text also
 * uses ("Armed Conflict" beside "armed conflict") is an ordinary word, not part of a person's name.
 * Cached for the last text: parsers ask many times per document.
 *
 * @example
 * lowercaseWords('Armed Conflict and armed groups').has('armed') // true
 */
export function lowercaseWords(text: string): ReadonlySet<string> {
  if (text !== cachedText) {
    cachedText = text;
    cachedWords = new Set(text.match(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{Ll}\p{M}'’-]*/gu) ?? []);
  }
  return cachedWords;
}

/** Whether a capitalised word is also written in lower case in the text. */
export function isOrdinaryWord(text: string, word: string): boolean {
  return lowercaseWords(text).has(word.toLowerCase());
}
