/**
 * An alternation of words (letters only) written so that the regex engine can skip through a text: a
 * class of their first letters leads, which it scans for quickly, and each word's rest follows a
 * look-behind at its first letter. An alternation led by a word boundary, a space or the words
 * themselves was tried at almost every position. `before`, when given, is what must come before the
 * first letter (as a look-behind would see it). Same matches as `before`(?:word|…): words with different
 * first letters never compete at one position, and those with the same one keep their order.
 *
 * @example
 * wordsByFirstLetter(['Katiba', 'Jaish', 'Kataib'], '\\b') // '[KJ](?<=\\b.)(?:(?<=K)(?:atiba|ataib)|(?<=J)(?:aish))'
 */
export function wordsByFirstLetter(words: readonly string[], before = ''): string {
  const rests = new Map<string, string[]>();
  for (const word of words) {
    if (!/^\p{L}+$/u.test(word)) throw new Error(`not a word of letters: ${word}`);
    const first = word.charAt(0);
    const list = rests.get(first);
    if (list === undefined) rests.set(first, [word.slice(1)]);
    else list.push(word.slice(1));
  }
  const firsts = [...rests.keys()].join('');
  const lookBehind = before === '' ? '' : `(?<=${before}.)`;
  const alternatives = [...rests].map(([first, list]) => `(?<=${first})(?:${list.join('|')})`).join('|');
  return `[${firsts}]${lookBehind}(?:${alternatives})`;
}
