import { compiledOnce, spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { lowerCaseArmedGroups } from '../data/armed-groups.js';
import { notNameWords, organizationHeads } from '../data/words.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';

/** Lower-case nouns after a group's own name: "the Red Hand gang", "the Viv Ansanm coalition". */
const groupNouns = ['gang', 'coalition', 'cartel', 'militia', 'faction', 'syndicate'];
const groupWord = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const nameBefore = new RegExp(`(?:^|[ \\t(])[Tt]he[ \\t]+(${groupWord}(?:[ \\t]+${groupWord}){0,2})[ \\t]+$`, 'du');
/** Nationality and faith adjectives: "the Haitian gang", "the Sunni coalition" name no group. */
const adjectiveEnding = /(?:an|ese|ish|ic|i)$/;

/**
 * "the <Name> gang/coalition/cartel/militia": the capitalised words before the noun name an armed group
 * or criminal organization. Found from the noun; the name is read backwards in a short window.
 *
 * Tried only where the words start (see word-starts.ts), one character on: the pattern opens with a space or tab before them.
 *
 * @example
 * // "attacks by the Red Hand gang" → organization "Red Hand"
 */
export const namedGroupParser: Parser<Mention> = startingAtWords(groupNouns, 1, {
  name: 'named-group',
  pattern: compiledOnce(() => new RegExp(`[ \\t](?:${groupNouns.join('|')})(?![A-Za-z\\u00c0-\\u024f'’-])`, 'g')),
  extract(ctx, match) {
    const windowStart = Math.max(0, match.index - 60);
    const found = nameBefore.exec(ctx.text.slice(windowStart, match.index + 1));
    const name = found?.[1];
    const at = found?.indices?.[1]?.[0];
    if (name === undefined || at === undefined) return null;
    const words = name.split(/[ \t]+/);
    const last = words[words.length - 1] ?? '';
    if (words.length === 1 && adjectiveEnding.test(last)) return null;
    for (const word of words)
      if (notNameWords.has(word) || organizationHeads.has(word) || isOrdinaryWord(ctx.text, word)) return null;
    const start = windowStart + at;
    const known = longestKnownName(ctx.text, start);
    if (known !== null && known.entity.type === 'place') return null;
    return spanAt(ctx, start, start + name.length, { type: 'organization', source: 'pattern', name });
  },
});

const armedGroupNames = lowerCaseArmedGroups.map(([, spellings]) => `(${spellings})`).join('|');
const armedGroupOpenings = lowerCaseArmedGroups.flatMap(([, , openings]) => openings);

/**
 * Armed groups the text may write in lower case ("the anti-balaka"), from data/armed-groups.ts.
 *
 * Tried only where the names open a word or follow a non-letter inside one (see word-starts.ts): a match after a letter, number or hyphen is rejected below, and hides no other (the names hold only letters and hyphens).
 *
 * @example
 * // "clashes between anti-balaka and ex-Seleka fighters" → organizations "anti-balaka", "ex-Seleka"
 */
export const lowerCaseArmedGroupParser: Parser<Mention> = startingAtWords(armedGroupOpenings, 0, {
  name: 'lower-case-armed-group',
  // No look-behind: one would be tried at every position; the character before is checked per match.
  pattern: compiledOnce(() => new RegExp(`(?:${armedGroupNames})(?![\\p{L}\\p{N}-])`, 'gu')),
  extract(ctx, match) {
    if (/[\p{L}\p{N}-]/u.test(ctx.text.charAt(match.index - 1))) return null;
    const group = match.slice(1).findIndex((part) => part !== undefined);
    const known = lowerCaseArmedGroups[group]?.[0];
    if (known === undefined) return null;
    const name = match[0];
    return spanAt(ctx, match.index, match.index + name.length, {
      type: 'organization',
      source: 'gazetteer',
      name,
      known,
    });
  },
});
