import type { ExtractionContext, Refiner, Span } from '../../types.js';
import type { DateValue } from '../calendar.js';

/*
 * The zones below are found from literal anchors ("esolution", "(", "http", "www.", "](") located with
 * indexOf, then each pattern is tried sticky at its anchor: a regular expression that opens with `\b` or a
 * character class makes the engine try every position of a long report, which cost more than the dates.
 */

/** The last text asked about and its keywords: both refiners below ask, one after the other. */
let keywordsText: string | null = null;
let keywordsFound: readonly number[] = [];

/** Offsets of "Resolution"/"resolution" (the "R" or "r"), in text order. */
function resolutionKeywords(text: string): readonly number[] {
  if (text === keywordsText) {
    // An equal text may be another string object: keep this one, so the next call compares by reference.
    keywordsText = text;
    return keywordsFound;
  }
  const found: number[] = [];
  // "lution" is searched rather than the whole word: V8 finds it several times faster.
  for (let at = text.indexOf('lution', 4); at >= 0; at = text.indexOf('lution', at + 6)) {
    const initial = text.charAt(at - 4);
    if ((initial === 'R' || initial === 'r') && text.startsWith('eso', at - 3)) found.push(at - 4);
  }
  keywordsText = text;
  keywordsFound = found;
  return found;
}

/** Where `pattern` (sticky) matches at `at`, as a zone, or null. */
function matchAt(text: string, pattern: RegExp, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Web addresses and markdown link targets: their digits are paths, not dates. */
const addressAt = /(?:\bhttps?:\/\/|\bwww\.|\]\()[^\s)]*/y;
/** "://" rather than "http": V8 finds the rarer ":" many times faster. */
const addressAnchors = ['://', 'www.', ']('];

/**
 * A list of resolution numbers with their adoption years: "resolutions 2178 (2014), 1988 and 2253",
 * "resolution [2462 \(2019\)](#)". Each item must consume its whole number (`(?!\d)`), so the loop is linear.
 * A list holds no lower-case "esolution", so lists found at each keyword never overlap.
 */
const resolutionListAt =
  /\b[Rr]esolutions?\s+(?:\[?(?:[A-Z]+\/)*\d+(?!\d)(?:\/\d+(?!\d))*(?:\s*\\?\(\s*\d{4}\s*\\?\))?\]?(?:\(#\))?(?:,\s*(?:and\s+)?|\s+and\s+)?)+/y;

/**
 * The zones a global scan with the address pattern would find: candidate starts in text order, each tried
 * only past the end of the previous zone.
 */
function addressZones(text: string): Array<[number, number]> {
  const starts: number[] = [];
  for (const anchor of addressAnchors) {
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
      if (anchor !== '://') starts.push(at);
      else if (text.startsWith('https', at - 5)) starts.push(at - 5);
      else if (text.startsWith('http', at - 4)) starts.push(at - 4);
    }
  }
  starts.sort((a, b) => a - b);
  const found: Array<[number, number]> = [];
  let lastEnd = 0;
  for (const start of starts) {
    if (start < lastEnd) continue;
    const match = matchAt(text, addressAt, start);
    if (match === null) continue;
    lastEnd = start + match[0].length;
    found.push([start, lastEnd]);
  }
  return found;
}

function resolutionListZones(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const start of resolutionKeywords(text)) {
    const match = matchAt(text, resolutionListAt, start);
    if (match !== null) found.push([start, start + match[0].length]);
  }
  return found;
}

/** Answers "does this span overlap a zone?" for spans asked in text order, in linear time overall. */
function zoneTester(found: ReadonlyArray<readonly [number, number]>): (span: Span<DateValue>) => boolean {
  let index = 0;
  return (span) => {
    while (index < found.length && (found[index]?.[1] ?? 0) <= span.start) index++;
    const zone = found[index];
    return zone !== undefined && zone[0] < span.end;
  };
}

/** Drops dates inside web addresses, and bare years inside resolution lists (numbers and adoption years). */
export const dropExcludedZones: Refiner<DateValue> = {
  name: 'drop-excluded-zones',
  refine: (ctx: ExtractionContext, spans) => {
    const inAddress = zoneTester(addressZones(ctx.text));
    const inResolutionList = zoneTester(resolutionListZones(ctx.text));
    return [...spans]
      .sort((a, b) => a.start - b.start)
      .filter((span) => {
        const bareYear = span.value.from.month === undefined && span.value.to === undefined;
        const address = inAddress(span);
        const resolutionList = inResolutionList(span);
        return !address && !(bareYear && resolutionList);
      });
  },
};

/** "resolution 1970", "resolutions [1970": a number cited after the keyword. */
const numberAfterKeyword = /\b[Rr]esolutions?\s+\[?(\d{4})(?!\d)/y;
/** "1970 (2011)", "[1970 \\(2011\\)": the year in parentheses that follows a resolution number. */
const adoptionYearAt = /\(\s*[12]\d{3}\s*\\?\)/y;

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/**
 * The four-digit number right before an opening parenthesis at `open` ("1970 (", "1970 \\("), when it stands
 * alone (nothing of a word, symbol or decimal glued before it), else null.
 */
function numberBeforeParenthesis(text: string, open: number): string | null {
  let end = open;
  if (text.charAt(end - 1) === '\\') end--;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  const start = end - 4;
  if (start < 0) return null;
  for (let i = start; i < end; i++) if (!isDigit(text.charAt(i))) return null;
  if (start > 0 && /[\w/.,]/.test(text.charAt(start - 1))) return null;
  return text.slice(start, end);
}

/**
 * Every number cited as a resolution: "resolution 1970", "1970 (2011)", "[1970 \\(2011\\)](#)". Both forms
 * are read from their literal anchors; neither can start inside the other, so this is the set a single scan
 * for either form would give.
 */
function resolutionNumbers(text: string): Set<string> {
  const numbers = new Set<string>();
  for (const start of resolutionKeywords(text)) {
    const match = matchAt(text, numberAfterKeyword, start);
    if (match !== null) numbers.add(match[1] ?? '');
  }
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (matchAt(text, adoptionYearAt, open) === null) continue;
    const number = numberBeforeParenthesis(text, open);
    if (number !== null) numbers.add(number);
  }
  return numbers;
}

/**
 * Prepositions that make a bare number a year even when a resolution has that number ("in 1970"), and the comma
 * of a treaty title and its year ("Unlawful Seizure of Aircraft, 1970").
 */
const yearPreposition = /(?:\b(?:in|since|until|by|during|before|after|from|between)|,)\s+$/i;

function isBareYear(span: Span<DateValue>): boolean {
  return span.value.to === undefined && span.value.from.month === undefined;
}

/**
 * Drops a bare "year" that is a resolution number cited elsewhere in the document ("paragraphs 15 and 16 of 1970",
 * after "resolutions 1970 (2011)"), unless a preposition makes it a year.
 */
export const dropResolutionNumbers: Refiner<DateValue> = {
  name: 'drop-resolution-numbers',
  refine: (ctx, spans) => {
    if (!spans.some(isBareYear)) return spans;
    const numbers = resolutionNumbers(ctx.text);
    if (numbers.size === 0) return spans;
    return spans.filter((span) => {
      if (!isBareYear(span) || !numbers.has(span.text)) return true;
      return yearPreposition.test(ctx.text.slice(Math.max(0, span.start - 12), span.start));
    });
  },
};
