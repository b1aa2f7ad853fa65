import type { Refiner, Span } from '../types.js';
import type { FigureCandidate } from './candidate.js';
import { notAFigureReason } from './context-rules.js';
import { headNounAfter } from './head-noun.js';
import { approximateQualifierStart } from './qualifiers.js';
import { singularize } from './singular.js';
import { countedSubjectBefore, isCountAtYear, nounBeforeBracket } from './stated-counts.js';

type FigureSpan = Span<FigureCandidate>;

function withValue(span: FigureSpan, value: FigureCandidate, start = span.start, end = span.end): FigureSpan {
  return { start, end, text: span.text, value };
}

/** Drops numbers inside offsets another extractor already owns (dates, resolutions, document symbols). */
export function dropTakenOffsets(taken: readonly { start: number; end: number }[]): Refiner<FigureCandidate> {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  // The longest taken range bounds how far back an overlapping range can start, so each lookup stays local.
  const longest = sorted.reduce((max, range) => Math.max(max, range.end - range.start), 0);
  return {
    name: 'drop-taken-offsets',
    refine: (_ctx, spans) =>
      sorted.length === 0
        ? spans
        : spans.filter((span) => {
            const { numberStart, numberEnd } = span.value;
            for (let i = firstStartingAfter(sorted, numberStart - longest); i < sorted.length; i++) {
              const range = sorted[i];
              if (range === undefined || range.start >= numberEnd) break;
              if (range.start < numberEnd && numberStart < range.end) return false;
            }
            return true;
          }),
  };
}

/** Index of the first range that starts at or after `offset` (binary search over ranges sorted by start). */
function firstStartingAfter(sorted: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

// The second end of a range: "some 25,000 to 30,000", "about 10-15 per cent".
const RANGE_LINK = /^\s*(?:to|and|or|-|–)\s*$/;

/**
 * Marks figures preceded by "more than", "about", "some"… and widens the span to include the qualifier; the
 * qualifier of a range covers its second end too ("some 25,000 to 30,000 people").
 */
export const markApproximate: Refiner<FigureCandidate> = {
  name: 'mark-approximate',
  refine: (ctx, spans) => {
    const marked: FigureSpan[] = [];
    for (const span of spans) {
      const qualifierStart = approximateQualifierStart(ctx.text, span.start);
      const previous = marked[marked.length - 1];
      if (qualifierStart !== null) {
        marked.push(withValue(span, { ...span.value, approximate: true }, qualifierStart));
      } else if (
        previous?.value.approximate === true &&
        previous.end <= span.start &&
        RANGE_LINK.test(ctx.text.slice(previous.end, span.start))
      ) {
        marked.push(withValue(span, { ...span.value, approximate: true }));
      } else {
        marked.push(span);
      }
    }
    return marked;
  },
};

/** Drops dates, years, times, references, list and page numbers, table cells and numbers inside names. */
export const dropNonFigures: Refiner<FigureCandidate> = {
  name: 'drop-non-figures',
  refine: (ctx, spans) =>
    spans.filter((span) => notAFigureReason(ctx.text, span.value, span.value.approximate) === null),
};

/** Reads the counted noun after each count; drops counts that run straight into a name ("1540 Committee"). */
export const attachOwnNouns: Refiner<FigureCandidate> = {
  name: 'attach-own-nouns',
  refine: (ctx, spans) => {
    const kept: FigureSpan[] = [];
    for (const span of spans) {
      if (span.value.unit !== 'count' || span.value.noun !== null) {
        kept.push(span);
        continue;
      }
      // "cases (625)": the noun stands before the bracketed count.
      const bracketed = nounBeforeBracket(ctx.text, span.value);
      if (bracketed !== null) {
        kept.push(withValue(span, { ...span.value, noun: bracketed }));
        continue;
      }
      const found = headNounAfter(ctx.text, span.end, span.value.value === 1);
      if (found.beforeName) continue;
      if (found.head === null || found.end === null) kept.push(span);
      else
        kept.push(
          withValue(span, { ...span.value, noun: singularize(found.head), nounIsOwn: true, nounEnd: found.end }),
        );
    }
    return kept;
  },
};

// Between two numbers of one coordination: "101 global, 124 regional and 151 national projects", "14 and 16".
const COORDINATION_GAP = /^(?:\s+[a-z][a-z-]*){0,3}\s*(?:,|;|and|or|to|–|-)?\s*(?:and\s+|or\s+)?$/;
// A part of a whole: "2.5 million of the country's roughly 5 million inhabitants", "5 of the 10 members".
const PARTITIVE_GAP = /^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;
// Two numbers side by side ("one hundred 9 mm cartridges") are not coordinated: the first counts the second.
const BARE_GAP = /^\s*$/;
const RANGE_GAP = /^\s*(?:and|to|or|-|–)\s*$/;
// A sentence ends between two numbers: stop borrowing nouns across it.
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“(]?[A-Z\d])|\n\s*\n/;

/** How far back, in characters, a count may look for the noun it shares. */
const MAX_BORROW_DISTANCE = 200;

function borrowable(span: FigureSpan | undefined): span is FigureSpan {
  return span !== undefined && span.value.unit === 'count' && span.value.noun !== null;
}

