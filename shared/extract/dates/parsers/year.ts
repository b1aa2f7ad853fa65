import { compiledOnce } from '../../run.js';
import type { Parser } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { DASH, GAP } from '../patterns.js';
import { isPlausibleYear, isYearInContext, yearContextAfter, yearContextBefore } from '../year-context.js';
import { dateSpan } from './groups.js';

/** A 4-digit number not glued to letters, symbols, decimals or thousands separators. */
const NUMBER_START = '(?<![\\w/.,$€£#])';
const NUMBER_END = '(?![\\w/]|[.,]\\d)';

/** A bare year in year-like context: "in 2017", "since 2016", "the 1994 Declaration", "Aircraft, 1963;". */
export const yearParser: Parser<DateValue> = {
  name: 'year',
  pattern: compiledOnce(() => new RegExp(`${NUMBER_START}[12]\\d{3}${NUMBER_END}(?![-\\u2010\\u2011]\\w)`, 'g')),
  extract: (ctx, match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!isYearInContext(ctx.text, start, end)) return null;
    return dateSpan(ctx, start, end, { year: Number(match[0]) });
  },
};

/** A range of years: "2019–2020", "2014-16", "2019/2020". */
export const yearRangeParser: Parser<DateValue> = {
  name: 'year-range',
  pattern: compiledOnce(
    () => new RegExp(`${NUMBER_START}([12]\\d{3})${GAP}(?:${DASH}|/)${GAP}([12]\\d{3}|\\d{2})${NUMBER_END}`, 'g'),
  ),
  extract: (ctx, match) => {
    const start = match.index;
    const end = start + match[0].length;
    const first = Number(match[1]);
    const written = match[2] ?? '';
    // "2019-20": the second year shares the first one's century.
    let second = Number(written);
    if (written.length === 2) {
      second += Math.floor(first / 100) * 100;
      if (second <= first) second += 100;
    }
    if (second <= first || second - first > 100) return null;
    const before = ctx.text.slice(Math.max(0, start - 40), start);
    const after = ctx.text.slice(end, end + 40);
    if (!yearContextBefore(before, first) || !yearContextAfter(after, before)) return null;
    if (!isPlausibleYear(first) || !isPlausibleYear(second)) return null;
    return dateSpan(ctx, start, end, { year: first }, { year: second });
  },
};
