import { fullWeekdayNames } from '../../dates/vocabulary.js';
import { compiledOnce, spanAt } from '../../run.js';
import type { ExtractionContext, Parser, Span } from '../../types.js';
import { wordsByFirstLetter } from '../compiled.js';
import { languageNames, notNameWords, organizationHeads } from '../data/words.js';
import { longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isOrdinaryWord } from '../text-words.js';
import { startingAtWords } from '../word-starts.js';

/** A capitalised place word, "al-" or "el-" allowed ("al-Tal"); never an all-capital acronym. */
const placeWord = String.raw`(?:(?:al|el)-)?\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*`;
const placeName = String.raw`${placeWord}(?:[ \t]+${placeWord}){0,2}`;

/** Lower-case nouns that introduce a place's name: "the city of Daraa", "the Damascus suburb of Douma". */
const placeNouns: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'suburb',
  'province',
  'region',
  'district',
  'governorate',
  'municipality',
  'neighbourhood',
  'neighborhood',
  'capital',
  'port',
  'island',
  'state',
]);

/** The lower-case ASCII word ending at `end` (empty when the word has other letters). */
function lowerWordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && start > end - 16) {
    const code = text.charCodeAt(start - 1);
    if (code < 97 || code > 122) break;
    start--;
  }
  const before = text.charCodeAt(start - 1);
  if (start > 0 && (before === 45 || before === 39 || before === 0x2019 || /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')))
    return '';
  return text.slice(start, end);
}

/** Whether a candidate place name is made of name words (no ordinary word the text writes in lower case, no org noun). */
function isPlaceLike(text: string, name: string): boolean {
  return name
    .split(/[ \t]+/)
    .every((word) => !notNameWords.has(word) && !organizationHeads.has(word) && !isOrdinaryWord(text, word));
}

function placeSpan(ctx: ExtractionContext, start: number, end: number): Span<Mention> | null {
  const known = longestKnownName(ctx.text, start);
  // A known organization starting here ("the capital of the African Union…") is not a place.
  if (known !== null && known.entity.type !== 'place') return null;
  const mention: Mention =
    known !== null && known.end === end
      ? { type: 'place', source: 'pattern', name: ctx.text.slice(start, end), known: known.entity.canonical }
      : { type: 'place', source: 'pattern', name: ctx.text.slice(start, end) };
  return spanAt(ctx, start, end, mention);
}

/**
 * A name after "the city/town/village/province… of": the noun says it is a place, even one no gazetteer
 * knows.
 *
 * Tried only where "of" starts a word (see word-starts.ts), one character on: the pattern opens with a space or tab before it.
 *
 * @example
 * // "troops entered the city of Daraa" → place "Daraa"
 */
export const placeAfterNounParser: Parser<Mention> = startingAtWords(['of ', 'of\t'], 1, {
  name: 'place-after-noun',
  // The cue alone, from a word boundary: a look-behind would be tried at every position of the text.
  // " of " before a capital is cheap to scan for; the noun before it is then read backwards. An
  // alternation of the nouns, tried at every position of the text, cost several times more.
  pattern: compiledOnce(() => /[ \t]of[ \t]+(?=[A-Zae\u00c0-\u024f])/g),
  extract(ctx, match) {
    if (!placeNouns.has(lowerWordBefore(ctx.text, match.index))) return null;
    const start = match.index + match[0].length;
    const found = stickyAt(nameAfterCue(), ctx.text, start);
    if (found === null || !isPlaceLike(ctx.text, found)) return null;
    return placeSpan(ctx, start, start + found.length);
  },
});

const nameAfterCue = compiledOnce(() => new RegExp(`${placeName}(?![\\p{L}\\p{M}'’-])`, 'uy'));

/** The text a sticky pattern matches at `index`, or null. */
function stickyAt(pattern: RegExp, text: string, index: number): string | null {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0] ?? null;
}

