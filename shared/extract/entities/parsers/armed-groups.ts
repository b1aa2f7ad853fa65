import { compiledOnce, spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { wordsByFirstLetter } from '../compiled.js';
import type { Mention } from '../mention.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';

/**
 * Arabic, Urdu and Pashto words for "battalion", "group", "movement", "army", "brigade", which open the
 * names of armed groups in sanctions reports ("Katiba Hanifa", "Jamaat Ansarullah", "Harakat Sham
 * al-Islam"): the name has no English head noun for the organization pattern to find.
 */
const groupWords = ['Katiba', 'Jamaat', 'Harakat', 'Tehrik', 'Tehreek', 'Lashkar', 'Jaish', 'Liwa', 'Saraya', 'Kataib'];
const capitalised = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
const particle = String.raw`(?:al|el|wal|ul|e|i|bin|ibn)-${capitalised}|(?:al|el|wal|ul|e|i)-\p{Ll}+`;

const groupName = compiledOnce(
  () => new RegExp(`(?:${capitalised}|${particle})(?:[ \\t]+(?:${capitalised}|${particle})){0,2}`, 'uy'),
);

/**
 * A group word followed by one to three capitalised words (particles such as "al-" allowed).
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "attacks led by Katiba Hanifa (not listed)" → organization "Katiba Hanifa"
 */
export const armedGroupParser: Parser<Mention> = startingAtWords(groupWords, 0, {
  name: 'armed-group',
  // The group word alone, without the "u" flag (cheaper over a long text); the name is read after it.
  pattern: compiledOnce(() => new RegExp(`${wordsByFirstLetter(groupWords, '\\b')}[ \\t]+(?=[A-Za-z])`, 'g')),
  extract(ctx, match) {
    // The name stops before a capitalised ordinary word the text also writes in lower case.
    const nameStart = match.index + match[0].length;
    const pattern = groupName();
    pattern.lastIndex = nameStart;
    const found = pattern.exec(ctx.text);
    if (found === null) return null;
    let end = nameStart;
    let kept = 1;
    for (const word of found[0].matchAll(/\S+/g)) {
      if (kept >= 2 && isOrdinaryWord(ctx.text, word[0])) break;
      end = nameStart + word.index + word[0].length;
      kept++;
    }
    const name = ctx.text.slice(match.index, end);
    return spanAt(ctx, match.index, end, { type: 'organization', source: 'pattern', name });
  },
});
