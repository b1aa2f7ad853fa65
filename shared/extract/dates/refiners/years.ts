import type { Refiner, Span } from '../../types.js';
import type { DatePoint, DateValue } from '../calendar.js';
import { comparePoints, hasYear, parseIso, valueToIso } from '../calendar.js';

/** How far back an explicit year may be to give its year to a day-month written without one. */
const yearContextReach = 1500;

/** How far a yearless date in a dated piece may lie before or after its date, in months. */
const monthsBack = 9;
const monthsAhead = 3;

/**
 * The year that puts `point` within the window around the reference date: "Feb. 7" in a piece dated 2020-02-12
 * is 2020; "Dec. 30" in one dated 2021-01-04 is 2020. News looks back more than it looks ahead.
 */
function yearNearReference(point: DatePoint, reference: DatePoint): number | undefined {
  if (reference.year === undefined) return undefined;
  if (reference.month === undefined || point.month === undefined) return reference.year;
  const offset = point.month - reference.month;
  if (offset > monthsAhead) return offset - 12 >= -monthsBack ? reference.year - 1 : undefined;
  if (offset < -monthsBack) return offset + 12 <= monthsAhead ? reference.year + 1 : undefined;
  return reference.year;
}

function withYear(value: DateValue, year: number): DateValue {
  const from = { ...value.from, year: value.from.year ?? year };
  const to = value.to === undefined ? undefined : { ...value.to, year: value.to.year ?? year };
  return to === undefined ? { from } : { from, to };
}

/**
 * A UN masthead ("Distr.: General") marks a report: it looks back over a period, so its issue date does not
 * make the year of "on 27 September" certain the way a news dateline does.
 */
function isReport(text: string): boolean {
  return /\bDistr\.?\s*:/.test(text.slice(0, 3000));
}

/** A day that comes back every year has no year: "proclaim 25 July as the International Day", "on 1 May each year". */
const recurring = /^\s*(?:as\b|each year|every year|annually|of each year|of every year)/;

/** A date alone on its line is a table cell or list entry: its year lives in a heading, not in the prose around it. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  return text.slice(lineStart, start).trim() === '' && /^[\s.,;:)]*$/.test(text.slice(end, lineEnd));
}

/**
 * Words and marks that put a yearless date inside a sentence ("on 27 September", "of 26 January", "(22-23 June)").
 * A date after anything else ("S/PV.7569 (closed) 2 December") is a table cell whose year lives in a heading.
 */
const proseIntroducer =
  /(?:\b(?:on|of|from|to|until|till|by|since|between|and|or|before|after|through|during|dated|the|at|as of|in|with|for)|[(,;:\u2013\u2014-])\s*$/i;

function readsAsProse(text: string, start: number): boolean {
  return proseIntroducer.test(text.slice(Math.max(0, start - 12), start));
}

/** "in 2024", "during 2023": a bare year that says when the rest of its sentence happens. */
const periodYearIntroducer = /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+$/;
/** How far a sentence may carry its year forward. */
const sentenceReach = 300;
/** A sentence end or a blank line. */
const sentenceBreak = /[.!?;]\s|\n\s*\n/;

/** The year of "This persisted in 2024, with … between January and May": same sentence, introduced as a period. */
function sentenceYear(text: string, year: { year: number; start: number; end: number } | undefined, start: number) {
  if (year === undefined || start - year.end > sentenceReach) return undefined;
  if (!periodYearIntroducer.test(text.slice(Math.max(0, year.start - 12), year.start))) return undefined;
  return sentenceBreak.test(text.slice(year.end, start)) ? undefined : year.year;
}

/**
 * Gives a year to a day-month written without one, only when it is certain: the document's own date
 * (a dateline: "Feb. 7" under "2020-02-12"), else the year of the last month or day written shortly before it
 * ("… in September 2023 … (22-23 June)"). A bare year is too weak a clue ("the 2019 Funding Compact") unless it
 * opens the same sentence as a period ("in 2024, … between January and May").
 */
export const fillMissingYears: Refiner<DateValue> = {
  name: 'fill-missing-years',
  refine: (ctx, spans) => {
    const report = isReport(ctx.text);
    const reference = report ? undefined : parseIso(ctx.referenceDate);
    const reportDate = report ? parseIso(ctx.referenceDate) : undefined;
    let lastYear: { year: number; end: number } | undefined;
    let lastBareYear: { year: number; start: number; end: number } | undefined;
    return spans.map((span) => {
      if (hasYear(span.value)) {
        const { from, to } = span.value;
        lastBareYear =
          to === undefined && from.month === undefined && from.year !== undefined
            ? { year: from.year, start: span.start, end: span.end }
            : undefined;
        const year = span.value.to?.year ?? span.value.from.year;
        const month = span.value.to?.month ?? span.value.from.month;
        if (year !== undefined && month !== undefined) lastYear = { year, end: span.end };
        return span;
      }
      if (aloneOnLine(ctx.text, span.start, span.end)) return span;
      const fromReference = reference === undefined ? undefined : yearNearReference(span.value.from, reference);
      const fromContext =
        lastYear !== undefined && span.start - lastYear.end <= yearContextReach && readsAsProse(ctx.text, span.start)
          ? lastYear.year
          : undefined;
      const year = fromReference ?? fromContext ?? sentenceYear(ctx.text, lastBareYear, span.start);
      if (year === undefined || recurring.test(ctx.text.slice(span.end, span.end + 20))) return span;
      const filled = withYear(span.value, year);
      // A report looks back: a guessed date long after its issue date is a wrong guess.
      if (reportDate !== undefined && comparePoints(filled.to ?? filled.from, reportDate) > 0) return span;
      return { ...span, value: filled };
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
