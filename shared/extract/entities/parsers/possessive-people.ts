import { isAsciiLetterCode } from '../../char-codes.js';
import { spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import type { Mention } from '../mention.js';
import { isNameWord, nameWord } from '../person-names.js';
import { isOrdinaryWord } from '../text-words.js';
import { wordStretches } from '../word-stretches.js';

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
  // The whole text at once, from the letters that follow a non-letter inside a word stretch (see
  // WordStretches.innerLetterStarts), where the "s" after an apostrophe always is: the pattern
  // ['’]s(?![A-Za-z]) was tried at every position of the text.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    const { text } = ctx;
    for (const letter of wordStretches(text).innerLetterStarts) {
      if (text.charCodeAt(letter) !== 115 || isAsciiLetterCode(text.charCodeAt(letter + 1))) continue;
      const apostrophe = letter - 1;
      const before = text.charCodeAt(apostrophe);
      if (before !== 39 && before !== 0x2019) continue;
      const person = ownerBefore(ctx, apostrophe);
      if (person !== null) spans.push(person);
    }
    return spans;
  },
};

/** The person who owns something by the "'s" whose apostrophe is at `apostrophe`, if any. */
function ownerBefore(ctx: ExtractionContext, apostrophe: number): Span<Mention> | null {
  const windowStart = Math.max(0, apostrophe - 50);
  const found = givenAndSurname.exec(ctx.text.slice(windowStart, apostrophe));
  const given = found?.[1];
  const surname = found?.[2];
  if (found === null || given === undefined || surname === undefined) return null;
  const start = windowStart + found.index;
  const surnameStart = apostrophe - surname.length;
  if (!isNameWord(ctx.text, start, given) || !isNameWord(ctx.text, surnameStart, surname)) return null;
  if (isOrdinaryWord(ctx.text, given) || isOrdinaryWord(ctx.text, surname)) return null;
  if (startsSentence(ctx.text, start) || !surnameStandsAlone(ctx.text, surname)) return null;
  return spanAt(ctx, start, apostrophe, {
    type: 'person',
    source: 'apposition',
    name: ctx.text.slice(start, apostrophe),
  });
}

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
