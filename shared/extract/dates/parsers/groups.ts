import { spanAt } from '../../run.js';
import type { ExtractionContext, Span } from '../../types.js';
import type { DatePoint, DateValue } from '../calendar.js';
import { isValidPoint } from '../calendar.js';
import { monthNumber } from '../vocabulary.js';

/** Helpers for reading numbered groups of a `d`-flag match, so parsers never compute offsets by hand. */

export function groupText(match: RegExpExecArray, group: number): string | undefined {
  return match[group];
}

export function groupStart(match: RegExpExecArray, group: number): number {
  const range = match.indices?.[group];
  if (!range) throw new Error(`date parsers need the d flag and group ${group}`);
  return range[0];
}

export function groupEnd(match: RegExpExecArray, group: number): number {
  const range = match.indices?.[group];
  if (!range) throw new Error(`date parsers need the d flag and group ${group}`);
  return range[1];
}

export function dayOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number.parseInt(text, 10);
}

export function monthOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : monthNumber(text);
}

export function yearOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** The span of the whole match, or null when a point is not a real date. */
export function dateSpan(
  ctx: ExtractionContext,
  start: number,
  end: number,
  from: DatePoint,
  to?: DatePoint,
): Span<DateValue> | null {
  if (!isValidPoint(from) || (to !== undefined && !isValidPoint(to))) return null;
  return spanAt(ctx, start, end, to === undefined ? { from } : { from, to });
}

export function compact<T>(items: ReadonlyArray<T | null>): T[] {
  return items.filter((item): item is T => item !== null);
}

/**
 * A day and month with numbers right before or after and no year ("2021 January 30 2 8 1 9") is a row of a
 * statistics table, not a date.
 */
export function amidNumbers(ctx: ExtractionContext, start: number, end: number): boolean {
  return (
    /\d[ \t]+$/.test(ctx.text.slice(Math.max(0, start - 8), start)) || /^[ \t]+\d/.test(ctx.text.slice(end, end + 4))
  );
}
