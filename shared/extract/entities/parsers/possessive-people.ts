import { spanAt } from '../../run.js';
import type { Parser } from '../../types.js';
import { compiledOnce } from '../compiled.js';
import type { Mention } from '../mention.js';
import { isNameWord, nameWord } from '../person-names.js';
import { isOrdinaryWord } from '../text-words.js';

const givenAndSurname = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])(${nameWord})[ \\t]+(${nameWord})$`, 'u');

/**
 * "Laurent Gbagbo's forces": a given name and surname with no title, owning something, when the text
 * also writes the surname on its own ("Gbagbo, the incumbent, …"). The lone surname is what tells a
 * person from a two-word place or group name ("Gran Grif's campaign"), which the text repeats whole.
 *
 * @example
 * // "for Laurent Gbagbo's forces. Gbagbo refused." → person "Laurent Gbagbo"
 */
export const possessivePersonParser: Parser<Mention> = {
  name: 'possessive-person',
  pattern: compiledOnce(() => /['’]s(?![A-Za-z])/g),
  extract(ctx, match) {
    const windowStart = Math.max(0, match.index - 50);
    const found = givenAndSurname.exec(ctx.text.slice(windowStart, match.index));
    const given = found?.[1];
    const surname = found?.[2];
    if (found === null || given === undefined || surname === undefined) return null;
    const start = windowStart + found.index;
    const surnameStart = match.index - surname.length;
    if (!isNameWord(ctx.text, start, given) || !isNameWord(ctx.text, surnameStart, surname)) return null;
    if (isOrdinaryWord(ctx.text, given) || isOrdinaryWord(ctx.text, surname)) return null;
    if (startsSentence(ctx.text, start) || !surnameStandsAlone(ctx.text, surname)) return null;
    return spanAt(ctx, start, match.index, {
      type: 'person',
      source: 'apposition',
      name: ctx.text.slice(start, match.index),
    });
  },
};

/** A word at the start of a sentence or line may be capitalised for grammar ("Global Compact's …"). */
const startsSentence = (text: string, index: number): boolean =>
  /(?:^|[.!?:"“\n])[ \t]*$/.test(text.slice(Math.max(0, index - 4), index));

/**
 * Whether the surname occurs somewhere as a whole word with no capitalised word before it: not
 * "Laurent Gbagbo" again, not inside another name.
 */
function surnameStandsAlone(text: string, surname: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(surname); at >= 0 && seen < 50; at = text.indexOf(surname, at + 1), seen++) {
    if (isNamePart(text[at + surname.length]) || isNamePart(text[at - 1])) continue;
    if (capitalisedWordBefore.test(text.slice(Math.max(0, at - 40), at))) continue;
    return true;
  }
  return false;
}

const isNamePart = (character: string | undefined): boolean =>
  character !== undefined && /[\p{L}\p{M}\p{N}'’-]/u.test(character);
const capitalisedWordBefore = /\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+$/u;
