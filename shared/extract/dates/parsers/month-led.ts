import { compiledOnce } from '../../run.js';
import type { Parser } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { BOUNDARY, CAPITALISED_MONTH, LOWER_CASE_MONTH } from '../patterns.js';
import { MONTH_FIRST_GROUPS, monthFirstPattern, readMonthFirst } from './month-first.js';
import { monthYearPattern, readMonthYear } from './month-year.js';

/**
 * A letter run holding one of these ends can be a lower-case month ("uary", "une", "uly", "pril", "ber"): their
 * letters are rare enough for the engine to skip through the text, where a month's common first letters are not.
 */
const lowerCaseMonthEnding = /[Uu](?:[Aa][Rr][Yy]|[Nn][Ee]|[Ll][Yy])|[Pp][Rr][Ii][Ll]|[Bb][Ee][Rr]/g;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * One scan for `(?:capitalised|lower-case)` month-led dates, run as two: a pattern opening with a capital skips
 * quickly through the text, and lower-case months (rare) are looked for only in words with a month's ending.
 * At any position at most one of the two can match (they differ in the first letter), so taking the earlier
 * match from the current position finds exactly what the single scan would.
 */
class MonthLedScan extends RegExp {
  private readonly capitalised: RegExp;
  private readonly lowerCaseAt: RegExp;
  /** The next lower-case match found from `lowerFrom` in `lowerText`, kept until the scan passes it. */
  private lowerMatch: RegExpExecArray | null = null;
  private lowerFrom = -1;
  private lowerText: string | undefined;

  constructor(capitalised: string, lowerCase: string) {
    super('(?:)', 'g');
    this.capitalised = new RegExp(`${BOUNDARY}${capitalised}`, 'dg');
    this.lowerCaseAt = new RegExp(`${BOUNDARY}${lowerCase}`, 'dy');
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.lastIndex;
    this.capitalised.lastIndex = from;
    const capitalised = this.capitalised.exec(text);
    const lowerCase = this.nextLowerCase(text, from);
    const match =
      lowerCase !== null && (capitalised === null || lowerCase.index < capitalised.index) ? lowerCase : capitalised;
    this.lastIndex = match === null ? 0 : match.index + match[0].length;
    return match;
  }

  private nextLowerCase(text: string, from: number): RegExpExecArray | null {
    const cached = this.lowerText === text && this.lowerFrom <= from;
    if (cached && (this.lowerMatch === null || this.lowerMatch.index >= from)) return this.lowerMatch;
    this.lowerText = text;
    this.lowerFrom = from;
    this.lowerMatch = null;
    lowerCaseMonthEnding.lastIndex = from;
    for (let ending = lowerCaseMonthEnding.exec(text); ending !== null; ending = lowerCaseMonthEnding.exec(text)) {
      let wordStart = ending.index;
      while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
      let wordEnd = ending.index + ending[0].length;
      while (wordEnd < text.length && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
      // Each word is read once, however many endings it holds: the scan stays linear.
      lowerCaseMonthEnding.lastIndex = wordEnd;
      if (wordStart < from) continue;
      this.lowerCaseAt.lastIndex = wordStart;
      const match = this.lowerCaseAt.exec(text);
      if (match !== null) {
        this.lowerMatch = match;
        break;
      }
    }
    return this.lowerMatch;
  }
}

/**
 * Dates that open with a month: "September 25, 2020" (month first) and "June 2019" (month and year). Finding a
 * month word is the costly part of the scan, so both forms share one. At any position at most one form can
 * match (after the month, one wants a day of one or two digits, the other a year, a dash or a linking word),
 * and their matches never overlap, so the one scan finds what two separate scans would.
 */
export const monthLedParser: Parser<DateValue> = {
  name: 'month-led',
  pattern: compiledOnce(
    () =>
      new MonthLedScan(
        `(?:${monthFirstPattern(CAPITALISED_MONTH, true)}|${monthYearPattern(CAPITALISED_MONTH)})`,
        // A weekday is capitalised, so it never opens a lower-case match.
        `(?:${monthFirstPattern(LOWER_CASE_MONTH, false)}|${monthYearPattern(LOWER_CASE_MONTH)})`,
      ),
  ),
  extract: (ctx, match) =>
    match[1] !== undefined ? readMonthFirst(ctx, match, 1) : readMonthYear(ctx, match, 1 + MONTH_FIRST_GROUPS),
};
