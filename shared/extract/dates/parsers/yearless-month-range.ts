import type { ExtractionContext, Parser, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { MONTH, SPACE } from '../patterns.js';
import { dateSpan, groupEnd, groupStart, monthOf } from './groups.js';

/**
 * "between January and May", "from March to June": a range of months written without a year. Its year may
 * only come from the sentence around it (see `fillMissingYears`); otherwise it is dropped. Followed by a year
 * ("between January and May 2024") it is the month-year parser's.
 * Groups: first month, second month.
 */
const MONTH_RANGE = `\\b(?:[Bb]etween${SPACE}(${MONTH})${SPACE}and|[Ff]rom${SPACE}(${MONTH})${SPACE}(?:to|until|till|through))${SPACE}(${MONTH})`;

/** A year (or "of 2024") right after the second month: the month-year form. */
const yearAfter = /^\s*,?\s*(?:of\s+)?\d/;

function readYearlessMonthRange(ctx: ExtractionContext, match: RegExpExecArray): Span<DateValue> | null {
  const firstGroup = match[1] !== undefined ? 1 : 2;
  const end = groupEnd(match, 3);
  if (yearAfter.test(ctx.text.slice(end, end + 8))) return null;
  const from = monthOf(match[firstGroup]);
  const to = monthOf(match[3]);
  if (from === undefined || to === undefined || from >= to) return null;
  return dateSpan(ctx, groupStart(match, firstGroup), end, { month: from }, { month: to });
}

export const yearlessMonthRangeParser: Parser<DateValue> = {
  name: 'yearless-month-range',
  pattern: () => new RegExp(MONTH_RANGE, 'dg'),
  extract: readYearlessMonthRange,
};
