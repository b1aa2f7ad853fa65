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
  pattern: compiledOnce(() => /(?<=[a-z\u00DF-\u024F]),[ \t]/gu),
  extract(ctx, match) {
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
  pattern: compiledOnce(() => new RegExp(`(?<=[\\p{L}\\p{M}][ \\t])(?:${verbs})\\b`, 'gu')),
  extract(ctx, match) {
    const windowStart = Math.max(0, match.index - 40);
    const found = speakerBefore.exec(ctx.text.slice(windowStart, match.index));
    const word = found?.[1];
    if (found === null || word === undefined) return null;
    const start = windowStart + found.index;
    if (!isNameWord(ctx.text, start, word)) return null;
    if (isSentenceStart(ctx.text, start) || isOrdinaryWord(ctx.text, word)) return null;
    return personSpan(ctx, start, start + word.length, 'speech');
  },
};

/** A word at the start of a sentence or line: capitalised for grammar, not because it is a name. */
function isSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:"“\n])[ \t]*$/.test(text.slice(Math.max(0, index - 4), index));
}
