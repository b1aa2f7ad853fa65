import { monthNames } from '../../dates/vocabulary.js';
import { spanAt } from '../../run.js';
import type { Parser, Span } from '../../types.js';
import { capitalisedRuns, runConnectors, type Word } from '../capitalised-runs.js';
import { nonEntityHeads, organizationHeads } from '../data/words.js';
import { knownOrganization, longestKnownName } from '../gazetteer.js';
import type { Mention } from '../mention.js';
import { isOrdinaryWord } from '../text-words.js';

/** Lower-case words that may sit inside a name ("Office of the High Commissioner for Human Rights"). */
const connectors: ReadonlySet<string> = new Set(runConnectors);

/** Connectors that may start the complement of a head ("Office of …"); "and", "against" join inside a name. */
const complementConnectors = new Set(['of', 'for', 'on', 'the', 'in', 'to', 'de', 'du', 'des', 'la', 'le']);
/** Role nouns: a name running into one is a person's title ("… UNODC Regional Representative"). */
const roleNouns = new Set([
  'Representative',
  'Director',
  'Adviser',
  'Advisor',
  'Coordinator',
  'Officer',
  'Expert',
  'Envoy',
  'Rapporteur',
  'Head',
  'Chief',
  'Spokesperson',
  'Chair',
  'Chairperson',
  'President',
  'Minister',
  'Ambassador',
  'Secretary-General',
  'Under-Secretary-General',
  'Commissioner',
]);
const roleAdjectives = new Set([
  'Regional',
  'Deputy',
  'Special',
  'Senior',
  'Executive',
  'Permanent',
  'Assistant',
  'Chief',
  'Country',
  'Resident',
]);
const months = new Set(monthNames.map(([name]) => name));

/** Words after a name that belong to something else: a person's post ("White House Official"), a masthead ("Distr."). */
const stopWords = new Set(['Official', 'Officials', 'Aide', 'Aides', 'Staff', 'Distr', 'Original', 'Agenda', 'Item']);

/** Words that open a sentence or clause but never a name. */
const leadingNoise = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'For',
  'To',
  'Of',
  'And',
  'As',
  'By',
  'With',
  'From',
  'Through',
  'Under',
  'During',
  'While',
  'When',
  'Since',
  'After',
  'Before',
  'Its',
  'Their',
  'His',
  'Her',
  'Our',
  'This',
  'That',
  'These',
  'Those',
  'Both',
  'Each',
  'All',
  'Other',
  'Several',
  'Many',
  'Senior',
]);

/**
 * Capitalised phrases headed by an organization noun: "United Nations Counter-Terrorism Centre",
 * "Office of the High Commissioner for Human Rights", "Bulan Institute for Peace Innovations".
 *
 * @example
 * // "Representatives of the Council of Europe met" → organization "Council of Europe"
 */
export const organizationPatternParser: Parser<Mention> = {
  name: 'organization-pattern',
  // The whole text at once: the runs of capitalised words are read once per text by capitalisedRuns, since
  // one regex match per run cost more than the parsing.
  scan(ctx) {
    const spans: Span<Mention>[] = [];
    for (const run of capitalisedRuns(ctx.text)) {
      if (!hasHeadNoun(ctx.text, run)) continue;
      for (const segment of splitWords(ctx.text, run).flatMap((words) => splitAtConjunctions(ctx.text, words))) {
        const found = organizationPhrase(segment);
        if (found === null) continue;
        if (isShortFormWithCategory(ctx.text, found)) continue;
        const phrase = withoutTrailingOpener(
          ctx.text,
          withoutSentenceOpener(ctx.text, withoutPlaceAfterKnownName(ctx.text, found)),
        );
        const first = phrase[0];
        const last = phrase[phrase.length - 1];
        if (first === undefined || last === undefined) continue;
        const text = ctx.text.slice(first.start, last.end);
        spans.push(spanAt(ctx, first.start, last.end, { type: 'organization', source: 'pattern', name: text }));
      }
    }
    return spans;
  },
};

/**
 * The words of a run, cut after each possessive, which ends a name ("Libyan Investment Authority’s (LIA)",
 * "Security Council's 1540 Committee"): the owner loses its "'s" and the next name starts after it.
 */
