import { compiledOnce, spanAt } from '../run.js';
import type { ExtractionContext, Parser, Span } from '../types.js';
import { type FigureCandidate, newCandidate } from './candidate.js';
import { NUMBER_WORD_START, parseNumberWords } from './number-words.js';
import { currencyBefore, measureAfter, scaleAfter, sharedScaleAfter, unitAfter } from './units.js';

/**
 * Digits as written in UN documents: "2,500", "113 000" (thin or plain space groups), "1.5", "522.3".
 * The look-behind refuses digits glued to letters, slashes, hyphens or other digits ("COVID-19", "A/73/866",
 * "G20", "States1"): those are names, symbols or footnote marks, never counts.
 */
const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])|\d+(?:\.\d+)?/g;
// Checked by hand rather than as a look-behind, so the engine can jump straight to digits.
const GLUED_BEFORE = /[\p{L}\p{N}_.,/\\\-–‑&#@:+"”’)\]]/u;
const GLUED_BEFORE_ASCII = /[A-Za-z0-9_.,/\\\-&#@:+")\]]/;

/** GLUED_BEFORE for one character, with ASCII read by code: the look-up runs for nearly every number. */
function isGluedBefore(character: string): boolean {
  return character.charCodeAt(0) < 128 ? GLUED_BEFORE_ASCII.test(character) : GLUED_BEFORE.test(character);
}

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;
const GLUED_LETTER = /^\p{L}/u;
// "22-23 June", "2019/20", "10.30", "1.2.3": ranges, symbols, times and section numbers.
const GLUED_CONTINUATION = /^(?:[-–‑/]\s?\d|[-–‑]\p{L}|\.\d|\.[A-Za-z]{1,4}\.|,\d|:\d|\/)/u;

// "10–15 per cent", "20-30 fighters": a range of two plain numbers, the second larger, neither a job
// number ("20-02245") nor a phone number ("212-963-1234").
const RANGE = /^(\d{1,4})[-–‑]([1-9]\d{0,3})(?![\d\-–‑.,/]|\p{L})/u;

function isRange(text: string, start: number): boolean {
  if (/[\d\-–‑/]/.test(text.charAt(start - 1))) return false;
  const match = RANGE.exec(text.slice(start, start + 12));
  return match !== null && Number(match[2]) > Number(match[1]);
}

function startsRange(text: string, match: RegExpExecArray): boolean {
  return isRange(text, match.index);
}

function endsRange(text: string, match: RegExpExecArray): boolean {
  const dash = match.index - 1;
  if (!/[-–‑]/.test(text.charAt(dash))) return false;
  let left = dash;
  while (left > 0 && left > dash - 5 && /\d/.test(text.charAt(left - 1))) left--;
  return left < dash && isRange(text, left);
}

const GROUP_SEPARATOR = /[, \u00A0\u202F]/;
const GROUP_SEPARATORS = /[, \u00A0\u202F]/g;

function parseDigits(raw: string): number {
  // A separator needs at least five characters ("1,000"); most numbers are shorter and need no new string.
  return Number(raw.length >= 5 && GROUP_SEPARATOR.test(raw) ? raw.replace(GROUP_SEPARATORS, '') : raw);
}

/** Keeps values like 522.3 × 10⁶ free of binary noise (522300000.00000006). */
function tidy(value: number): number {
  // Whole numbers need no tidying, and toPrecision is slow enough to show on a long report.
  return Number.isSafeInteger(value) ? value : Number(value.toPrecision(12));
}

function candidateSpan(
  ctx: ExtractionContext,
  start: number,
  end: number,
  candidate: FigureCandidate,
): Span<FigureCandidate> {
  return spanAt(ctx, start, end, candidate);
}

/** Numbers written in digits, with an optional currency before and scale, percent or currency after. */
export const digitFigureParser: Parser<FigureCandidate> = {
  name: 'digit-figure',
  pattern: compiledOnce(() => new RegExp(DIGITS.source, DIGITS.flags)),
  extract(ctx, match) {
    const text = ctx.text;
    const numberStart = match.index;
    const previous = text.charAt(numberStart - 1);
    // Most numbers stand between spaces: then none of the glued-character patterns below can match.
    if (previous !== ' ' && previous !== '' && isGluedBefore(previous) && !endsRange(text, match)) return null;
    let numberEnd = numberStart + match[0].length;
    const next = text.charAt(numberEnd);
    const following = next === ' ' || next === '\n' ? '' : text.slice(numberEnd, numberEnd + 4);
    // A number followed by a space or a line break (most are) has nothing glued to it to check.
    if (following !== '' && ORDINAL_SUFFIX.test(following)) return null;
    const prefix = currencyBefore(text, numberStart);
    let value = parseDigits(match[0]);
    const scale = scaleAfter(text, numberEnd, prefix !== null);
    if (scale === null && following !== '' && GLUED_CONTINUATION.test(following) && !startsRange(text, match))
      return null;
    if (scale !== null) {
      value *= scale.factor;
      numberEnd = scale.end;
    } else if (following !== '' && GLUED_LETTER.test(following) && measureAfter(text, numberEnd) === null) {
      return null;
    } else {
      value *= sharedScaleAfter(text, numberEnd, value) ?? 1;
    }
    const suffix = prefix === null ? unitAfter(text, numberEnd) : null;
    const unit = prefix?.unit ?? suffix?.unit ?? 'count';
    const start = prefix?.start ?? numberStart;
    const end = suffix?.end ?? numberEnd;
    const candidate = newCandidate(tidy(value), unit, numberStart, numberEnd, false);
    const measure = unit === 'count' ? measureAfter(text, numberEnd) : null;
    if (measure === null) return candidateSpan(ctx, start, end, candidate);
    const measured = { ...candidate, noun: measure.noun, nounIsOwn: true, nounEnd: measure.end };
    return candidateSpan(ctx, start, measure.end, measured);
  },
};

const CONTINUES_NUMBER = /\b(?:hundred|thousand|million|billion|trillion)[ \t]+(?:and[ \t]+)?$/i;
const HYPHEN_COMPOUND = /^[-‐‑] ?\p{L}/u;
const SENTENCE_OPENING = /(?:^|[.!?:;]["”’)]?\s+|\n\s*|["“‘(]\s*)$/;

/**
 * Numbers spelled out: "five", "Thirty-one", "two hundred and fifty", "1.2 billion" is the digit parser's.
 * "one" alone is a determiner ("one step", "one of the"), and hyphen compounds ("two-day", "Seventy-fourth",
 * "three-dimensional") are modifiers or ordinals, so neither is proposed.
 */
export const wordFigureParser: Parser<FigureCandidate> = {
  name: 'word-figure',
  pattern: compiledOnce(() => new RegExp(NUMBER_WORD_START, 'gi')),
  extract(ctx, match) {
    const text = ctx.text;
    const numberStart = match.index;
    const before = text.slice(Math.max(0, numberStart - 20), numberStart);
    if (CONTINUES_NUMBER.test(before)) return null;
    const first = match[0];
    // A capitalised number word inside a sentence belongs to a name ("the Group of Seven", "Big Five").
    if (/^[A-Z]/.test(first) && !SENTENCE_OPENING.test(text.slice(Math.max(0, numberStart - 6), numberStart))) {
      return null;
    }
    const parsed = parseNumberWords(text, numberStart);
    if (parsed === null) return null;
    let numberEnd = parsed.end;
    if (HYPHEN_COMPOUND.test(text.slice(numberEnd, numberEnd + 3))) return null;
    if (parsed.value === 1 && parsed.words === 1) return null;
    const suffix = unitAfter(text, numberEnd);
    const unit = suffix?.unit ?? 'count';
    const end = suffix?.end ?? numberEnd;
    numberEnd = Math.min(numberEnd, end);
    return candidateSpan(ctx, numberStart, end, newCandidate(parsed.value, unit, numberStart, numberEnd, true));
  },
};
