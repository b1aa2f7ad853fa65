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
const LIST_MARK_AFTER = /^(?:\.(?:\s|$)|\)\s)/;
const NAME_OF_BEFORE = /\b(?:[A-Z][a-z]+) of\s+$/;
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}'’.-]*)(?:[ \u00A0]+|[ \u00A0]*\n[ \u00A0]*)$/u;
// "7.62 x 39 mm", "2 × 3 m": dimensions and calibres.
const DIMENSION_BEFORE = /\d\s*[x×]\s*$/;
const DIMENSION_AFTER = /^\s*[x×]\s*\d/;
// "40 24 17 15": a row of a table flattened into text (the number before is read by followsNumber).
const NUMBER_NEIGHBOUR_AFTER = /^[ \u00A0]+\d/;
// What ends the line above a footnote: the end of a sentence, a closing quote or bracket, a rule of underscores.
const SENTENCE_END_BEFORE = /\p{Ll}[.!?;]["”’)]?[ \u00A0]+$/u;
const FOOTNOTE_LINE_BEFORE = /(?:^|[.!?:;)\]"”’_]|\d)\s*$/;
const SENTENCE_BOUNDARY_BEFORE = /(?:^|[.!?:;]["”’)]?|\n)\s*$/;

const LINE_WINDOW = 240;
/**
 * How far back a month ("September 29, ") or a reference word and its list ("resolutions 1373, 1540 and ")
 * can reach: unanchored look-backs over short windows keep the checks cheap.
 */
const MONTH_REACH = 24;
const REFERENCE_REACH = 80;

/** `text` without the spaces and no-break spaces at its end (not other white space), as an end offset. */
function endBeforeSpaces(text: string): number {
  let end = text.length;
  while (end > 0 && (text.charAt(end - 1) === ' ' || text.charAt(end - 1) === '\u00A0')) end--;
  return end;
}

/** A character of `\w`: ASCII letter, digit or underscore. */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * What may end a reference and its list, before the spaces: a reference word or its colon or dot, the slash of
 * "A/RES/", a list link (",", "&", dashes) or a link word, or "resolution(s)".
 */
const REFERENCE_END = /[\w:./,&–-]/;
const LIST_LINK_MARK = /[,&–-]/;
/** What ends a listed number, before a list link: a digit, a slash, a dot or the bracket of "(2014)". */
const LISTED_NUMBER_END = /[\d/.)]/;

/**
 * REFERENCE_BEFORE tried at every position of its window is costly; most numbers follow an ordinary word
 * ("25 people", "in 12") or a bracket, which rules it out before the regular expression runs.
 */
function followsReference(window: string): boolean {
  const end = window.trimEnd().length;
  const last = window.charAt(end - 1);
  if (!REFERENCE_END.test(last)) return false;
  if (LIST_LINK_MARK.test(last)) {
    // A link mark only ever follows a listed number.
    const beforeLink = window.slice(0, end - 1).trimEnd();
    if (!LISTED_NUMBER_END.test(beforeLink.charAt(beforeLink.length - 1))) return false;
  } else if (last === '.') {
    let start = end - 1;
    while (start > 0 && isWordCharacter(window.charCodeAt(start - 1))) start--;
    return DOTTED_REFERENCE_WORD.test(window.slice(start, end - 1));
  } else if (isWordCharacter(last.charCodeAt(0))) {
    let start = end;
    while (start > 0 && isWordCharacter(window.charCodeAt(start - 1))) start--;
    const lastWord = window.slice(start, end);
    // A reference word right before the number is a reference by itself ("paragraph 5").
    if (REFERENCE_WORD.test(lastWord)) return true;
    if (/^[A-Za-z]+$/.test(lastWord) && !LINK_WORD.test(lastWord)) return false;
  }
  return REFERENCE_BEFORE.test(window);
}

/** A cell boundary ends the line before the number: a tab or bar, or a non-space and three spaces, then only spaces. */
function endsInTableCell(lineBefore: string): boolean {
  const end = endBeforeSpaces(lineBefore);
  const last = lineBefore.charAt(end - 1);
  if (last === '\t' || last === '|') return true;
  return end > 0 && /\S/.test(last) && lineBefore.startsWith('   ', end);
}

/** A digit, then one or more spaces, right before: part of a row of numbers. */
function followsNumber(before: string): boolean {
  const end = endBeforeSpaces(before);
  return end < before.length && /\d/.test(before.charAt(end - 1));
}

/** The text of the line that holds the number (at most a window's width each side), split at it. */
function lineAround(text: string, start: number, end: number): { before: string; after: string } {
  // Bounded windows: a document without line breaks must not make every lookup scan the whole text.
  const windowBefore = text.slice(Math.max(0, start - LINE_WINDOW), start);
  const windowAfter = text.slice(end, end + LINE_WINDOW);
  const lineEnd = windowAfter.indexOf('\n');
  return {
    before: windowBefore.slice(windowBefore.lastIndexOf('\n') + 1),
    after: lineEnd < 0 ? windowAfter : windowAfter.slice(0, lineEnd),
  };
}

/** The whitespace-delimited token around the number ("S/2019/612", "http://x/2018"). */
function tokenAround(text: string, start: number, end: number): string {
  let left = start;
  while (left > 0 && start - left < 80 && !isSpaceAt(text, left - 1)) left--;
  let right = end;
  while (right < text.length && right - end < 80 && !isSpaceAt(text, right)) right++;
  return text.slice(left, right);
}

/** `\s` at `index`, with ASCII decided without a regular expression. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text.charAt(index));
}

/**
 * A footnote opens its line with its number and a capitalised word ("5 UN News, ...", "12 See A/73/866"),
 * right after a line that ended a sentence; a count wrapped onto a new line follows an unfinished one.
 */
function isFootnoteNumber(text: string, start: number, line: { before: string; after: string }): boolean {
  if (!/^[ \u00A0]+[\p{Lu}“"]/u.test(line.after)) return false;
  if (/^[ \u00A0]*$/.test(line.before)) {
    const lineStart = start - line.before.length;
    return FOOTNOTE_LINE_BEFORE.test(text.slice(Math.max(0, lineStart - 40), lineStart));
  }
  // A flattened superscript after a full stop: "... in the region. 12 Several punitive attacks ...".
  return SENTENCE_END_BEFORE.test(line.before);
}

// After a line of prose, a blank line and a lower-case word: a paragraph break of the PDF inside a sentence.
const LOWER_CASE_AFTER_BLANK_LINE = /^\n[ \u00A0]*\n[ \u00A0]*\p{Ll}/u;
const CAPITALISED_WORD_BELOW = /^\n[ \u00A0]*(\p{Lu}\p{Ll}+)\b/u;

/**
 * The sentence of a count that closes its line goes on below, so the count is prose rather than a table cell:
 * the line reads as prose up to the number (a lower-case word or a comma right before it), and the next line
 * continues in lower case after a blank line ("Of these, 82\n\ncases occurred"), or, for a qualified count,
 * opens with a capitalised plural head ("more than 40\nHeads of State").
 */
function sentenceRunsOn(text: string, lineEnd: number, lineBefore: string, approximate: boolean): boolean {
  const end = endBeforeSpaces(lineBefore);
  if (
    lineBefore.charAt(end - 1) !== ',' &&
    !/(?:^|[ \u00A0])\p{Ll}+$/u.test(lineBefore.slice(Math.max(0, end - 24), end))
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

/** Where the last run of text without spaces, no-break spaces or line breaks begins, ignoring those at the end. */
function lastTokenStart(text: string): number {
  let end = text.length;
  while (end > 0 && ' \u00A0\n'.includes(text.charAt(end - 1))) end--;
  if (end === 0) return 0;
  return (
    Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\u00A0', end - 1), text.lastIndexOf('\n', end - 1)) + 1
  );
}

/** A capitalised word right before the number, inside a sentence: "Windows 10", "Resolution 2396". */
function followsNameWord(text: string, numberStart: number, allowed: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, numberStart - 40), numberStart);
  // The word can only be the last one before the break: trying the pattern at all forty positions was a hot spot.
  const tokenStart = lastTokenStart(before);
  const match = CAPITALISED_WORD_BEFORE.exec(before.slice(tokenStart));
  if (match === null) return false;
  const word = match[1] ?? '';
  if (allowed.has(word.toLowerCase())) return false;
  const wordStart = numberStart - before.length + tokenStart + match.index;
  return !isSentenceStart(text, wordStart);
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
function looksLikeYear(written: string, value: number): boolean {
  return /^\d{4}$/.test(written) && value >= CALENDAR_YEAR_MIN && value <= CALENDAR_YEAR_MAX;
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
  const written = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 40);
  const isMoney = candidate.unit !== 'count' && candidate.unit !== 'percent';
  if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before.slice(-MONTH_REACH))) return 'date';
  if (candidate.unit === 'count' && !approximate && looksLikeYear(written, candidate.value)) return 'year';
  if (TIME_AFTER.test(after)) return 'time';
  if (candidate.inWords) return null;
  if (followsReference(before.slice(-REFERENCE_REACH))) return 'reference';
  if (/^\d{6,}$/.test(written)) return 'code';
  const lastBefore = before.trimEnd().slice(-1);
  if (((lastBefore === 'x' || lastBefore === '×') && DIMENSION_BEFORE.test(before)) || DIMENSION_AFTER.test(after)) {
    return 'dimension';
  }
  if (YEAR_IN_BRACKETS_AFTER.test(after)) return 'reference';
  if (/[/@]|www\.|https?:/.test(tokenAround(text, start, end))) return 'symbol or address';
  const line = lineAround(text, start, end);
  if (/^[\s>*•·\-–(]*$/.test(line.before) && (LIST_MARK_AFTER.test(line.after) || /^\s*$/.test(line.after))) {
    return 'list or page number';
  }
  // A page line opens with dashes, "page" or a number: most lines fail that before anything is concatenated.
  if (PAGE_LINE_OPENING.test(line.before) && PAGE_LINE.test(`${line.before}${written}${line.after}`)) {
    return 'page number';
  }
  if (
    lastBefore === '(' &&
    /^\s*\)/.test(after) &&
    candidate.unit === 'count' &&
    nounBeforeBracket(text, candidate) === null
  ) {
    return 'list number';
  }
  if (!isMoney && candidate.unit !== 'percent') {
    if (followsNumber(before) || NUMBER_NEIGHBOUR_AFTER.test(after)) return 'table row';
    if (isFootnoteNumber(text, start, line)) return 'footnote';
    if (endsInTableCell(line.before)) return 'table cell';
    // A count closing its line before a capitalised line or a blank one is a table cell, not prose.
    const lineEnd = end + line.after.length;
    if (
      /^[ \u00A0]*$/.test(line.after) &&
      /^\n(?:[ \u00A0]*\n|[ \u00A0]*[\p{Lu}\d]|$)/u.test(text.slice(lineEnd, lineEnd + 4)) &&
      !sentenceRunsOn(text, lineEnd, line.before, approximate)
    )
      return 'table cell';
    // Counts of a thousand or more carry a separator ("2,500"); bare digits before a capital are a name.
    if (/^\d{4,}$/.test(written) && /^[ \u00A0]+\p{Lu}/u.test(after)) return 'name';
  }
  if (
    lastBefore === 'f' &&
    NAME_OF_BEFORE.test(before) &&
    !isSentenceStart(text, start - (before.length - before.search(NAME_OF_BEFORE)))
  )
    return 'name';
  if (!isMoney && followsNameWord(text, start, ALLOWED_BEFORE)) return 'name';
  return null;
}
