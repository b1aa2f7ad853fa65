import { isSpaceOrTabCode, isWhitespaceCode } from '../../char-codes.js';
import { compiledOnce, spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { CharacterClass, isClassAt } from '../characters.js';
import { commasBeforeSpace } from '../commas.js';
import { personTitles, roleWords, speechVerbs } from '../data/words.js';
import type { Mention, MentionSource } from '../mention.js';
import { isNameWord, nameExtent, nameParticle, nameWord, personName } from '../person-names.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';

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
export const titledPersonParser: Parser<Mention> = startingAtWords(
  // Each title's first word: the pattern is tried only where one starts a word, as the look-behind
  // before the title (no letter, mark, apostrophe or hyphen) allows only there.
  [...new Set(personTitles.map((title) => title.split(' ')[0] as string))],
  0,
  {
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
  },
);

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
  // The whole text at once, from the commas before a space (see commasBeforeSpace): one match object per
  // comma (most commas) cost more than the checks that reject it.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const comma of commasBeforeSpace(ctx.text)) {
      const span = appositiveAt(ctx, comma);
      if (span !== null) spans.push(span);
    }
    return spans;
  },
};

/** The person named before or after the comma at `comma` (a space or tab after it), if any. */
function appositiveAt(ctx: ExtractionContext, comma: number): Span<Mention> | null {
  // Checked here rather than by a lookbehind, which would be tried at every position of the text.
  const before = ctx.text.charCodeAt(comma - 1);
  if (!((before >= 97 && before <= 122) || (before >= 0xdf && before <= 0x24f))) return null;
  if (mayStartNameAt(ctx.text, comma + 2)) {
    const named = nameAfterRole(ctx, comma);
    if (named !== null) return named;
  }
  if (!mayEndName(ctx.text, comma) || !roleFollows(ctx.text, comma + 2)) return null;
  const windowStart = lastWordsStart(ctx.text, comma, 4, Math.max(0, comma - 120));
  const found = appositiveName.exec(ctx.text.slice(windowStart, comma));
  if (found === null) return null;
  const start = windowStart + found.index;
  const extent = nameExtent(ctx.text, start, found[0]);
  if (extent === null || extent[1] !== comma) return null;
  const name = ctx.text.slice(extent[0], extent[1]);
  if (!/\s/.test(name) || name.split(/\s+/).some((word) => isOrdinaryWord(ctx.text, word))) return null;
  return personSpan(ctx, extent[0], extent[1], 'apposition');
}

/**
 * Whether a name word (nameWord) may start at `index`: a capital, or the "a"/"e" of "al-"/"el-". Most
 * commas are followed by a lower-case word, and this spares reading the role before each of them.
 */
const mayStartNameAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code === 97 || code === 101 || isClassAt(text, index, CharacterClass.upper);
};

/**
 * Whether the text before a comma can end an appositive name: its last stretch between spaces or tabs
 * (within the name's 120-character window, after a space or tab) starts as a name word does. Checked
 * before the role after the comma, which costs more and is there after most commas.
 */
function mayEndName(text: string, comma: number): boolean {
  const limit = Math.max(0, comma - 120);
  let start = comma;
  while (start > limit && !isSpaceOrTabCode(text.charCodeAt(start - 1))) start--;
  if (start === limit) return false;
  const capital = text.startsWith('al-', start) || text.startsWith('el-', start) ? start + 3 : start;
  return isClassAt(text, capital, CharacterClass.upper);
}

/**
 * Where the last `count` stretches of text between spaces or tabs before `end` start (not before
 * `limit`). A name of up to four words before a comma lies inside them, and its regex, tried at every
 * position of the window, then has few positions to try. A stretch starts after a space or tab, which
 * the name's look-behind accepts, so the window gives the same name.
 */
function lastWordsStart(text: string, end: number, count: number, limit: number): number {
  let start = end;
  for (let stretch = 0; stretch < count && start > limit; stretch++) {
    while (start > limit && isSpaceOrTabCode(text.charCodeAt(start - 1))) start--;
    while (start > limit && !isSpaceOrTabCode(text.charCodeAt(start - 1))) start--;
  }
  return start;
}

