import type { Refiner, Span } from '../../types.js';
import type { DatePoint, DateValue } from '../calendar.js';
import { hasYear, parseIso, valueToIso } from '../calendar.js';

/** How far back an explicit year may be to give its year to a day-month written without one. */
const yearContextReach = 1500;

/** The year that puts `point` nearest the reference date: "Feb. 7" in a piece dated 2020-02-12 is 2020. */
function yearNearReference(point: DatePoint, reference: DatePoint): number | undefined {
  if (reference.year === undefined) return undefined;
  if (reference.month === undefined || point.month === undefined) return reference.year;
  const offset = point.month - reference.month;
  if (offset > 6) return reference.year - 1;
  if (offset < -6) return reference.year + 1;
  return reference.year;
}

function withYear(value: DateValue, year: number): DateValue {
  const from = { ...value.from, year: value.from.year ?? year };
  const to = value.to === undefined ? undefined : { ...value.to, year: value.to.year ?? year };
  return to === undefined ? { from } : { from, to };
}

/**
 * Gives a year to a day-month written without one, only when it is certain: the document's own date
 * (a dateline: "Feb. 7" under "2020-02-12"), else the year of the last date written just before it
 * ("… the 2023 Counter-Terrorism Week … (22-23 June)").
 */
export const fillMissingYears: Refiner<DateValue> = {
  name: 'fill-missing-years',
  refine: (ctx, spans) => {
    const reference = parseIso(ctx.referenceDate);
    let lastYear: { year: number; end: number } | undefined;
    return spans.map((span) => {
      if (hasYear(span.value)) {
        const year = span.value.to?.year ?? span.value.from.year;
        if (year !== undefined) lastYear = { year, end: span.end };
        return span;
      }
      const fromReference = reference === undefined ? undefined : yearNearReference(span.value.from, reference);
      const fromContext =
        lastYear !== undefined && span.start - lastYear.end <= yearContextReach ? lastYear.year : undefined;
      const year = fromReference ?? fromContext;
      return year === undefined ? span : { ...span, value: withYear(span.value, year) };
    });
  },
};

/** Leaves out what still has no year: its year is not certain. */
export const dropYearless: Refiner<DateValue> = {
  name: 'drop-yearless',
  refine: (_ctx, spans) => spans.filter((span) => hasYear(span.value)),
};

/** One item per value: a date written twice (or in two forms) is one date. */
export const dropRepeats: Refiner<DateValue> = {
  name: 'drop-repeats',
  refine: (_ctx, spans) => {
    const seen = new Set<string>();
    return spans.filter((span: Span<DateValue>) => {
      const key = valueToIso(span.value);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
