import { caselessMonthNames, monthAbbreviations, monthNames, weekdayNames } from './vocabulary.js';

/** Regular-expression sources shared by the parsers. Every alternation is anchored by distinct text, so no backtracking blow-up. */

function alternation(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    forms.add(word.toUpperCase());
  }
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}

/** Each word in any mix of cases: "september", "septeMber" (small capitals read back from a PDF). */
function anyCase(words: readonly string[]): string {
  return words
    .map((word) => [...word].map((letter) => `[${letter.toUpperCase()}${letter.toLowerCase()}]`).join(''))
    .join('|');
}

/**
 * A month word, capitalised or upper case; the full names that are never ordinary words also in any case
 * ("22 september 2009"), while lower-case "may", "march" and "august" stay words. Only abbreviations take a dot:
 * after a full name a dot ends the sentence ("in November.4 For example" is a footnote, not 4 November).
 */
export const MONTH = `(?:(?:${alternation(monthNames.map(([word]) => word))}|${anyCase(
  caselessMonthNames,
)})(?![A-Za-z])|(?:${alternation(monthAbbreviations.map(([word]) => word))})(?:\\.|(?![A-Za-z])))`;

/** An optional weekday before a date: "Friday, May 3, 2024". */
export const WEEKDAY = `(?:(?:${alternation(weekdayNames)})\\.?,?\\s{1,3})`;

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
