import { compiledOnce } from '../../run.js';
import type { Parser } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { BOUNDARY } from '../patterns.js';
import { MONTH_FIRST, MONTH_FIRST_GROUPS, readMonthFirst } from './month-first.js';
import { MONTH_YEAR, readMonthYear } from './month-year.js';

/**
 * Dates that open with a month: "September 25, 2020" (month first) and "June 2019" (month and year). Finding a
 * month word is the costly part of the scan, so both forms share one. At any position at most one form can
 * match (after the month, one wants a day of one or two digits, the other a year, a dash or a linking word),
 * and their matches never overlap, so the one scan finds what two separate scans would.
 */
export const monthLedParser: Parser<DateValue> = {
  name: 'month-led',
  pattern: compiledOnce(() => new RegExp(`${BOUNDARY}(?:${MONTH_FIRST}|${MONTH_YEAR})`, 'dg')),
  extract: (ctx, match) =>
    match[1] !== undefined ? readMonthFirst(ctx, match, 1) : readMonthYear(ctx, match, 1 + MONTH_FIRST_GROUPS),
};
