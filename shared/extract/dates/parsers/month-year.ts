import type { ExtractionContext, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { DASH, GAP, hasDateBoundary, MONTH, SPACE, YEAR } from '../patterns.js';
import { compact, dateSpan, groupEnd, groupStart, monthOf, yearOf } from './groups.js';

/**
 * A month of a year: "June 2019", "February, 2020", "October to December 2019", "May and June 2019".
 * A month without a year ("in May") is never a date on its own: its year is not certain.
 * Groups: month, dash, second month, linking word, second month, year of a range, year of a single month. Scanned together with the month-first
 * form (see month-led.ts).
 */
export const MONTH_YEAR = `(${MONTH})(?:(?:${GAP}(${DASH})${GAP}(${MONTH})|${SPACE}(to|and|until|through|till)${SPACE}(${MONTH}))(?:(?:,|${SPACE}of)?${SPACE}(${YEAR}))?|(?:,|${SPACE}of)?${SPACE}(${YEAR}))`;

/**
 * "between January and May", "from March to June": a month range without a year is kept, yearless, only after
 * the word that opens it; its year may come from its sentence (see \`fillMissingYears\`), else it is dropped.
 */
const yearlessRangeOpener: Record<string, RegExp> = {
  and: /\b[Bb]etween\s+$/,
  to: /\b[Ff]rom\s+$/,
  until: /\b[Ff]rom\s+$/,
  through: /\b[Ff]rom\s+$/,
  till: /\b[Ff]rom\s+$/,
};

/** Reads a month-year match whose groups start at `first`. */
export function readMonthYear(
  ctx: ExtractionContext,
  match: RegExpExecArray,
  first: number,
): Span<DateValue> | Span<DateValue>[] | null {
  if (!hasDateBoundary(ctx.text, match.index)) return null;
  const year = yearOf(match[first + 5] ?? match[first + 6]);
  const firstMonth = monthOf(match[first]);
  const secondMonth = monthOf(match[first + 2] ?? match[first + 4]);
  const start = match.index;
  const end = start + match[0].length;
  if (year === undefined) return readYearlessRange(ctx, match, first, firstMonth, secondMonth);
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

function readYearlessRange(
  ctx: ExtractionContext,
  match: RegExpExecArray,
  first: number,
  firstMonth: number | undefined,
  secondMonth: number | undefined,
): Span<DateValue> | null {
  const word = match[first + 3];
  const opener = word === undefined ? undefined : yearlessRangeOpener[word];
  if (opener === undefined || firstMonth === undefined || secondMonth === undefined || firstMonth >= secondMonth) {
    return null;
  }
  if (!opener.test(ctx.text.slice(Math.max(0, match.index - 10), match.index))) return null;
  return dateSpan(ctx, match.index, match.index + match[0].length, { month: firstMonth }, { month: secondMonth });
}
