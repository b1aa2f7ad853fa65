import { caselessMonthNames, monthAbbreviations, monthNames, weekdayNames } from './vocabulary.js';

/** Regular-expression sources shared by the parsers. Every alternation is anchored by distinct text, so no backtracking blow-up. */

/** A word as regex tokens: each letter literal, or a class matching it in either case. */
type Tokens = readonly string[];

function literal(word: string): Tokens {
  return [...word];
}

function caseless(word: string): Tokens {
  return [...word].map((letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`);
}

/**
 * The words as one prefix tree ("J(?:an(?:uary)?|u(?:ly|ne))"): the engine then rejects a position after a letter
 * or two instead of trying every word in turn, which keeps each date parser's scan of a long report cheap.
 */
function trie(words: readonly Tokens[]): string {
  const heads = new Map<string, Tokens[]>();
  let endsHere = false;
  for (const word of words) {
    const [head, ...rest] = word;
    if (head === undefined) {
      endsHere = true;
      continue;
    }
    heads.set(head, [...(heads.get(head) ?? []), rest]);
  }
  const branches = [...heads].map(([head, rests]) => `${head}${trie(rests)}`);
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !endsHere ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  return endsHere ? `(?:${group})?` : group;
}

/** Each word capitalised and in upper case. */
function capitalisedOrUpper(words: readonly string[]): Tokens[] {
  return words.flatMap((word) => [literal(word), literal(word.toUpperCase())]);
}

const caselessSet = new Set(caselessMonthNames);
const fullMonthForms = [
  ...monthNames.map(([word]) => word).flatMap((word) => (caselessSet.has(word) ? [caseless(word)] : [])),
  ...capitalisedOrUpper(monthNames.map(([word]) => word).filter((word) => !caselessSet.has(word))),
];

/**
 * A month word, capitalised or upper case; the full names that are never ordinary words also in any case
 * ("22 september 2009", "septeMber" read back from small capitals), while lower-case "may", "march" and
 * "august" stay words. Only abbreviations take a dot: after a full name a dot ends the sentence
 * ("in November.4 For example" is a footnote, not 4 November).
 */
export const MONTH = `(?:${trie(fullMonthForms)}(?![A-Za-z])|${trie(
  capitalisedOrUpper(monthAbbreviations.map(([word]) => word)),
)}(?:\\.|(?![A-Za-z])))`;

/** An optional weekday before a date: "Friday, May 3, 2024". */
export const WEEKDAY = `(?:${trie(capitalisedOrUpper(weekdayNames))}\\.?,?\\s{1,3})`;

/** A day of the month, with an optional ordinal suffix: "7", "07", "25th". */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\w])';

/** A 4-digit year candidate; plausibility is checked in code. */
export const YEAR = '[12]\\d{3}(?![\\w/]|[.,]\\d)';

/** Whitespace that may cross one line break (PDF text wraps dates). */
export const GAP = '[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?';

/** A required gap of at least one space or line break. */
export const SPACE = '(?:[ \\t\\u00a0]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*)';

/** Range dashes: hyphen, non-breaking hyphen, en and em dash. */
export const DASH = '[-\u2010\u2011\u2013\u2014]';

/**
 * A word boundary opens every date pattern: cheap for the regex engine, which can then skip ahead to likely
 * starts. The full rule, `hasDateBoundary`, is checked on each match in code (a look-behind at the start of
 * the pattern made each parser scan five times slower).
 */
export const BOUNDARY = '\\b';

/**
 * No letter, digit or symbol punctuation right before: keeps dates out of codes and symbols.
 * A hyphen is allowed only after "mid", "early", "late" or "end" ("mid-June 2020") or after a number, as the
 * dash of a range ("March 2020-June 2021").
 */
const boundaryBefore = /(?:\b(?:mid|early|late|end)[-\u2010\u2011]|\d[-\u2010\u2011]|(?:^|[^\w/.,$€£#\u2010\u2011-]))$/;

/** True when a date may start at `start` (see `BOUNDARY`). */
export function hasDateBoundary(text: string, start: number): boolean {
  return boundaryBefore.test(text.slice(Math.max(0, start - 6), start));
}
