import { isWhitespaceCode } from '../char-codes.js';
import { NON_FINAL_ABBREVIATIONS } from './abbreviations.js';

/** A stretch of the text with its offsets: `text === source.slice(start, end)`. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** Blank lines between this line and the previous non-blank one. */
  readonly blankBefore: boolean;
}

function nonBlankLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let blank = false;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (last > first) {
      lines.push({ start: first, end: last, blankBefore: blank });
      blank = false;
    } else if (lines.length > 0) {
      blank = true;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

function segment(text: string, start: number, end: number): Segment {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Splits text into paragraphs: blocks separated by blank lines, trimmed.
 *
 * @example
 * splitParagraphs('Title\n\nFirst line.\nSecond line.').map((p) => p.text); // ['Title', 'First line.\nSecond line.']
 */
export function splitParagraphs(text: string): Segment[] {
  const paragraphs: Segment[] = [];
  let current: { start: number; end: number } | null = null;
  for (const line of nonBlankLines(text)) {
    if (current !== null && !line.blankBefore) {
      current.end = line.end;
      continue;
    }
    if (current !== null) paragraphs.push(segment(text, current.start, current.end));
    current = { start: line.start, end: line.end };
  }
  if (current !== null) paragraphs.push(segment(text, current.start, current.end));
  return paragraphs;
}

const LIST_ITEM = /^(?:[-–—•*·▪●○◦]\s|\(?[a-z0-9]{1,3}[.)]\s|[IVXLC]{1,5}\.\s)/;
const TERMINAL = /[.!?…:;]["'”’)\]]*$/;
/** The narrowest column of prose whose lines are joined: narrower blocks are title pages and tables. */
const NARROW_COLUMN = 30;

/** Lines of one paragraph that belong together: hard-wrapped prose; a short line (a heading, a list entry) stands alone. */
function linesToUnits(text: string, lines: Line[]): { start: number; end: number }[] {
  const units: { start: number; end: number }[] = [];
  let blockWidth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blankBefore || i === 0) blockWidth = widestLineInBlock(lines, i);
    const previous = units[units.length - 1];
    const before = lines[i - 1];
    if (previous !== undefined && before !== undefined && continuesPrevious(text, before, line, blockWidth)) {
      previous.end = line.end;
    } else {
      units.push({ start: line.start, end: line.end });
    }
  }
  return units;
}

function widestLineInBlock(lines: Line[], from: number): number {
  let widest = 0;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (j > from && line.blankBefore) break;
    widest = Math.max(widest, line.end - line.start);
  }
  return widest;
}

/** Characters a list item (LIST_ITEM) or a footnote's superscript number can open a line with. */
const LIST_OR_NOTE_OPENINGS = '-–—•*·▪●○◦(IVXLC¹²³⁴⁵⁶⁷⁸⁹⁰';

/** Whether the line opens like a list item or a footnote: read by code first, as most lines open with a capital. */
function opensListOrNote(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.start);
  const lowerOrDigit = (first >= 97 && first <= 122) || (first >= 48 && first <= 57);
  if (!lowerOrDigit && !LIST_OR_NOTE_OPENINGS.includes(text.charAt(line.start))) return false;
  const head = text.slice(line.start, line.start + 8);
  return LIST_ITEM.test(head) || /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(head);
}

/** The line ends with a stop, perhaps inside quotes or brackets (TERMINAL on its last four characters). */
function endsTerminal(text: string, line: Line): boolean {
  return TERMINAL.test(text.slice(Math.max(line.start, line.end - 4), line.end));
}

