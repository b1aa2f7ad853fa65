import type { Refiner, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';
import { dateSpan } from '../parsers/groups.js';

/**
 * A day that closes a citation's line, with a blank line before the month and year ("…, Advisory Opinion, 21",
 * blank line, "May 2024"): text extracted from a PDF breaks the date where the page layout did. The day
 * follows a comma, "on", "of" or "dated", so a page number alone on its line is never taken for one.
 */
const DAY_ABOVE_BLANK_LINE =
  /(?:,|\b(?:on|of|dated))(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)(3[01]|[12]\d|0?[1-9])[ \t\u00a0]*\r?\n[ \t\u00a0]*\r?\n[ \t\u00a0]*$/d;
const LOOK_BACK = 40;

/** Month-year spans that open a line after a blank line take the day written above them. */
export const joinDayAboveBlankLine: Refiner<DateValue> = {
  name: 'join-day-above-blank-line',
  refine: (ctx, spans) =>
    spans.map((span): Span<DateValue> => {
      const { from, to } = span.value;
      if (to !== undefined || from.month === undefined || from.day !== undefined) return span;
      // Only a month-year that opens its line can have its day on the line above.
      let previous = span.start - 1;
      while (previous > Math.max(0, span.start - LOOK_BACK) && ' \t\u00a0\r'.includes(ctx.text.charAt(previous)))
        previous--;
      if (ctx.text.charAt(previous) !== '\n') return span;
      const before = ctx.text.slice(Math.max(0, span.start - LOOK_BACK), span.start);
      const match = DAY_ABOVE_BLANK_LINE.exec(before);
      const day = match?.indices?.[1];
      if (match === null || day === undefined) return span;
      const dayStart = span.start - before.length + day[0];
      return dateSpan(ctx, dayStart, span.end, { ...from, day: Number(match[1]) }) ?? span;
    }),
};
