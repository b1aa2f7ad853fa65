import { isAsciiLetterCode, isDigitCode, isWhitespaceCode } from '../char-codes.js';
import type { FigureCandidate } from './candidate.js';
import { looksPlural } from './head-noun.js';
import { nounBeforeBracket } from './stated-counts.js';

/**
 * Contexts in which a number is a label, a reference, a date part or a name rather than a quantity. Each
 * rule looks only at a short window around the number, so the whole check is linear in the text.
 */

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|' +
  // French and Spanish month names, common in citations of UN sources.
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';

// "29 June", "1 and 2 July", "28–29 June": a day before a month name (case-sensitive: "may" is a verb).
const MONTH_AFTER = new RegExp(`^\\s*(?:(?:[-–‑]|to|and|or)\\s*\\d{1,2}\\s*)?(?:${MONTHS})\\b`);
// "June 29", "May 3, 2024", "June 29 to July 2".
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+(?:\\d{1,2}(?:,\\s*|\\s*(?:[-–‑]|to|and)\\s*))?$`);

/**
 * Words after which a number is a label or a reference ("resolution 2178", "paragraph 74", "Goal 16",
 * "page 3"), possibly through a list ("resolutions 1373, 1540 and 1624").
 */
const REFERENCE_WORDS =
  'resolutions?|paragraphs?|paras?\\.?|items?|articles?|arts?\\.|rules?|annex(?:es)?|chapters?|sections?|' +
  'pages?|pp?\\.|vol(?:ume)?s?\\.?|nos?\\.?|numbers?|footnotes?|tables?|figures?|fig\\.|box(?:es)?|pillars?|' +
  'phases?|goals?|targets?|indicators?|SDGs?|sessions?|meetings?|decisions?|recommendation|principles?|' +
  'protocols?|add\\.|rev\\.|corr\\.|sect\\.|level|A/RES/|S/RES/|UNSCR|committee|regulations?|directives?|' +
  'laws?|acts?|clauses?|options?|stages?|steps?|rounds?|category|grade|version|room|tel\\.?|fax|phone|' +
  'telephone|ext\\.|code|ISO|agenda|objectives?|outcomes?|outputs?|cluster|component|module|unit|lot|case';
const LIST_LINK = '\\s*(?:,|and|or|&|to|–|-)\\s*';
const LISTED_NUMBER = '\\d[\\d/.]*(?:\\s*\\\\?\\(\\d{4}\\\\?\\))?';
const REFERENCE_BEFORE = new RegExp(
  `\\b(?:${REFERENCE_WORDS}):?\\s*(?:${LISTED_NUMBER}${LIST_LINK}(?:resolutions?\\s+)?)*$`,
  'i',
);
/**
 * When the words before a number end in a plain word, REFERENCE_BEFORE can only match if that word is a
 * reference word, a list link ("and") or "resolution(s)" after a link ("1373 and resolution 1540").
 */
const REFERENCE_WORD = new RegExp(`^(?:${REFERENCE_WORDS})$`, 'i');
const LINK_WORD = /^(?:and|or|to|(?:and|or|to)?resolutions?)$/i;
/** The reference words written with a dot ("para.", "pp.", "No."): a number after any other dot is no reference. */
const DOTTED_REFERENCE_WORD = /^(?:paras?|arts?|pp?|vol(?:ume)?s?|nos?|fig|add|rev|corr|sect|tel|ext)$/i;

// "Page 3 of 20", "-- 8 of 34 --", "3/22": a line that only numbers the page.
const PAGE_LINE = /^[\s\-–—]*(?:page\s*)?\d+(?:\s*(?:of|\/)\s*\d+)?[\s\-–—]*$/i;
const PAGE_LINE_OPENING = /^[\s\-–—]*(?:[pP\d]|$)/;
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|h\b|GMT\b|UTC\b|o['’]?\s?clock)/i;
// "resolution 2178 (2014)": a number followed by a year in brackets is a resolution or law number.
const YEAR_IN_BRACKETS_AFTER = /^\s*\\?\(\d{4}\\?\)/;
const NAME_OF_BEFORE = /\b(?:[A-Z][a-z]+) of\s+$/;
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.-]*)(?:[ \u00A0]+|[ \u00A0]*\n[ \u00A0]*)$/u;
// "7.62 x 39 mm", "2 × 3 m": dimensions and calibres.
const DIMENSION_BEFORE = /\d\s*[x×]\s*$/;
const DIMENSION_AFTER = /^\s*[x×]\s*\d/;
// What ends the line above a footnote: the end of a sentence, a closing quote or bracket, a rule of underscores.
const SENTENCE_END_BEFORE = /\p{Ll}[.!?;]["”’)]?[ \u00A0]+$/u;
const FOOTNOTE_LINE_BEFORE = /(?:^|[.!?:;)\]"”’_]|\d)\s*$/;
const SENTENCE_BOUNDARY_BEFORE = /(?:^|[.!?:;]["”’)]?|\n)\s*$/;

const LINE_WINDOW = 240;
/** How far after the number the checks on what follows it read. */
const AFTER_REACH = 40;
/** How far before the number the checks on what precedes it read. */
const BEFORE_REACH = 120;
/**
 * How far back a month ("September 29, ") or a reference word and its list ("resolutions 1373, 1540 and ")
 * can reach: unanchored look-backs over short windows keep the checks cheap.
 */
const MONTH_REACH = 24;
const REFERENCE_REACH = 80;

/*
 * Most numbers pass every rule, so each rule first reads the one or two characters its pattern needs next to
 * the number, by code, and slices the text and runs its regular expression only when they fit: a check of
 * several regular expressions per number was a hot spot of long reports. Each gate is a condition the pattern
 * itself implies, read over the same window, so the rules decide exactly as the patterns alone would.
 */

/** Where the first character at or after `from` that is not `\s` stands, or `limit`. */
function skipSpacesForward(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isWhitespaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Where the white space (`\s`) that ends `floor..to` begins: `to` when none does. */
function skipSpacesBack(text: string, floor: number, to: number): number {
  let at = to;
  while (at > floor && isWhitespaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** A space or a no-break space. */
function isBlankCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** Where the spaces and no-break spaces (not other white space) that end `floor..to` begin. */
function skipBlanksBack(text: string, floor: number, to: number): number {
  let at = to;
  while (at > floor && isBlankCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where the spaces and no-break spaces starting at `from` end, at most at `limit`. */
function skipBlanksForward(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && isBlankCode(text.charCodeAt(at))) at++;
  return at;
}

/** A character of `\w`: ASCII letter, digit or underscore. */
function isWordCharacter(code: number): boolean {
  return isAsciiLetterCode(code) || isDigitCode(code) || code === 95;
}

function isDashCode(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2011;
}

/** Whether `from..to` holds at least `minimum` characters, all ASCII digits. */
function allDigits(text: string, from: number, to: number, minimum: number): boolean {
  if (to - from < minimum) return false;
  for (let at = from; at < to; at++) if (!isDigitCode(text.charCodeAt(at))) return false;
  return true;
}

const UPPER_CASE_LETTER = /^\p{Lu}/u;

/** `\p{Lu}` at `at`, reading no further than `limit`. */
function isUpperCaseAt(text: string, at: number, limit: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_CASE_LETTER.test(text.slice(at, Math.min(at + 2, limit)));
}

/** The first two characters of a word as one number, to look up in a set of openings. */
function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

const MONTH_WORDS = MONTHS.split('|');
/** How what MONTH_AFTER reads after the spaces opens: a month, or "to", "and", "or" before a second day. */
const MONTH_AFTER_OPENINGS = new Set([...MONTH_WORDS, 'to', 'and', 'or'].map((word) => pairAt(word, 0)));
/**
 * The ASCII letters a month ends with after its last other letter ("vrier" of "février"): the run of ASCII
 * letters before the number's spaces must be one of these for MONTH_BEFORE to find a month there.
 */
const MONTH_ASCII_ENDINGS = new Set(MONTH_WORDS.map((word) => word.replace(/^.*[^ -~]/, '')));

/** "29 June", "1 and 2 July": MONTH_AFTER, on the window after the number. */
function monthAfter(text: string, end: number, afterEnd: number, firstAfter: number): boolean {
  if (firstAfter >= afterEnd) return false;
  const opens =
    isDashCode(text.charCodeAt(firstAfter)) ||
    (firstAfter + 1 < afterEnd && MONTH_AFTER_OPENINGS.has(pairAt(text, firstAfter)));
  return opens && MONTH_AFTER.test(text.slice(end, afterEnd));
}

/** "June 29", "May 3, 2024": MONTH_BEFORE, on the window before the number. */
function monthBefore(text: string, start: number): boolean {
  const floor = Math.max(0, start - MONTH_REACH);
  const last = skipSpacesBack(text, floor, start);
  if (last === floor) return false;
  const code = text.charCodeAt(last - 1);
  let opens: boolean;
  if (code === 44) opens = last - 1 > floor && isDigitCode(text.charCodeAt(last - 2));
  else if (isDashCode(code)) opens = followsDigit(text, floor, last - 1);
  else if (code === 46) opens = last < start;
  else if (isAsciiLetterCode(code)) {
    let wordStart = last - 1;
    while (wordStart > floor && isAsciiLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, last);
    // A link after a first day ("June 29 to "), or a month, which needs white space before the number.
    opens =
      ((word === 'to' || word === 'and') && followsDigit(text, floor, wordStart)) ||
      (last < start && MONTH_ASCII_ENDINGS.has(word));
  } else opens = false;
  return opens && MONTH_BEFORE.test(text.slice(floor, start));
}

/** A digit, then perhaps white space, right before `at` (not before `floor`): the day before a link. */
function followsDigit(text: string, floor: number, at: number): boolean {
  const end = skipSpacesBack(text, floor, at);
  return end > floor && isDigitCode(text.charCodeAt(end - 1));
}

/** TIME_AFTER, on the window after the number: its words open with these letters, followed as listed. */
function timeAfter(text: string, end: number, afterEnd: number, firstAfter: number): boolean {
  if (firstAfter >= afterEnd) return false;
  const first = text.charCodeAt(firstAfter) | 0x20;
  const second = firstAfter + 1 < afterEnd ? text.charCodeAt(firstAfter + 1) : -1;
  const secondLower = second | 0x20;
  let opens: boolean;
  if (first === 97 || first === 112)
    opens = second === 46 || secondLower === 109; // a.m., am, p.m., pm
  else if (first === 104)
    opens = true; // h, hrs
  else if (first === 103)
    opens = secondLower === 109; // GMT
  else if (first === 117)
    opens = secondLower === 116; // UTC
  else if (first === 111) opens = second === 39 || second === 0x2019 || secondLower === 99 || isWhitespaceCode(second);
  else opens = false;
  return opens && TIME_AFTER.test(text.slice(end, afterEnd));
}

/**
 * What may end a reference and its list, before the spaces: a reference word or its colon or dot, the slash of
 * "A/RES/", a list link (",", "&", dashes) or a link word, or "resolution(s)".
 */
function isReferenceEnd(code: number): boolean {
  return isWordCharacter(code) || code === 58 || code === 46 || code === 47 || isListLinkMark(code);
}

function isListLinkMark(code: number): boolean {
  return code === 44 || code === 38 || code === 0x2013 || code === 45;
}

/** What ends a listed number, before a list link: a digit, a slash, a dot or the bracket of "(2014)". */
function isListedNumberEnd(code: number): boolean {
  return isDigitCode(code) || code === 47 || code === 46 || code === 41;
}

/**
 * REFERENCE_BEFORE tried at every position of its window is costly; most numbers follow an ordinary word
 * ("25 people", "in 12") or a bracket, which rules it out before the regular expression runs.
 */
function followsReference(text: string, start: number): boolean {
  const floor = Math.max(0, start - REFERENCE_REACH);
  const end = skipSpacesBack(text, floor, start);
  if (end === floor) return false;
  const last = text.charCodeAt(end - 1);
  if (!isReferenceEnd(last)) return false;
  if (isListLinkMark(last)) {
    // A link mark only ever follows a listed number.
    const beforeLink = skipSpacesBack(text, floor, end - 1);
    if (beforeLink === floor || !isListedNumberEnd(text.charCodeAt(beforeLink - 1))) return false;
  } else if (last === 46) {
    let wordStart = end - 1;
    while (wordStart > floor && isWordCharacter(text.charCodeAt(wordStart - 1))) wordStart--;
    return DOTTED_REFERENCE_WORD.test(text.slice(wordStart, end - 1));
  } else if (isDigitCode(last) || last === 95) {
    // Every reference and list ends in a reference word, a colon, a link or "resolution(s)": none in a digit.
    return false;
  } else if (isWordCharacter(last)) {
    let wordStart = end;
    while (wordStart > floor && isWordCharacter(text.charCodeAt(wordStart - 1))) wordStart--;
    const lastWord = text.slice(wordStart, end);
    // A reference word right before the number is a reference by itself ("paragraph 5").
    if (REFERENCE_WORD.test(lastWord)) return true;
    if (/^[A-Za-z]+$/.test(lastWord) && !LINK_WORD.test(lastWord)) return false;
  }
  return REFERENCE_BEFORE.test(text.slice(floor, start));
}

/**
 * A cell boundary ends the line before the number: a tab or bar, or a non-space and three spaces, then only
 * spaces. `floor` is where the line's window starts.
 */
function endsInTableCell(text: string, floor: number, start: number): boolean {
  const end = skipBlanksBack(text, floor, start);
  if (end === floor) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 10) return false;
  if (last === 9 || last === 124) return true;
  return !isWhitespaceCode(last) && end + 3 <= start && text.startsWith('   ', end);
}

/** A digit, then one or more spaces, right before: part of a row of numbers. */
function followsNumber(text: string, floor: number, start: number): boolean {
  const end = skipBlanksBack(text, floor, start);
  return end < start && end > floor && isDigitCode(text.charCodeAt(end - 1));
}

/** Where the line that holds the number starts, looking back at most a window's width. */
function lineStartBefore(text: string, start: number): number {
  // Bounded: a document without line breaks must not make every lookup scan the whole text.
  const floor = Math.max(0, start - LINE_WINDOW);
  let at = start;
  while (at > floor && text.charCodeAt(at - 1) !== 10) at--;
  return at;
}

/** Where the line that holds the number ends, looking ahead at most a window's width. */
function lineEndAfter(text: string, end: number): number {
  const limit = Math.min(text.length, end + LINE_WINDOW);
  let at = end;
  while (at < limit && text.charCodeAt(at) !== 10) at++;
  return at;
}

/** The whitespace-delimited token around the number ("S/2019/612", "http://x/2018") holds a slash, "@" or an address. */
function inSymbolOrAddress(text: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && start - left < 80 && !isSpaceAt(text, left - 1)) left--;
  let right = end;
  while (right < text.length && right - end < 80 && !isSpaceAt(text, right)) right++;
  for (let at = left; at < right; at++) {
    const code = text.charCodeAt(at);
    if (code === 47 || code === 64) return true;
    if (code === 119 && at + 4 <= right && text.startsWith('www.', at)) return true;
    if (code === 104 && text.startsWith('http', at)) {
      if (at + 5 <= right && text.charCodeAt(at + 4) === 58) return true;
      if (at + 6 <= right && text.startsWith('s:', at + 4)) return true;
    }
  }
  return false;
}

/** `\s` at `index`, with ASCII decided without a regular expression. */
function isSpaceAt(text: string, index: number): boolean {
  return isWhitespaceCode(text.charCodeAt(index));
}

/** The characters of a line that only marks a list entry before the number: /^[\s>*•·\-–(]*$/. */
function isListMarkCode(code: number): boolean {
  return (
    isWhitespaceCode(code) ||
    code === 62 ||
    code === 42 ||
    code === 0x2022 ||
    code === 0xb7 ||
    code === 45 ||
    code === 0x2013 ||
    code === 40
  );
}

/** The characters PAGE_LINE allows before the number: white space, dashes, digits, "/" and the letters of "page" and "of". */
function isPageLineCode(code: number): boolean {
  if (isWhitespaceCode(code) || isDigitCode(code)) return true;
  if (code === 45 || code === 0x2013 || code === 0x2014 || code === 47) return true;
  const lower = code | 0x20;
  return lower === 112 || lower === 97 || lower === 103 || lower === 101 || lower === 111 || lower === 102;
}

/**
 * How the line before the number reads, from one look back: whether it only marks a list entry, and whether
 * it may open a page line; -1 as the line start when neither holds (the look back stops early then).
 */
function lineOpening(text: string, start: number): { lineStart: number; listMark: boolean; pageLine: boolean } {
  const floor = Math.max(0, start - LINE_WINDOW);
  let listMark = true;
  let pageLine = true;
  let at = start;
  while (at > floor) {
    const code = text.charCodeAt(at - 1);
    if (code === 10) break;
    listMark &&= isListMarkCode(code);
    pageLine &&= isPageLineCode(code);
    if (!listMark && !pageLine) return NO_OPENING;
    at--;
  }
  return { lineStart: at, listMark, pageLine };
}
const NO_OPENING = { lineStart: -1, listMark: false, pageLine: false };

/**
 * A footnote opens its line with its number and a capitalised word ("5 UN News, ...", "12 See A/73/866"),
 * right after a line that ended a sentence; a count wrapped onto a new line follows an unfinished one.
 */
function isFootnoteNumber(text: string, start: number, end: number): boolean {
  const afterLimit = Math.min(text.length, end + LINE_WINDOW);
  const word = skipBlanksForward(text, end, afterLimit);
  if (word === end || word >= afterLimit) return false;
  const code = text.charCodeAt(word);
  if (code !== 0x201c && code !== 34 && !isUpperCaseAt(text, word, afterLimit)) return false;
  const floor = Math.max(0, start - LINE_WINDOW);
  const blankStart = skipBlanksBack(text, floor, start);
  if (blankStart === floor || text.charCodeAt(blankStart - 1) === 10) {
    const lineStart = blankStart;
    return FOOTNOTE_LINE_BEFORE.test(text.slice(Math.max(0, lineStart - 40), lineStart));
  }
  // A flattened superscript after a full stop: "... in the region. 12 Several punitive attacks ...". The
  // pattern reads at most four code units before the spaces (a letter, a stop, a quote).
  return blankStart < start && SENTENCE_END_BEFORE.test(text.slice(Math.max(floor, blankStart - 4), start));
}

// After a line of prose, a blank line and a lower-case word: a paragraph break of the PDF inside a sentence.
const LOWER_CASE_AFTER_BLANK_LINE = /^\n[ \u00A0]*\n[ \u00A0]*\p{Ll}/u;
const CAPITALISED_WORD_BELOW = /^\n[ \u00A0]*(\p{Lu}\p{Ll}+)\b/u;
const LOWER_CASE_WORD_AT_END = /(?:^|[ \u00A0])\p{Ll}+$/u;

/**
 * The sentence of a count that closes its line goes on below, so the count is prose rather than a table cell:
 * the line reads as prose up to the number (a lower-case word or a comma right before it), and the next line
 * continues in lower case after a blank line ("Of these, 82\n\ncases occurred"), or, for a qualified count,
 * opens with a capitalised plural head ("more than 40\nHeads of State").
 */
function sentenceRunsOn(text: string, start: number, lineEnd: number, approximate: boolean): boolean {
  const lineStart = lineStartBefore(text, start);
  const end = skipBlanksBack(text, lineStart, start);
  if (
    (end === lineStart || text.charCodeAt(end - 1) !== 44) &&
    !LOWER_CASE_WORD_AT_END.test(text.slice(Math.max(lineStart, end - 24), end))
  ) {
    return false;
  }
  const below = text.slice(lineEnd, lineEnd + 40);
  if (LOWER_CASE_AFTER_BLANK_LINE.test(below)) return true;
  const word = approximate ? CAPITALISED_WORD_BELOW.exec(below)?.[1] : undefined;
  return word !== undefined && looksPlural(word);
}

function isSentenceStart(text: string, wordStart: number): boolean {
  return SENTENCE_BOUNDARY_BEFORE.test(text.slice(Math.max(0, wordStart - 8), wordStart));
}

/** A space, a no-break space or a line break: what separates the word before a number from it. */
function isBreakCode(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 10;
}

const NAME_WORD_REACH = 40;

/** A capitalised word right before the number, inside a sentence: "Windows 10", "Resolution 2396". */
function followsNameWord(text: string, numberStart: number, allowed: ReadonlySet<string>): boolean {
  const floor = Math.max(0, numberStart - NAME_WORD_REACH);
  // The word can only be the last one before the break: trying the pattern at all forty positions was a hot spot.
  let tokenEnd = numberStart;
  while (tokenEnd > floor && isBreakCode(text.charCodeAt(tokenEnd - 1))) tokenEnd--;
  // The pattern needs a break before the number and a capital letter in the token (any non-ASCII may be one).
  if (tokenEnd === numberStart || tokenEnd === floor) return false;
  let tokenStart = tokenEnd;
  let capital = false;
  while (tokenStart > floor && !isBreakCode(text.charCodeAt(tokenStart - 1))) {
    const code = text.charCodeAt(tokenStart - 1);
    capital ||= (code >= 65 && code <= 90) || code >= 128;
    tokenStart--;
  }
  if (!capital) return false;
  const match = CAPITALISED_WORD_BEFORE.exec(text.slice(tokenStart, numberStart));
  if (match === null) return false;
  const word = match[1] ?? '';
  if (allowed.has(word.toLowerCase())) return false;
  return !isSentenceStart(text, tokenStart + match.index);
}

/** Capitalised words that may stand before a count: qualifiers and determiners at the start of a title. */
const ALLOWED_BEFORE = new Set([
  'the',
  'some',
  'over',
  'about',
  'nearly',
  'almost',
  'around',
  'approximately',
  'roughly',
  'only',
  'all',
  'with',
  'and',
  'of',
  'for',
  'by',
  'in',
  'to',
]);

const CALENDAR_YEAR_MIN = 1800;
const CALENDAR_YEAR_MAX = 2100;

/** Written like a calendar year: four digits, no separator, no decimals. */
function looksLikeYear(text: string, start: number, end: number, value: number): boolean {
  return (
    end - start === 4 && allDigits(text, start, end, 4) && value >= CALENDAR_YEAR_MIN && value <= CALENDAR_YEAR_MAX
  );
}

/**
 * Why a proposed number is not a figure, or null when nothing speaks against it. `approximate` lets
 * "more than 2000" through although it is written like a year.
 *
 * @example
 * notAFigureReason('resolution 2178 (2014)', candidateFor('2178')); // 'reference'
 */
export function notAFigureReason(text: string, candidate: FigureCandidate, approximate: boolean): string | null {
  const { numberStart: start, numberEnd: end } = candidate;
  const afterEnd = Math.min(text.length, end + AFTER_REACH);
  const firstAfter = skipSpacesForward(text, end, afterEnd);
  const nextCode = firstAfter < afterEnd ? text.charCodeAt(firstAfter) : -1;
  const isMoney = candidate.unit !== 'count' && candidate.unit !== 'percent';
  if (monthAfter(text, end, afterEnd, firstAfter) || monthBefore(text, start)) return 'date';
  if (candidate.unit === 'count' && !approximate && looksLikeYear(text, start, end, candidate.value)) return 'year';
  if (timeAfter(text, end, afterEnd, firstAfter)) return 'time';
  if (candidate.inWords) return null;
  if (followsReference(text, start)) return 'reference';
  if (allDigits(text, start, end, 6)) return 'code';
  const beforeStart = Math.max(0, start - BEFORE_REACH);
  const lastBeforeAt = skipSpacesBack(text, beforeStart, start);
  const lastBefore = lastBeforeAt > beforeStart ? text.charCodeAt(lastBeforeAt - 1) : -1;
  if (
    ((lastBefore === 120 || lastBefore === 0xd7) && DIMENSION_BEFORE.test(text.slice(beforeStart, start))) ||
    ((nextCode === 120 || nextCode === 0xd7) && DIMENSION_AFTER.test(text.slice(end, afterEnd)))
  ) {
    return 'dimension';
  }
  if ((nextCode === 92 || nextCode === 40) && YEAR_IN_BRACKETS_AFTER.test(text.slice(end, afterEnd)))
    return 'reference';
  if (inSymbolOrAddress(text, start, end)) return 'symbol or address';
  const opening = lineOpening(text, start);
  if (opening.listMark && (listMarkAfter(text, end) || onlySpacesToLineEnd(text, end))) return 'list or page number';
  // A page line opens with dashes, "page" or a number: most lines fail that before anything is concatenated.
  if (opening.pageLine) {
    const lineBefore = text.slice(opening.lineStart, start);
    if (
      PAGE_LINE_OPENING.test(lineBefore) &&
      PAGE_LINE.test(`${lineBefore}${text.slice(start, end)}${text.slice(end, lineEndAfter(text, end))}`)
    ) {
      return 'page number';
    }
  }
  if (
    lastBefore === 40 &&
    nextCode === 41 &&
    candidate.unit === 'count' &&
    nounBeforeBracket(text, candidate) === null
  ) {
    return 'list number';
  }
  if (!isMoney && candidate.unit !== 'percent') {
    if (followsNumber(text, beforeStart, start) || followedByNumber(text, end, afterEnd)) return 'table row';
    if (isFootnoteNumber(text, start, end)) return 'footnote';
    if (endsInTableCell(text, Math.max(0, start - LINE_WINDOW), start)) return 'table cell';
    // A count closing its line before a capitalised line or a blank one is a table cell, not prose.
    const lineLimit = Math.min(text.length, end + LINE_WINDOW);
    const lineEnd = skipBlanksForward(text, end, lineLimit);
    if (
      (lineEnd === lineLimit || text.charCodeAt(lineEnd) === 10) &&
      /^\n(?:[ \u00A0]*\n|[ \u00A0]*[\p{Lu}\d]|$)/u.test(text.slice(lineEnd, lineEnd + 4)) &&
      !sentenceRunsOn(text, start, lineEnd, approximate)
    )
      return 'table cell';
    // Counts of a thousand or more carry a separator ("2,500"); bare digits before a capital are a name.
    if (allDigits(text, start, end, 4) && capitalAfterBlanks(text, end, afterEnd)) return 'name';
  }
  if (lastBefore === 102) {
    const before = text.slice(beforeStart, start);
    if (
      NAME_OF_BEFORE.test(before) &&
      !isSentenceStart(text, start - (before.length - before.search(NAME_OF_BEFORE)))
    ) {
      return 'name';
    }
  }
  if (!isMoney && followsNameWord(text, start, ALLOWED_BEFORE)) return 'name';
  return null;
}

/** LIST_MARK_AFTER on the rest of the line: "." then white space or the line's end, or ")" then white space. */
function listMarkAfter(text: string, end: number): boolean {
  const mark = text.charCodeAt(end);
  if (mark === 46) return end + 1 >= text.length || isWhitespaceCode(text.charCodeAt(end + 1));
  const next = text.charCodeAt(end + 1);
  return mark === 41 && next !== 10 && isWhitespaceCode(next);
}

/** Nothing but white space from `end` to the line's end (or a window's width): /^\s*$/ on the rest of the line. */
function onlySpacesToLineEnd(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + LINE_WINDOW);
  let at = end;
  while (at < limit && text.charCodeAt(at) !== 10) {
    if (!isWhitespaceCode(text.charCodeAt(at))) return false;
    at++;
  }
  return true;
}

/** "40 24 17 15": a row of a table flattened into text (the number before is read by followsNumber). */
function followedByNumber(text: string, end: number, afterEnd: number): boolean {
  const next = skipBlanksForward(text, end, afterEnd);
  return next > end && next < afterEnd && isDigitCode(text.charCodeAt(next));
}

/** Spaces, then a capital letter, after the number. */
function capitalAfterBlanks(text: string, end: number, afterEnd: number): boolean {
  const next = skipBlanksForward(text, end, afterEnd);
  return next > end && next < afterEnd && isUpperCaseAt(text, next, afterEnd);
}