/** Administrative units written after a place's name: "Kayes Region", "Idlib Governorate". */
const unitNouns = ['Region', 'Province', 'Governorate', 'District', 'Prefecture', 'Oblast', 'Municipality'];
const nameBeforeUnit = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’.-])${placeWord}(?:[ \\t]+${placeWord})?[ \\t]+$`, 'u');

/**
 * One or two name words before "Region", "Province", "Governorate", "District": the whole is a place.
 * Found from the unit noun, then the name is read backwards.
 *
 * Tried only where the words start (see word-starts.ts): the pattern looks for a space or tab before them.
 *
 * @example
 * // "JNIM advanced in the Kayes Region" → place "Kayes Region"
 */
export const placeBeforeUnitParser: Parser<Mention> = startingAtWords(unitNouns, 0, {
  name: 'place-before-unit',
  // After a space or tab, the nouns by first letter: cheaper to scan for than from a word boundary.
  pattern: compiledOnce(
    () => new RegExp(`${wordsByFirstLetter(unitNouns, '[ \\t]')}(?![A-Za-z\\u00c0-\\u024f'’-])`, 'g'),
  ),
  extract(ctx, match) {
    const unitStart = match.index;
    const windowStart = Math.max(0, unitStart - 40);
    const found = nameBeforeUnit.exec(ctx.text.slice(windowStart, unitStart));
    if (found === null) return null;
    let start = windowStart + found.index;
    let name = found[0].trim();
    // "In Dorval Province": the opener is read as the first of the two name words.
    const opener = /^(\p{Lu}\p{Ll}+)[ \t]+/u.exec(name);
    if (opener?.[1] !== undefined && sentenceOpeners.has(opener[1])) {
      start += opener[0].length;
      name = name.slice(opener[0].length);
    }
    if (!isPlaceLike(ctx.text, name) || startsSentence(ctx.text, start)) return null;
    // "Islamic State West Africa Province": a capitalised word before makes it part of a longer name.
    const wordBefore = /(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, start - 30), start))?.[1];
    if (wordBefore !== undefined && !sentenceOpeners.has(wordBefore)) return null;
    return placeSpan(ctx, start, match.index + match[0].length);
  },
});

/** Capitalised only because they open a sentence: "In Cabo Delgado Province". */
const sentenceOpeners: ReadonlySet<string> = new Set([
  'In',
  'The',
  'At',
  'From',
  'To',
  'Of',
  'And',
  'Across',
  'Throughout',
  'Within',
  'Near',
  'On',
  'For',
  'By',
  'Outside',
  'Inside',
]);

/** A word at the start of a sentence or line is capitalised for grammar. */
const startsSentence = (text: string, index: number): boolean =>
  /(?:^|[.!?:"“\n])[ \t]*$/.test(text.slice(Math.max(0, index - 4), index));

const listMember = String.raw`${placeWord}(?:[ \t]+${placeWord})?`;
const placeListAt = compiledOnce(
  () =>
    new RegExp(
      `${listMember}(?:,[ \\t]+${listMember}){1,8},?[ \\t]+and[ \\t]+${listMember}(?![\\p{L}\\p{M}'’-])`,
      'uy',
    ),
);
const listMemberPattern = compiledOnce(() => new RegExp(listMember, 'gu'));
const directions: ReadonlySet<string> = new Set([
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Upper',
  'Lower',
  'Greater',
]);
/** Capitalised words that make lists after "in" but are not places: months, days, languages. */
const notPlaces = new Set([...languageNames, ...fullWeekdayNames]);

/**
 * "in Banyas, al-Tal, Amuoda and Zabwani": three or more bare names listed after "in" are places when one
 * of them is a known place, or when none of them is anything else (an ordinary word, a month, day or
 * language, a known organization).
 *
 * Tried only where "in" starts a word (see word-starts.ts): the pattern opens with a word boundary before it.
 *
 * @example
 * // "protests in Homs, Talbiseh and Rastan" → places "Homs", "Talbiseh", "Rastan"
 */
export const placeListParser: Parser<Mention> = startingAtWords(['in ', 'in\t'], 0, {
  name: 'place-list',
  pattern: compiledOnce(() => /\bin[ \t]+(?=[A-Zae\u00c0-\u024f])/g),
  extract: placesListedAfter,
});

/** The places of a list that starts where a match of a preposition ends (see placeListParser). */
export function placesListedAfter(ctx: ExtractionContext, match: RegExpExecArray): Span<Mention>[] | null {
  const listStart = match.index + match[0].length;
  const list = stickyAt(placeListAt(), ctx.text, listStart);
  if (list === null) return null;
  const members: [number, number][] = [];
  for (const member of list.matchAll(listMemberPattern()))
    members.push([listStart + member.index, listStart + member.index + member[0].length]);
  let knownPlace = false;
  // "North and West Kordofan": a lone direction shares the noun of the next member, it names nothing alone.
  const named = members.filter(([start, end]) => !directions.has(ctx.text.slice(start, end)));
  for (const [start, end] of named) {
    const name = ctx.text.slice(start, end);
    const known = longestKnownName(ctx.text, start);
    if (known !== null && known.end === end) {
      if (known.entity.type !== 'place') return null;
      knownPlace = true;
      continue;
    }
    if (!isPlaceLike(ctx.text, name) || name.split(/[ \t]+/).some((word) => notPlaces.has(word))) return null;
  }
  if (!knownPlace && named.length < 3) return null;
  return named.map(([start, end]) => placeSpan(ctx, start, end)).filter((span) => span !== null);
}