function continuesPrevious(text: string, before: Line, line: Line, blockWidth: number): boolean {
  const first = text.charCodeAt(line.start);
  const startsLower = first >= 97 && first <= 122;
  const beforeLength = before.end - before.start;
  if (line.blankBefore) {
    // A sentence broken by a page break: a long line without a final stop, resumed in lower case.
    return startsLower && beforeLength >= 60 && !endsTerminal(text, before);
  }
  if (opensListOrNote(text, line)) return false;
  if (startsLower) return true;
  // Hard-wrapped prose: the previous line runs close to the paragraph's width.
  if (blockWidth >= 50) return beforeLength >= 0.6 * blockWidth;
  // A narrow column (a two-column layout, a sidebar): wrapped too, when the line before stops mid-sentence
  // and this one runs on as wide (a label above a short line, "Name, Title" over a quote, stays apart).
  return (
    blockWidth >= NARROW_COLUMN &&
    beforeLength >= 0.6 * blockWidth &&
    line.end - line.start >= 0.6 * blockWidth &&
    !endsTerminal(text, before)
  );
}

/** Where a sentence may end: stops, then closing quotes or brackets, then space and a capital, digit or opening quote. */
const CANDIDATE_END = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[A-Z0-9¹²³⁴⁵⁶⁷⁸⁹⁰])/g;

/** CANDIDATE_END's stops: `[.!?…]`. */
function isStopMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** CANDIDATE_END's closing quotes and brackets: `["'”’)\]]`. */
function isClosingMark(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

/** The word before a full stop, with its inner dots ("U.S", "e.g", "Mr"), lower case. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && dot - i < 24 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  return text.slice(i, dot).toLowerCase();
}

function isLetterOrDot(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}

function endsSentence(text: string, unitStart: number, stopStart: number): boolean {
  if (text.charAt(stopStart) !== '.' || text.charAt(stopStart + 1) === '.') return true;
  // A paragraph or section number opening the line: "12. Many Member States", "II. Evolving landscape", "A. Pillar I".
  const before = text.slice(unitStart, stopStart);
  if (/^\(?(?:[0-9]{1,3}(?:\.[0-9]{1,3})*|[IVXLC]{1,5}|[A-Z])\)?$/.test(before)) return false;
  const word = wordBefore(text, stopStart, unitStart);
  if (NON_FINAL_ABBREVIATIONS.has(word)) return false;
  // An initial ("A. Smith").
  if (/^[a-z]$/.test(word) && /[A-Z]/.test(text.charAt(stopStart - 1))) return false;
  // Inside a dotted abbreviation ("U.N. Security Council"): a stop only when a sentence-like word follows.
  if (/^(?:[a-z]\.)+[a-z]$/.test(word)) return false;
  return true;
}

function splitUnit(text: string, unit: { start: number; end: number }, into: Segment[]): void {
  const body = text.slice(unit.start, unit.end);
  let sentenceStart = unit.start;
  CANDIDATE_END.lastIndex = 0;
  // `test` and `lastIndex`, not `exec`: no match array per stop. The match is the run of stops and closing
  // marks that ends there (white space follows it, so it never touches the previous one): read it back.
  while (CANDIDATE_END.test(body)) {
    const end = unit.start + CANDIDATE_END.lastIndex;
    let stop = end;
    while (stop > unit.start && isClosingMark(text.charCodeAt(stop - 1))) stop--;
    while (stop > unit.start && isStopMark(text.charCodeAt(stop - 1))) stop--;
    if (!endsSentence(text, sentenceStart === unit.start ? unit.start : sentenceStart, stop)) continue;
    into.push(segment(text, sentenceStart, end));
    let next = end;
    while (next < unit.end && isWhitespaceCode(text.charCodeAt(next))) next++;
    sentenceStart = next;
  }
  if (sentenceStart < unit.end) into.push(segment(text, sentenceStart, unit.end));
}

/**
 * Splits text into sentences with offsets. Headings and other lines without final punctuation are their
 * own segments; hard-wrapped lines and sentences broken by a page break are joined; abbreviations such as
 * "Mr.", "H.E.", "No.", "e.g." and "U.S." and paragraph numbers ("12.") do not end a sentence.
 *
 * @example
 * splitSentences('Report\n\n1. Mr. Guterres spoke. He left.').map((s) => s.text);
 * // ['Report', '1. Mr. Guterres spoke.', 'He left.']
 */
export function splitSentences(text: string): Segment[] {
  const sentences: Segment[] = [];
  for (const unit of linesToUnits(text, nonBlankLines(text))) splitUnit(text, unit, sentences);
  return sentences;
}
