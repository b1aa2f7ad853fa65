import { spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { personTitles, roleWords, speechVerbs } from '../data/words.js';
import type { Mention, MentionSource } from '../mention.js';
import { isNameWord, nameExtent, nameWord, personName } from '../person-names.js';
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
  pattern: () =>
    new RegExp(`(?<![\\p{L}\\p{M}'’-])(?:${titleAlternatives})(?:[ \\t]+${honorific})*[ \\t]+(${personName})`, 'gu'),
  extract(ctx, match) {
    const candidate = match[1];
    if (candidate === undefined) return null;
    const start = match.index + match[0].length - candidate.length;
    const extent = nameExtent(ctx.text, start, candidate);
    return extent === null ? null : personSpan(ctx, extent[0], extent[1], 'title');
  },
};

/**
 * Two to four name words followed by a comma and a role: "Michele Coninsx, UN executive director",
 * "Mohammed Hussein Bahr Aluloom, Permanent Representative of Iraq".
 *
 * @example
 * // "Sonia Khush, Syria Director, Save the Children" → person "Sonia Khush"
 */
export const appositivePersonParser: Parser<Mention> = {
  name: 'appositive-person',
  pattern: () => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])${nameWord}(?:[ \\t]+${nameWord}){1,3}(?=,[ \\t])`, 'gu'),
  extract(ctx, match) {
    const after = ctx.text.slice(match.index + match[0].length + 1, match.index + match[0].length + 80);
    const role = after.split(/[.;:\n]/)[0] ?? '';
    const roleWordsSeen = role
      .toLowerCase()
      .split(/[\s,]+/)
      .slice(0, 6);
    if (!roleWordsSeen.some((word) => roleWords.has(word))) return null;
    const extent = nameExtent(ctx.text, match.index, match[0]);
    if (extent === null || extent[1] !== match.index + match[0].length) return null;
    const name = ctx.text.slice(extent[0], extent[1]);
    if (!/\s/.test(name) || name.split(/\s+/).some((word) => isOrdinaryWord(ctx.text, word))) return null;
    return personSpan(ctx, extent[0], extent[1], 'apposition');
  },
};

const verbs = speechVerbs.join('|');

/**
 * A lone capitalised word followed by a verb of speech: "Voronkov said" marks a surname.
 *
 * @example
 * // "To deal with the issue, Voronkov said" → person "Voronkov"
 */
export const speakingPersonParser: Parser<Mention> = {
  name: 'speaking-person',
  pattern: () => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])(${nameWord})[ \\t]+(?:${verbs})\\b`, 'gu'),
  extract(ctx, match) {
    const word = match[1];
    if (word === undefined || !isNameWord(ctx.text, match.index, word)) return null;
    if (isSentenceStart(ctx.text, match.index) || isOrdinaryWord(ctx.text, word)) return null;
    return personSpan(ctx, match.index, match.index + word.length, 'speech');
  },
};

/** A word at the start of a sentence or line: capitalised for grammar, not because it is a name. */
function isSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:"“\n])[ \t]*$/.test(text.slice(Math.max(0, index - 4), index));
}
