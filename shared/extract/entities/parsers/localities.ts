import { compiledOnce, spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { countries } from '../data/countries.js';
import { languageNames, notNameWords, organizationHeads } from '../data/words.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';
import { placesListedAfter } from './place-cues.js';

/**
 * Places no gazetteer knows, told by their context: a place noun written after them ("the Artibonite
 * region", "the Solino and Nazon neighbourhoods"), a compass word before a known region ("North
 * Darfur"), or the preposition "in" before them when what follows ends the name ("clashes in Nyala,").
 */

/** A capitalised place word ("Croix-des-Bouquets", "Cité"); never an all-capital acronym. */
const placeWord = String.raw`(?:(?:al|el|Al|El)-)?\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*`;
/** One to three place words, then maybe a locality number ("Delmas 32"). */
const locality = String.raw`${placeWord}(?:[ \t]+${placeWord}){0,2}(?:[ \t]+\d{1,3}(?![\d.,/]\d))?`;

/** Lower-case nouns written after a place's name: "the Malpasse area", "the Delmas 32 and Solino neighbourhoods". */
const placeNounsAfter = [
  'region',
  'area',
  'district',
  'neighbourhood',
  'neighborhood',
  'commune',
  'municipality',
  'province',
  'governorate',
  'county',
  'locality',
  'valley',
  'town',
  'village',
];

/** Country names: a compass word before one is a part of it, not a region of its own ("southern Syria"). */
const countryNames: ReadonlySet<string> = new Set(countries.map(([common]) => common));

/** Adjectives of nationality or faith end so; a name ending so before "region" is an adjective ("the Arab region"). */
const adjectiveEnding = /(?:an|ese|ish|ic)$/;
const adjectives: ReadonlySet<string> = new Set([
  'Arab',
  'Muslim',
  'Christian',
  'Jewish',
  'Kurd',
  'Druze',
  'Sunni',
  'Shia',
  'Shiite',
  'Iraqi',
  'Israeli',
  'Pakistani',
  'Yemeni',
  'Saudi',
  'Kuwaiti',
  'Qatari',
  'Omani',
  'Emirati',
  'Bangladeshi',
  'Nepali',
  'Azerbaijani',
  'Bahraini',
  'Somali',
  'Kashmiri',
]);

/** Capitalised words after "in" that name no place: parts of documents and languages. */
const notPlaceWords: ReadonlySet<string> = new Set([
  'Annex',
  'Appendix',
  'Chapter',
  'Section',
  'Part',
  'Table',
  'Figure',
  'Box',
  'Article',
  'Paragraph',
  'Volume',
  'Addendum',
  ...languageNames,
  'Parliament',
  'Congress',
  'Government',
  'Court',
  'Christ',
  'God',
  'Islam',
  'Convention',
  'Covenant',
  'Agreement',
  'Declaration',
  'Protocol',
  'Treaty',
  'Charter',
  'Resolution',
  'Strategy',
  'Programme',
  'Plan',
  'Report',
]);

/** Whether each word of a candidate could name a place: no ordinary, function or organization word. */
function isPlaceName(text: string, name: string): boolean {
  for (const word of name.split(/[ \t]+/)) {
    if (/^\d/.test(word)) continue;
    if (notNameWords.has(word) || organizationHeads.has(word) || notPlaceWords.has(word)) return false;
    if (adjectives.has(word) || isOrdinaryWord(text, word)) return false;
  }
  return true;
}

/** A place mention for text[start, end): known when a gazetteer place spans it; null when an organization starts there. */
function localitySpan(ctx: ExtractionContext, start: number, end: number): Span<Mention> | null {
  const known = longestKnownName(ctx.text, start);
  if (known !== null && known.entity.type !== 'place') return null;
  const name = ctx.text.slice(start, end);
  const mention: Mention =
    known !== null && known.end === end
      ? { type: 'place', source: 'pattern', name, known: known.entity.canonical }
      : { type: 'place', source: 'pattern', name };
  return spanAt(ctx, start, end, mention);
}

const listBeforeNoun = compiledOnce(
  () =>
    new RegExp(
      `(?:^|[ \\t(])[Tt]he[ \\t]+(${locality}(?:,[ \\t]+${locality})*(?:,?[ \\t]+and[ \\t]+${locality})?)[ \\t]+$`,
      'du',
    ),
);
const listMembers = compiledOnce(() => new RegExp(locality, 'gu'));

/**
 * "the <Name> region/area/district/neighbourhood(s)": the lower-case noun says the names before it are
 * places, even ones no gazetteer knows; a plural noun takes a list ("the Solino, Nazon and Delmas 32
 * neighbourhoods"). Found from the noun, the names read backwards in a short window.
 *
 * Tried only where the words start (see word-starts.ts), one character on: the pattern opens with a space or tab before them.
 *
 * @example
 * // "attacks in the Artibonite region" → place "Artibonite"
 */
export const placeBeforeNounParser: Parser<Mention> = startingAtWords(placeNounsAfter, 1, {
  name: 'place-before-noun',
  pattern: compiledOnce(
    () => new RegExp(`[ \\t](?:${placeNounsAfter.join('|')})s?(?![A-Za-z\\u00c0-\\u024f'’-])`, 'g'),
  ),
  extract(ctx, match) {
    // Most nouns follow a lower-case word ("the region"): only a capital or a number before one is read on.
    const wordBefore = ctx.text.charAt(ctx.text.lastIndexOf(' ', match.index - 1) + 1);
    if (!/[\p{Lu}\d]/u.test(wordBefore)) return null;
    const windowStart = Math.max(0, match.index - 160);
    const found = listBeforeNoun().exec(ctx.text.slice(windowStart, match.index + 1));
    const list = found?.[1];
    const listAt = found?.indices?.[1]?.[0];
    if (list === undefined || listAt === undefined) return null;
    const listStart = windowStart + listAt;
    const spans: Span<Mention>[] = [];
    for (const member of list.matchAll(listMembers())) {
      const name = member[0];
      const start = listStart + member.index;
      if (!isPlaceName(ctx.text, name)) return null;
      const last = name.split(/[ \t]+/).pop() ?? '';
      // One name alone must not read as an adjective; a list of several is a list of places.
      const lone = !/[,]|[ \t]and[ \t]/.test(list);
      if (lone && !/\d/.test(name) && adjectiveEnding.test(last) && longestKnownName(ctx.text, start) === null)
        return null;
      const span = localitySpan(ctx, start, start + name.length);
      if (span === null) return null;
      spans.push(span);
    }
    return spans.length > 0 ? spans : null;
  },
});

/** Compass words of administrative names; "Western Sahel" and the like describe a part of a region, they name none. */
const compassWords = ['North', 'South', 'East', 'West', 'Central'];

/**
 * A compass word before a known region or city that is not a country: "North Darfur", "West Darfur".
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "attacks in South Darfur" → place "South Darfur"
 */
export const compassPlaceParser: Parser<Mention> = startingAtWords(compassWords, 0, {
  name: 'compass-place',
  pattern: compiledOnce(() => new RegExp(`\\b(?:${compassWords.join('|')})[ \\t]+(?=[A-Z\\u00c0-\\u00de])`, 'g')),
  extract(ctx, match) {
    const start = match.index + match[0].length;
    const known = longestKnownName(ctx.text, start);
    if (known === null || known.entity.type !== 'place' || countryNames.has(known.entity.canonical)) return null;
    // Already a known name with the compass word ("West Africa"): the gazetteer has it.
    if (longestKnownName(ctx.text, match.index) !== null) return null;
    const name = ctx.text.slice(match.index, known.end);
    return spanAt(ctx, match.index, known.end, { type: 'place', source: 'pattern', name });
  },
});

/**
 * Lower-case words that may follow a place's name after "in": the name ends there. Not "and": two unknown
 * names joined by it ("in Kestrel and Marlow") may as well be people or firms.
 */
const wordsAfterPlace: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'for',
  'with',
  'by',
  'near',
  'where',
  'which',
  'since',
  'during',
  'after',
  'before',
  'between',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'as',
]);

