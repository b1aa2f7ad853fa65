import { spanAt } from '../../run.js';
import type { ExtractionContext, Refiner, Span } from '../../types.js';
import type { DatePoint, DateValue } from '../calendar.js';
import { comparePoints } from '../calendar.js';

/** What may stand between the two ends of a range ("to early-July 2020"). "and" only counts after "between". */
const rangeConnector =
  /^\s*(?:[-\u2010\u2011\u2013\u2014]|to|until|till|through|and)\s*(?:(?:mid|early|late|end)[-\u2010\u2011])?$/;
const betweenBefore = /\bbetween\s+$/i;
/** "commencing on 1 January 2015 and ending on 31 December 2024": a period stated by its first and last day. */
const periodStartBefore = /\b(?:commencing|beginning|starting|running from)(?:\s+on)?\s+$/i;
const periodEndConnector = /^\s*,?\s*(?:and\s+)?(?:ending|concluding)(?:\s+on)?\s+$/i;

/** "28 December to 3 January 2020": the start borrows the end's year (the year before if it would come later). */
function completeStart(from: DatePoint, to: DatePoint): DatePoint {
  if (from.year !== undefined || to.year === undefined) return from;
  const later = (from.month ?? 0) > (to.month ?? 12);
  return { ...from, year: later ? to.year - 1 : to.year };
}

function completeEnd(from: DatePoint, to: DatePoint): DatePoint {
  if (to.year !== undefined || from.year === undefined) return to;
  const earlier = (to.month ?? 12) < (from.month ?? 0);
  return { ...to, year: earlier ? from.year + 1 : from.year };
}

/** "commencing on X and ending on Y": each end is a day of its own, with its own verb, as well as the period's bound. */
function isStatedPeriod(ctx: ExtractionContext, first: Span<DateValue>, second: Span<DateValue>): boolean {
  return (
    periodEndConnector.test(ctx.text.slice(first.end, second.start)) &&
    periodStartBefore.test(ctx.text.slice(Math.max(0, first.start - 20), first.start))
  );
}

function mergeable(ctx: ExtractionContext, first: Span<DateValue>, second: Span<DateValue>): boolean {
  if (first.value.to !== undefined || second.value.to !== undefined) return false;
  if (isStatedPeriod(ctx, first, second)) return true;
  const connector = ctx.text.slice(first.end, second.start);
  const word = rangeConnector.exec(connector);
  if (!word) return false;
  if (connector.trim() === 'and' && !betweenBefore.test(ctx.text.slice(Math.max(0, first.start - 12), first.start))) {
    return false;
  }
  return true;
}

/**
 * Joins the two ends of a written range into one span: "from June 29 to July 2 2020", "between 2014 and 2016",
 * "from 2016 to August 2019", "June 2018 – July 2019", "commencing on 1 January 2015 and ending on 31 December 2024".
 */
export const mergeRanges: Refiner<DateValue> = {
  name: 'merge-ranges',
  refine: (ctx, spans) => {
    const merged: Span<DateValue>[] = [];
    for (let i = 0; i < spans.length; i++) {
      const first = spans[i];
      const second = spans[i + 1];
      if (first === undefined) continue;
      if (second !== undefined && mergeable(ctx, first, second)) {
        const from = completeStart(first.value.from, second.value.from);
        const to = completeEnd(from, second.value.from);
        if (comparePoints(from, to) < 0) {
          const range = spanAt(ctx, first.start, second.end, { from, to });
          // A stated period keeps its two days too: each is written in full with a verb of its own.
          if (isStatedPeriod(ctx, first, second)) merged.push(first, range, second);
          else merged.push(range);
          i++;
          continue;
        }
      }
      merged.push(first);
    }
    return merged;
  },
};

/** "21 August 2018 and 2019": the bare year after "and" repeats the day and month of the date before it. */
export const shareDayAndMonth: Refiner<DateValue> = {
  name: 'share-day-and-month',
  refine: (ctx, spans) =>
    spans.map((span, index) => {
      const previous = spans[index - 1];
      if (previous === undefined || previous.value.to !== undefined || previous.value.from.month === undefined) {
        return span;
      }
      const bareYear = span.value.to === undefined && span.value.from.month === undefined && /^\d{4}$/.test(span.text);
      if (!bareYear || !/^\s*and\s*$/.test(ctx.text.slice(previous.end, span.start))) return span;
      return { ...span, value: { from: { ...previous.value.from, year: span.value.from.year } } };
    }),
};
