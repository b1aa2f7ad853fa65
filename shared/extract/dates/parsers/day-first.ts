import { compiledOnce } from '../../run.js';
import type { Parser } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { BOUNDARY, DASH, DAY, GAP, hasDateBoundary, MONTH, SPACE, WEEKDAY, YEAR } from '../patterns.js';
import { amidNumbers, compact, dateSpan, dayOf, groupEnd, groupStart, monthOf, yearOf } from './groups.js';

/**
 * Day before month, UN and British style: "25 September 2020", "Friday 3 May 2024", "28–29 June 2019",
 * "1 and 2 July 2020", "19 June" (year filled in later, if certain).
 */
export const dayFirstParser: Parser<DateValue> = {
  name: 'day-first',
  pattern: compiledOnce(
    () =>
      new RegExp(
        `${BOUNDARY}${WEEKDAY}?(${DAY})(?:${GAP}(${DASH})${GAP}(${DAY})|${SPACE}(to|and|until|through|till)${SPACE}(${DAY}))?${SPACE}(?:of${SPACE})?(${MONTH})(?:,?${SPACE}(${YEAR}))?`,
        'dg',
      ),
  ),
  extract: (ctx, match) => {
    if (!hasDateBoundary(ctx.text, match.index)) return null;
    const month = monthOf(match[6]);
    const year = yearOf(match[7]);
    const firstDay = dayOf(match[1]);
    const secondDay = dayOf(match[3] ?? match[5]);
    const start = match.index;
    const end = start + match[0].length;
    if (year === undefined && amidNumbers(ctx, start, end)) return null;
    if (secondDay === undefined) return dateSpan(ctx, start, end, { year, month, day: firstDay });
    if (match[4] === 'and') {
      // "1 and 2 July": two days, not a range.
      return compact([
        dateSpan(ctx, start, groupEnd(match, 1), { year, month, day: firstDay }),
        dateSpan(ctx, groupStart(match, 5), end, { year, month, day: secondDay }),
      ]);
    }
    if (firstDay === undefined || firstDay >= secondDay) return null;
    return dateSpan(ctx, start, end, { year, month, day: firstDay }, { year, month, day: secondDay });
  },
};
