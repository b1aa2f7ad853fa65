import { spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { compiledOnce } from '../compiled.js';
import { personTitles, roleWords, speechVerbs } from '../data/words.js';
import type { Mention, MentionSource } from '../mention.js';
import { isNameWord, nameExtent, nameParticle, nameWord, personName } from '../person-names.js';
import { isOrdinaryWord } from '../text-words.js';

const asPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
const titleAlternatives = [...personTitles]
  .sort((a, b) => b.length - a.length)
  .map(asPattern)
  .join('|');
const honorific = String.raw`(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|H\.[ ]?E\.)`;

function personSpan(ctx: ExtractionContext, start: number, end: number, source: MentionSource): Span<Mention> {
  return spanAt(ctx, start, end, { type: 'person', source, name: ctx.text.slice(start, end) });
}

/**
 * A name after a title or honorific: "Mr. Vladimir Voronkov", "H.E. Mr. Akan Rakhmetullin",
 * "Secretary-General Guterres".
 *
 * @example
 * // "said Assistant Secretary-General Natalia Gherman" → person "Natalia Gherman"
 */
export const titledPersonParser: Parser<Mention> = {
  name: 'titled-person',
  pattern: compiledOnce(
    () =>
      new RegExp(
        `(?<![\\p{L}\\p{M}'’-])(?:${titleAlternatives})(?:[ \\t]+(?:${titleAlternatives}|${honorific}))*[ \\t]+((?:${nameParticle}[ \\t]+){0,2}${personName})`,
        'gu',
      ),
  ),
  extract(ctx, match) {
    const candidate = match[1];
    if (candidate === undefined) return null;
    const start = match.index + match[0].length - candidate.length;
    const extent = nameExtent(ctx.text, start, candidate);
    return extent === null ? null : personSpan(ctx, extent[0], extent[1], 'title');
  },
};

const appositiveName = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])${nameWord}(?:[ \\t]+${nameWord}){1,3}$`, 'u');

/**
 * Two to four name words followed by a comma and a role: "Michele Coninsx, UN executive director",
 * "Mohammed Hussein Bahr Aluloom, Permanent Representative of Iraq". Found from the comma (cheap to scan
 * for), then the name is read backwards.
 *
 * @example
 * // "Sonia Khush, Syria Director, Save the Children" → person "Sonia Khush"
 */
export const appositivePersonParser: Parser<Mention> = {
  name: 'appositive-person',
  pattern: compiledOnce(() => /,[ \t]/g),
  extract(ctx, match) {
    // Checked here rather than by a lookbehind, which would be tried at every position of the text.
    if (!/[a-z\u00DF-\u024F]/.test(ctx.text.charAt(match.index - 1))) return null;
    const named = nameAfterRole(ctx, match.index);
    if (named !== null) return named;
    const after = ctx.text.slice(match.index + 2, match.index + 82);
    const role = after.split(/[.;:\n]/)[0] ?? '';
    const roleWordsSeen = role
      .toLowerCase()
      .split(/[\s,]+/)
      .slice(0, 6);
    if (!roleWordsSeen.some((word) => roleWords.has(word))) return null;
    const windowStart = Math.max(0, match.index - 120);
    const found = appositiveName.exec(ctx.text.slice(windowStart, match.index));
    if (found === null) return null;
    const start = windowStart + found.index;
    const extent = nameExtent(ctx.text, start, found[0]);
    if (extent === null || extent[1] !== match.index) return null;
    const name = ctx.text.slice(extent[0], extent[1]);
    if (!/\s/.test(name) || name.split(/\s+/).some((word) => isOrdinaryWord(ctx.text, word))) return null;
    return personSpan(ctx, extent[0], extent[1], 'apposition');
  },
};

const roleBefore = /(?:^|[^\p{L}])(\p{L}[\p{L}-]*)$/u;
const nameBetweenCommas = new RegExp(
  `^${nameWord}(?:[ \\t]+(?:${nameParticle}[ \\t]+)?${nameWord}){1,3}(?=,|[ \\t]+(?:${speechVerbs.join('|')})\\b)`,
  'u',
);

/**
 * A name set off by commas after its role: "the President, Bashar Al-Assad, said", "its director, Philippe
 * Bolopion, called". The role word comes first, so the name needs two or more name words of its own.
 */
function nameAfterRole(ctx: ExtractionContext, comma: number): Span<Mention> | null {
  const role = roleBefore.exec(ctx.text.slice(Math.max(0, comma - 30), comma))?.[1]?.toLowerCase();
  if (role === undefined || !roleWords.has(role)) return null;
  const start = comma + 2;
  const found = nameBetweenCommas.exec(ctx.text.slice(start, start + 80));
  if (found === null) return null;
  const extent = nameExtent(ctx.text, start, found[0]);
  if (extent === null || extent[1] !== start + found[0].length) return null;
  const words = found[0].split(/\s+/);
  if (words.length < 2 || words.some((word) => isOrdinaryWord(ctx.text, word))) return null;
  return personSpan(ctx, extent[0], extent[1], 'apposition');
}

const verbs = speechVerbs.join('|');
const speakerBefore = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])(${nameWord})[ \\t]+$`, 'u');

/**
 * A lone capitalised word followed by a verb of speech: "Voronkov said" marks a surname. Found from the
 * verb, then the word before it is read.
 *
 * @example
 * // "To deal with the issue, Voronkov said" → person "Voronkov"
 */
export const speakingPersonParser: Parser<Mention> = {
  name: 'speaking-person',
  pattern: compiledOnce(() => new RegExp(`\\b(?:${verbs})\\b`, 'g')),
  extract(ctx, match) {
    if (!/[\p{L}\p{M}][ \t]$/u.test(ctx.text.slice(match.index - 2, match.index))) return null;
    const windowStart = Math.max(0, match.index - 40);
    const found = speakerBefore.exec(ctx.text.slice(windowStart, match.index));
    const word = found?.[1];
    if (found === null || word === undefined) return null;
    const start = windowStart + found.index;
    if (!isNameWord(ctx.text, start, word)) return null;
    if (isSentenceStart(ctx.text, start) || isOrdinaryWord(ctx.text, word)) return null;
    // "a witness in Douma said": the word names where the speaker is, not who.
    if (afterPreposition.test(ctx.text.slice(Math.max(0, start - 12), start))) return null;
    return personSpan(ctx, start, start + word.length, 'speech');
  },
};

const afterPreposition = /(?:^|[^\p{L}])(?:in|of|at|from|to|into|near|across|around|outside|inside)[ \t]+$/u;

/**
 * A word at the start of a sentence or line: capitalised for grammar, not because it is a name. A quote
 * closed after a comma ("…," Rice said) continues the sentence.
 */
function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  if (/[,?!][”"][ \t]*$/.test(before)) return false;
  return /(?:^|[.!?:"“\n])[ \t]*$/.test(before);
}
