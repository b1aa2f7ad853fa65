import type { Figure } from '../../model/extraction.js';
import { runExtractor } from '../run.js';
import type { ExtractionContext, ExtractorConfiguration, Span } from '../types.js';
import type { FigureCandidate } from './candidate.js';
import { digitFigureParser, wordFigureParser } from './parsers.js';
import {
  attachOwnNouns,
  attachSubjectNouns,
  borrowNouns,
  dropDurations,
  dropNonFigures,
  dropNounlessCounts,
  dropTakenOffsets,
  markApproximate,
} from './refiners.js';

/** Offsets already taken by other extractors (dates, resolution and document numbers): never figures. */
export interface FigureOptions {
  readonly exclude?: readonly { start: number; end: number }[];
}

function configuration(options: FigureOptions): ExtractorConfiguration<FigureCandidate> {
  return {
    parsers: [digitFigureParser, wordFigureParser],
    refiners: [
      dropTakenOffsets(options.exclude ?? []),
      markApproximate,
      dropNonFigures,
      attachOwnNouns,
      // After borrowing: "sentences of 14 and 10 years" makes both numbers durations.
      borrowNouns,
      attachSubjectNouns,
      dropDurations,
      dropNounlessCounts,
    ],
  };
}

/** The scorer's identity of a figure: value to six significant digits, and unit. */
function figureKey(candidate: FigureCandidate): string {
  const { value } = candidate;
  // A whole number of at most six digits is its own six-digit rounding; toPrecision is slow.
  const rounded = Number.isInteger(value) && Math.abs(value) < 1e6 ? value : Number(value.toPrecision(6));
  return `${rounded}|${candidate.unit}`;
}

function toFigure(ctx: ExtractionContext, span: Span<FigureCandidate>): Figure {
  const candidate = span.value;
  const isCount = candidate.unit === 'count';
  const end = isCount && candidate.nounIsOwn && candidate.nounEnd !== null ? candidate.nounEnd : span.end;
  return {
    value: candidate.value,
    unit: candidate.unit,
    noun: isCount ? candidate.noun : null,
    approximate: candidate.approximate,
    text: ctx.text.slice(span.start, end),
    start: span.start,
    end,
  };
}

/**
 * Every number that counts or measures something, once per distinct (value, unit): the first mention
 * stands for it, with the first counted noun seen.
 *
 * @example
 * extractFigures({ text: 'more than 4,700 participants from over 60 Member States and $522.3 million' });
 * // [{ value: 4700, unit: 'count', noun: 'participant', approximate: true, text: 'more than 4,700 participants', … },
 * //  { value: 60, unit: 'count', noun: 'state', approximate: true, … },
 * //  { value: 522300000, unit: 'USD', noun: null, approximate: false, text: '$522.3 million', … }]
 */
export function extractFigures(ctx: ExtractionContext, options: FigureOptions = {}): Figure[] {
  const spans = runExtractor(ctx, configuration(options));
  const byKey = new Map<string, Figure>();
  for (const span of spans) {
    const key = figureKey(span.value);
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, toFigure(ctx, span));
    else if (seen.noun === null && span.value.noun !== null && seen.unit === 'count') {
      byKey.set(key, { ...seen, noun: span.value.noun });
    }
  }
  return [...byKey.values()];
}