/**
 * Counts without their own noun borrow one: first from the next number of the same coordination ("101
 * global, 124 regional and 151 national projects") or the whole it is a part of ("5 of the 10 members"), then from the previous count of the same sentence
 * ("Out of the 314 projects, 22 participated").
 */
export const borrowNouns: Refiner<FigureCandidate> = {
  name: 'borrow-nouns',
  refine: (ctx, spans) => {
    const result = [...spans];
    for (let i = result.length - 2; i >= 0; i--) {
      const span = result[i];
      const next = result[i + 1];
      if (span === undefined || next === undefined) continue;
      if (span.value.unit !== 'count' || span.value.noun !== null) continue;
      const gap = ctx.text.slice(span.value.numberEnd, next.value.numberStart);
      if (PARTITIVE_GAP.test(gap) && borrowable(next)) {
        result[i] = withValue(span, { ...span.value, noun: next.value.noun });
        continue;
      }
      if (BARE_GAP.test(gap) || !COORDINATION_GAP.test(gap)) continue;
      if (next.value.unit !== 'count') {
        // "between 10 and 15%", "10 to 20 per cent": the first number shares the second's unit.
        if (RANGE_GAP.test(gap)) result[i] = withValue(span, { ...span.value, unit: next.value.unit });
        continue;
      }
      if (borrowable(next)) result[i] = withValue(span, { ...span.value, noun: next.value.noun });
    }
    for (let i = 1; i < result.length; i++) {
      const span = result[i];
      const previous = result[i - 1];
      if (span === undefined || span.value.unit !== 'count' || span.value.noun !== null) continue;
      if (!borrowable(previous)) continue;
      if (span.start - previous.end > MAX_BORROW_DISTANCE) continue;
      if (SENTENCE_END.test(ctx.text.slice(previous.end, span.start + 1))) continue;
      result[i] = withValue(span, { ...span.value, noun: previous.value.noun });
    }
    return result;
  },
};

/** Durations and fractions are not counted things ("two years", "past two months", "two thirds"). */
const DURATION_OR_FRACTION = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'month',
  'year',
  'decade',
  'century',
  'half',
  'third',
  'quarter',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);
const AGE_AFTER = /^\s*(?:of age|old|of\s+\w+\s+age)\b/;

/**
 * Drops durations, own or shared ("two years", "14 and 10 years"), but keeps ages ("12 years of age"): a number
 * that borrowed its noun from a neighbour follows it ("12 and 14 years of age", "12 years of age, or 14 and 16").
 */
export const dropDurations: Refiner<FigureCandidate> = {
  name: 'drop-durations',
  refine: (ctx, spans) => {
    const isDuration = (span: FigureSpan | undefined): boolean =>
      span !== undefined && span.value.noun !== null && DURATION_OR_FRACTION.has(span.value.noun);
    const age = spans.map((span) => {
      const { nounIsOwn, nounEnd } = span.value;
      return isDuration(span) && nounIsOwn && nounEnd !== null && AGE_AFTER.test(ctx.text.slice(nounEnd, nounEnd + 20));
    });
    // Borrowed nouns come from the next or the previous number: pass the neighbour's verdict along both ways.
    for (let i = spans.length - 2; i >= 0; i--) {
      if (isDuration(spans[i]) && !spans[i]?.value.nounIsOwn && isDuration(spans[i + 1]) && age[i + 1]) age[i] = true;
    }
    for (let i = 1; i < spans.length; i++) {
      if (isDuration(spans[i]) && !spans[i]?.value.nounIsOwn && isDuration(spans[i - 1]) && age[i - 1]) age[i] = true;
    }
    return spans.filter((span, i) => !isDuration(span) || age[i] === true);
  },
};

/**
 * A count stated for a year with no noun of its own takes the counted thing of its sentence: "The number of
 * cases … rose from 43 in 2022 to 152 in 2024" counts cases.
 */
export const attachSubjectNouns: Refiner<FigureCandidate> = {
  name: 'attach-subject-nouns',
  refine: (ctx, spans) =>
    spans.map((span) => {
      if (span.value.noun !== null || !isCountAtYear(ctx.text, span.value)) return span;
      const noun = countedSubjectBefore(ctx.text, span.value.numberStart);
      return noun === null ? span : withValue(span, { ...span.value, noun });
    }),
};

/** Four plain digits that could be a calendar year ("over 2020"): a qualifier does not make them a quantity. */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$|^2100$/;

/**
 * A count with no noun, own or borrowed, is a bare label rather than a quantity, unless a qualifier says it
 * is an amount ("Over 20,000 flee"); a decimal count must name its own unit ("1.5 million people", "5.56 mm"),
 * else it is a section or version number.
 */
export const dropNounlessCounts: Refiner<FigureCandidate> = {
  name: 'drop-nounless-counts',
  refine: (ctx, spans) =>
    spans.filter(({ value: candidate }) => {
      if (candidate.unit !== 'count') return true;
      if (candidate.noun === null) {
        // "rose from 43 in 2022 to 152 in 2024": a count stated for a year is a quantity without its noun.
        if (isCountAtYear(ctx.text, candidate)) return true;
        if (!candidate.approximate || !Number.isInteger(candidate.value)) return false;
        return !YEAR_LIKE.test(ctx.text.slice(candidate.numberStart, candidate.numberEnd));
      }
      return Number.isInteger(candidate.value) || candidate.nounIsOwn;
    }),
};