/**
 * Where the word of letters and hyphens that ends at a comma starts, looking back at most 30 characters:
 * "President" in "the President, Bashar Al-Assad"; the comma itself when there is none. Read backwards
 * rather than by a regex over the 30 characters: this runs for every comma.
 */
function wordBeforeStart(text: string, comma: number): number {
  const limit = Math.max(0, comma - 30);
  let start = comma;
  while (start > limit && (text.charCodeAt(start - 1) === 45 || isClassAt(text, start - 1, CharacterClass.letter)))
    start--;
  while (start < comma && text.charCodeAt(start) === 45) start++;
  return start;
}

const longestRoleWord = Math.max(...[...roleWords].map((word) => word.length));

/** A hash of an ASCII word in lower case, in 12 bits; -1 when the word has other characters. */
function lowercaseAsciiHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return -1;
    hash = (Math.imul(hash, 31) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
  }
  return (hash ^ (hash >>> 12)) & 0xfff;
}

/**
 * Hashes of the role words: most words after a comma are none, and telling so from the text's code
 * units saved slicing and lower-casing each of them.
 */
const roleWordHashes = new Uint8Array(0x1000);
for (const word of roleWords) {
  const hash = lowercaseAsciiHash(word, 0, word.length);
  if (hash >= 0) roleWordHashes[hash] = 1;
}

/** Whether text[start, end), in lower case, is a role word. */
function isRoleWordAt(text: string, start: number, end: number): boolean {
  if (end - start > longestRoleWord) return false;
  const hash = lowercaseAsciiHash(text, start, end);
  if (hash >= 0 && roleWordHashes[hash] !== 1) return false;
  return roleWords.has(text.slice(start, end).toLowerCase());
}

/** Spaces (as `\s` has them) and commas separate the words of a role. */
const isRoleSeparator = (code: number): boolean => code === 44 || isWhitespaceCode(code);
/** A role ends at the end of its clause: . ; : or a line break. */
const endsRole = (code: number): boolean => code === 46 || code === 59 || code === 58 || code === 10;

/**
 * Whether one of the first six words after a comma (within 80 characters, up to the end of the clause) is
 * a role word: "Michele Coninsx, UN executive director". Read word by word: this runs for most commas.
 */
function roleFollows(text: string, from: number): boolean {
  let end = from;
  const limit = Math.min(text.length, from + 80);
  while (end < limit && !endsRole(text.charCodeAt(end))) end++;
  // Words as `split(/[\s,]+/)` gives them: a separator at the start leaves an empty first word.
  let start = from;
  for (let words = 0; words < 6; words++) {
    let wordEnd = start;
    while (wordEnd < end && !isRoleSeparator(text.charCodeAt(wordEnd))) wordEnd++;
    if (isRoleWordAt(text, start, wordEnd)) return true;
    if (wordEnd >= end) return false;
    start = wordEnd;
    while (start < end && isRoleSeparator(text.charCodeAt(start))) start++;
  }
  return false;
}
const nameBetweenCommas = new RegExp(
  `^${nameWord}(?:[ \\t]+(?:${nameParticle}[ \\t]+)?${nameWord}){1,3}(?=,|[ \\t]+(?:${speechVerbs.join('|')})\\b)`,
  'u',
);

/**
 * A name set off by commas after its role: "the President, Bashar Al-Assad, said", "its director, Philippe
 * Bolopion, called". The role word comes first, so the name needs two or more name words of its own.
 */
function nameAfterRole(ctx: ExtractionContext, comma: number): Span<Mention> | null {
  const roleStart = wordBeforeStart(ctx.text, comma);
  if (roleStart === comma || !isRoleWordAt(ctx.text, roleStart, comma)) return null;
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
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "To deal with the issue, Voronkov said" → person "Voronkov"
 */
export const speakingPersonParser: Parser<Mention> = startingAtWords(speechVerbs, 0, {
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
});

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