const nameAfterIn = compiledOnce(() => new RegExp(`(?:the[ \\t]+)?(${placeWord}(?:[ \\t]+${placeWord}){0,2})`, 'uy'));

/**
 * A name after the preposition "in", when what follows ends it (a comma, a full stop, "and", "where"…):
 * "killings in Nyala, South Darfur", "in Cité Soleil." A name followed by an ordinary lower-case word is
 * an adjective ("in Syrian territory") and is left alone, as are months, languages, document parts,
 * organizations and words the text also writes in lower case.
 *
 * Tried only where "in" starts a word (see word-starts.ts), one character on: the pattern opens with a space, tab, bracket or line end before it.
 *
 * @example
 * // "clashes broke out in Zalingei and nearby villages" → place "Zalingei"
 */
export const placeAfterInParser: Parser<Mention> = startingAtWords(['in ', 'in\t'], 1, {
  name: 'place-after-in',
  // After a space or bracket, and only before a capital (maybe after "the"): cheaper than a word boundary.
  pattern: compiledOnce(() => /[ \t(\n]in[ \t]+(?=[A-Z\u00c0-\u00de]|the[ \t]+[A-Z\u00c0-\u00de])/g),
  extract(ctx, match) {
    const pattern = nameAfterIn();
    pattern.lastIndex = match.index + match[0].length;
    const found = pattern.exec(ctx.text);
    const name = found?.[1];
    if (found === null || name === undefined) return null;
    const end = found.index + found[0].length;
    const start = end - name.length;
    // A known name is the gazetteer's: checked first, as the word tests below search the whole text.
    if (longestKnownName(ctx.text, start) !== null || !endsName(ctx.text, end)) return null;
    const last = name.split(/[ \t]+/).pop() ?? '';
    if (adjectiveEnding.test(last) && !/[ \t]/.test(name)) return null;
    if (!isPlaceName(ctx.text, name)) return null;
    return localitySpan(ctx, start, end);
  },
});

/** Whether the name ending at `end` ends there: punctuation, a line end, or a word in wordsAfterPlace. */
function endsName(text: string, end: number): boolean {
  const next = text.charAt(end);
  if (next === '' || next === '\n' || next === '\r' || /[,.;:)]/.test(next)) return true;
  if (next !== ' ' && next !== '\t') return false;
  const word = /^[ \t]+([a-z]+)(?![\p{L}\p{N}'’-])/u.exec(text.slice(end, end + 16))?.[1];
  return word !== undefined && wordsAfterPlace.has(word);
}

/**
 * The place lists of the place-list parser ("in Homs, Talbiseh and Rastan") after "around", "across" and "near"
 * too: "attacks in and around Hama, Kalbin and Tarsa".
 *
 * Tried only where the words start (see word-starts.ts): the pattern opens with a word boundary before them.
 *
 * @example
 * // "fighting around Port-au-Prince, Varel and Ostin" → places "Port-au-Prince", "Varel", "Ostin"
 */
export const placeListAfterPrepositionParser: Parser<Mention> = startingAtWords(['around', 'across', 'near'], 0, {
  name: 'place-list-after-preposition',
  pattern: compiledOnce(() => /\b(?:around|across|near)[ \t]+(?=[A-Zae\u00c0-\u024f])/g),
  extract: placesListedAfter,
});
