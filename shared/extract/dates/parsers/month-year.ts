import type { Parser } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { BOUNDARY, DASH, GAP, hasDateBoundary, MONTH, SPACE, YEAR } from '../patterns.js';
import { compact, dateSpan, groupEnd, groupStart, monthOf, yearOf } from './groups.js';

/**
 * A month of a year: "June 2019", "February, 2020", "October to December 2019", "May and June 2019".
 * A month without a year ("in May") is never a date on its own: its year is not certain.
 */
export const monthYearParser: Parser<DateValue> = {
  name: 'month-year',
  pattern: () =>
    new RegExp(
      `${BOUNDARY}(${MONTH})(?:${GAP}(${DASH})${GAP}(${MONTH})|${SPACE}(to|and|until|through|till)${SPACE}(${MONTH}))?(?:,|${SPACE}of)?${SPACE}(${YEAR})`,
      'dg',
    ),
  extract: (ctx, match) => {
    if (!hasDateBoundary(ctx.text, match.index)) return null;
    const year = yearOf(match[6]);
    const firstMonth = monthOf(match[1]);
    const secondMonth = monthOf(match[3] ?? match[5]);
    const start = match.index;
    const end = start + match[0].length;
    if (secondMonth === undefined) return dateSpan(ctx, start, end, { year, month: firstMonth });
    if (match[4] === 'and') {
      return compact([
        dateSpan(ctx, start, groupEnd(match, 1), { year, month: firstMonth }),
        dateSpan(ctx, groupStart(match, 5), end, { year, month: secondMonth }),
      ]);
    }
    if (firstMonth === undefined || firstMonth >= secondMonth) return null;
    return dateSpan(ctx, start, end, { year, month: firstMonth }, { year, month: secondMonth });
  },
};
