import type { ExtractionContext, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { DASH, DAY, GAP, hasDateBoundary, MONTH, SPACE, WEEKDAY, YEAR } from '../patterns.js';
import { amidNumbers, dateSpan, dayOf, monthOf, yearOf } from './groups.js';

/** "in March 14 people died": a month and a number followed by a counted noun is not a date. */
const countedNounAfter = /^\s+(?:[a-z]+s|people|children|men|women|staff)\b/;

/**
 * Month before day, US and news style: "September 25, 2020", "Friday, May 3, 2024", "Feb. 7", "June 22-23, 2023".
 * Groups: month, day, dash, second day, year. Scanned together with the month-year form (see month-led.ts).
 */
export const MONTH_FIRST = `${WEEKDAY}?(${MONTH})${GAP}(${DAY})(?:${GAP}(${DASH})${GAP}(${DAY}))?(?:,?${SPACE}(${YEAR}))?`;
export const MONTH_FIRST_GROUPS = 5;

/** Reads a month-first match whose groups start at `first`. */
export function readMonthFirst(
  ctx: ExtractionContext,
  match: RegExpExecArray,
  first: number,
): Span<DateValue> | Span<DateValue>[] | null {
  if (!hasDateBoundary(ctx.text, match.index)) return null;
  const month = monthOf(match[first]);
  const year = yearOf(match[first + 4]);
  const firstDay = dayOf(match[first + 1]);
  const secondDay = dayOf(match[first + 3]);
  const start = match.index;
  const end = start + match[0].length;
  if (year === undefined && amidNumbers(ctx, start, end)) return null;
  if (year === undefined && countedNounAfter.test(ctx.text.slice(end, end + 30))) return null;
  if (secondDay === undefined) return dateSpan(ctx, start, end, { year, month, day: firstDay });
  if (firstDay === undefined || firstDay >= secondDay) return null;
  return dateSpan(ctx, start, end, { year, month, day: firstDay }, { year, month, day: secondDay });
}
