import type { ExtractionContext, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { DASH, GAP, hasDateBoundary, MONTH, SPACE, YEAR } from '../patterns.js';
import { compact, dateSpan, groupEnd, groupStart, monthOf, yearOf } from './groups.js';

/**
 * A month of a year: "June 2019", "February, 2020", "October to December 2019", "May and June 2019".
 * A month without a year ("in May") is never a date on its own: its year is not certain.
 * Groups: month, dash, second month, linking word, second month, year. Scanned together with the month-first
 * form (see month-led.ts).
 */
export const MONTH_YEAR = `(${MONTH})(?:${GAP}(${DASH})${GAP}(${MONTH})|${SPACE}(to|and|until|through|till)${SPACE}(${MONTH}))?(?:,|${SPACE}of)?${SPACE}(${YEAR})`;

/** Reads a month-year match whose groups start at `first`. */
export function readMonthYear(
  ctx: ExtractionContext,
  match: RegExpExecArray,
  first: number,
): Span<DateValue> | Span<DateValue>[] | null {
  if (!hasDateBoundary(ctx.text, match.index)) return null;
  const year = yearOf(match[first + 5]);
  const firstMonth = monthOf(match[first]);
  const secondMonth = monthOf(match[first + 2] ?? match[first + 4]);
  const start = match.index;
  const end = start + match[0].length;
  if (secondMonth === undefined) return dateSpan(ctx, start, end, { year, month: firstMonth });
  if (match[first + 3] === 'and') {
    return compact([
      dateSpan(ctx, start, groupEnd(match, first), { year, month: firstMonth }),
      dateSpan(ctx, groupStart(match, first + 4), end, { year, month: secondMonth }),
    ]);
  }
  if (firstMonth === undefined || firstMonth >= secondMonth) return null;
  return dateSpan(ctx, start, end, { year, month: firstMonth }, { year, month: secondMonth });
}