function splitWords(text: string, run: readonly Word[]): (readonly Word[])[] {
  // Most runs hold no possessive: the run itself, not a copy, read from the code units before any word's text.
  if (!run.some((word) => isPossessiveAt(text, word))) return [run];
  const runs: Word[][] = [];
  let words: Word[] = [];
  for (const word of run) {
    // "Office of the Secretary-General's Special Adviser …": an owner after "of the" sits inside the name.
    const insideComplement =
      words[words.length - 1]?.text === 'the' && /^(?:of|for)$/.test(words[words.length - 2]?.text ?? '');
    if (isPossessive(word.text) && !insideComplement) {
      words.push({ text: word.text.slice(0, -2), start: word.start, end: word.end - 2 });
      runs.push(words);
      words = [];
    } else {
      words.push(word);
    }
  }
  runs.push(words);
  return runs.filter((run) => run.length > 0);
}

const isPossessive = (word: string): boolean => word.endsWith("'s") || word.endsWith('’s');

/** isPossessive(word.text) for a word of `text`, read from its code units. */
function isPossessiveAt(text: string, word: Word): boolean {
  if (word.end - word.start < 2 || text.charCodeAt(word.end - 1) !== 115) return false;
  const apostrophe = text.charCodeAt(word.end - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

/** Whether some word of a run may be a head noun (see mayBeHead). */
function hasHeadNoun(text: string, run: readonly Word[]): boolean {
  for (let w = 0; w < run.length; w++) if (mayBeHead(text, run[w] as Word)) return true;
  return false;
}

/**
 * Only a run with a head noun (maybe possessive) can hold an organization name: the rest is skipped.
 * Most words are told apart from every head by their first code unit and length, without reading their text.
 */
function mayBeHead(text: string, word: Word): boolean {
  const first = text.charCodeAt(word.start);
  const length = word.end - word.start;
  if (!mayBeHeadOf(first, length) && !(length > 2 && mayBeHeadOf(first, length - 2))) return false;
  return organizationHeads.has(word.text) || (isPossessive(word.text) && organizationHeads.has(word.text.slice(0, -2)));
}

/** Per first code unit (below 128) and length (below 32) of a head noun, a bit: some head has them. */
const headShapes = new Uint32Array(128);
for (const head of organizationHeads) {
  const first = head.charCodeAt(0);
  // A head outside the table's reach would be missed: none is, and this keeps it so.
  if (first >= 128 || head.length >= 32) throw new Error(`head noun outside the shape table: ${head}`);
  headShapes[first] = (headShapes[first] as number) | (1 << head.length);
}

const mayBeHeadOf = (first: number, length: number): boolean =>
  first < 128 && length < 32 && ((headShapes[first] as number) & (1 << length)) !== 0;

const isHead = (word: Word | undefined): boolean => word !== undefined && organizationHeads.has(word.text);
const isAcronym = (word: Word | undefined): boolean => word !== undefined && /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(word.text);
/** "Council's" in "Security Council's 1540 Committee": the possessor ends one name, the next starts after it. */
const isPossessiveHead = (word: Word): boolean =>
  /['’]s$/.test(word.text) && organizationHeads.has(word.text.slice(0, -2));

/**
 * Splits "UNODC and the United Nations Development Programme" in two, but keeps "Organization for
 * Security and Co-operation in Europe" whole: split where "and" starts a part with its own head noun and
 * either "the" follows or the part before already ended on a head.
 */
function splitAtConjunctions(text: string, words: readonly Word[]): Word[][] {
  const segments: Word[][] = [];
  let current: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    if ((word.text === 'and' || (word.text === 'to' && words[i + 1]?.text === 'the')) && current.length > 0) {
      const rest = words.slice(i + 1);
      const restHasHead = rest.findIndex((w) => isHead(w));
      const nextConnectorFree =
        restHasHead >= 0 && !rest.slice(0, restHasHead).some((w) => w.text === 'of' || w.text === 'for');
      const startsWithThe = rest[0]?.text === 'the';
      const nextWord = startsWithThe ? rest[1] : rest[0];
      const nextIsAcronym =
        isAcronym(nextWord) || (startsWithThe && nextWord !== undefined && startsKnownName(text, nextWord));
      const previous = current[current.length - 1];
      if (
        nextIsAcronym ||
        endsOnKnownName(text, current) ||
        (nextWord !== undefined && isWholeKnownName(text, nextWord, words[words.length - 1] as Word)) ||
        (nextConnectorFree && (startsWithThe || isHead(previous) || (isAcronym(previous) && !current.some(isHead))))
      ) {
        segments.push(current);
        current = [];
        continue;
      }
    }
    current.push(word);
  }
  segments.push(current);
  return segments;
}

/** The organization name inside a segment, from the words that modify its first head noun. */
function organizationPhrase(segment: Word[]): Word[] | null {
  const head = segment.findIndex((word) => isHead(word));
  if (head < 0) return null;
  let start = 0;
  for (let i = head - 1; i >= 0; i--) {
    if (complementConnectors.has((segment[i] as Word).text) || isPossessiveHead(segment[i] as Word)) {
      start = i + 1;
      break;
    }
  }
  while (start < head && leadingNoise.has((segment[start] as Word).text)) start++;
  while (start < head && /^\d/.test((segment[start] as Word).text) && start + 1 !== head) start++;
  let end = segment.length;
  let seenIn = false;
  for (let i = head + 1; i < segment.length; i++) {
    const word = (segment[i] as Word).text;
    const next = segment[i + 1]?.text ?? '';
    const stopsHere =
      (word === 'Member' && /^States?$/.test(next)) ||
      stopWords.has(word.replace(/[.:,;]+$/, '')) ||
      ((roleNouns.has(word) || word === 'Representatives') && isTitleAfterName(segment, i)) ||
      (word === 'in' && (seenIn || months.has(next) || /^\d/.test(next)));
    if (stopsHere) {
      end = i;
      while (end > head + 1 && roleAdjectives.has((segment[end - 1] as Word).text)) end--;
      break;
    }
    if (word === 'in') seenIn = true;
  }
  while (end > head + 1 && connectors.has((segment[end - 1] as Word).text)) end--;
  const lastWord = (segment[end - 1] as Word).text;
  if (
    nonEntityHeads.has(lastWord) ||
    nonEntityHeads.has(lastWord.replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')))
  )
    return null;
  const phrase = segment.slice(start, end);
  if (
    phrase.length > 1 &&
    start === head &&
    !phrase.slice(1).some((word) => connectors.has(word.text) || isHead(word))
  ) {
    return null;
  }
  if (phrase.length === 1 && phrase[0] !== undefined && organizationHeads.has(phrase[0].text)) return null;
  return phrase;
}

const phraseText = (words: readonly Word[]): string => words.map((word) => word.text).join(' ');

/**
 * "United Nations Office on Drugs and Crime for Central Asia" names a known body plus where its office
 * works: keep the known body.
 */
function withoutPlaceAfterKnownName(text: string, phrase: Word[]): Word[] {
  for (let k = phrase.length - 2; k > 0; k--) {
    const word = phrase[k] as Word;
    if (word.text !== 'for' && word.text !== 'in' && word.text !== 'of') continue;
    const placeStart = phrase[k + 1]?.text === 'the' ? phrase[k + 2] : phrase[k + 1];
    const place = placeStart === undefined ? null : longestKnownName(text, placeStart.start);
    const last = phrase[phrase.length - 1] as Word;
    const before = phrase.slice(0, k);
    if (place !== null && place.entity.type === 'organization' && place.end === last.end && word.text !== 'in') {
      return knownOrganization(phraseText(before)) === undefined ? phrase : before;
    }
    if (place?.entity.type !== 'place' || place.end !== last.end) return phrase;
    const cut = word.text === 'in' || (word.text === 'for' && knownOrganization(phraseText(before)) !== undefined);
    return cut && before.some((w) => organizationHeads.has(w.text)) && before.length > 1 ? before : phrase;
  }
  return phrase;
}

/**
 * "Besides Security Council …": a sentence-opening ordinary word glued to a name the text also writes
 * without it.
 */
function withoutSentenceOpener(text: string, phrase: Word[]): Word[] {
  const first = phrase[0];
  if (first === undefined || phrase.length < 3 || organizationHeads.has(first.text)) return phrase;
  if (!/(?:^|[.!?:;"“\n])[ \t]*$/.test(text.slice(Math.max(0, first.start - 4), first.start))) return phrase;
  const before = text.slice(Math.max(0, first.start - 6), first.start);
  // "the U.S. National Security Council": the dot of an initialism does not end a sentence.
  if (/(?:^|[^\p{L}])(?:\p{Lu}\.){2,}[ \t]*$|(?:^|[ \t])\p{Lu}\.[ \t]*$/u.test(before)) return phrase;
  const rest = phrase.slice(1);
  const restStart = (rest[0] as Word).start;
  const restText = text.slice(restStart, (rest[rest.length - 1] as Word).end);
  if (!occursElsewhere(text, restText, restStart)) return phrase;
  const fullText = text.slice(first.start, (rest[rest.length - 1] as Word).end);
  return occursOnce(text, fullText) || isOrdinaryWord(text, first.text) ? rest : phrase;
}

// Forward searches only: lastIndexOf reads the text far more slowly than indexOf.
/** Whether `part` occurs in the text anywhere but at `at`. */
function occursElsewhere(text: string, part: string, at: number): boolean {
  return text.indexOf(part) !== at || text.indexOf(part, at + 1) >= 0;
}

/** Whether `part` occurs in the text at most once. */
function occursOnce(text: string, part: string): boolean {
  return text.indexOf(part, text.indexOf(part) + 1) < 0;
}

/**
 * A role noun right after a name is a person's title ("… Human Rights Regional Representative"); after
 * "of the" or a possessive it belongs to the name ("Office of the Special Representative …").
 */
function isTitleAfterName(segment: readonly Word[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && roleAdjectives.has((segment[before] as Word).text)) before--;
  const previous = segment[before];
  return previous !== undefined && !connectors.has(previous.text) && !/['’]s$/.test(previous.text);
}

/** Whether a known place or organization name starts at this word ("… and the Republic of Ireland"). */
function startsKnownName(text: string, word: Word): boolean {
  return longestKnownName(text, word.start) !== null;
}

/**
 * "Government of Libya and National Oil Corporation": the words before "and" (after the last "of",
 * "for", …) are a whole known place, so "and" joins two names rather than two words of one. A place
 * that runs over the "and" ("Bosnia and Herzegovina") does not end there and keeps the phrase whole; a
 * known body before "and" may share the head ("ISIL and Al-Qaida Sanctions Committee").
 */
function endsOnKnownName(text: string, current: readonly Word[]): boolean {
  let from = 0;
  for (let i = current.length - 1; i >= 0; i--) {
    if (complementConnectors.has((current[i] as Word).text)) {
      from = i + 1;
      break;
    }
  }
  const first = current[from];
  const last = current[current.length - 1];
  if (first === undefined || last === undefined || !/^\p{Lu}/u.test(first.text)) return false;
  const known = longestKnownName(text, first.start);
  return known?.end === last.end && known.entity.type === 'place';
}

/** "… Office in Haiti and United Nations": everything after "and" is one known name of its own. */
function isWholeKnownName(text: string, first: Word, last: Word): boolean {
  return /^\p{Lu}/u.test(first.text) && longestKnownName(text, first.start)?.end === last.end;
}

/** Nouns that only say what kind of body a short form already names ("NATO Alliance" is NATO). */
const categoryNouns = new Set(['Alliance', 'Organization', 'Organisation', 'Bloc']);

/** A known organization's short form followed only by a category noun: the short form alone is the name. */
function isShortFormWithCategory(text: string, phrase: readonly Word[]): boolean {
  const [short, noun] = phrase;
  if (phrase.length !== 2 || short === undefined || noun === undefined) return false;
  if (!isAcronym(short) || !categoryNouns.has(noun.text)) return false;
  const known = longestKnownName(text, short.start);
  return known !== null && known.end === short.end && known.entity.type === 'organization';
}

/** Articles and pronouns open the next sentence; they never end a name. */
const sentenceOpeners = new Set(['The', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our']);

/**
 * "… meeting of the Security Council⏎A spokesman said": a headline without a full stop runs into the
 * next sentence's article. "A" is an article when a line break precedes it or a common lower-case word
 * follows it; "Committee A of the Assembly" keeps it.
 */
function withoutTrailingOpener(text: string, phrase: Word[]): Word[] {
  const last = phrase[phrase.length - 1];
  const previous = phrase[phrase.length - 2];
  if (last === undefined || previous === undefined) return phrase;
  if (sentenceOpeners.has(last.text)) return phrase.slice(0, -1);
  if (last.text !== 'A') return phrase;
  const acrossLine = text.slice(previous.end, last.start).includes('\n');
  const following = /^ (\p{Ll}+)/u.exec(text.slice(last.end, last.end + 40))?.[1];
  const beforeNoun = following !== undefined && !connectors.has(following) && following !== 'and';
  return acrossLine || beforeNoun ? phrase.slice(0, -1) : phrase;
}
