/**
 * A hand-written, linear scanner for the numbers that follow the word "resolution(s)":
 * "2396", "1540 (2004)", "72/284", "[2482 \(2019\)](#)", "2625 (XXV)", and lists of those
 * ("2178 (2014), 2242 (2015) and 2396 (2017)", "53/199 of 15 December 1998 and 61/185").
 * Sticky regular expressions read one token at a time, so nothing can backtrack far.
 */

/** One number as written, before it is given a symbol series. */
export interface CitedNumber {
  readonly start: number;
  readonly end: number;
  /** "2396", "72/284", "ES-10/19"; a part letter before a Roman session is kept: "217A" of "217 A (III)". */
  readonly number: string;
  /** Roman session numeral of pre-1976 General Assembly numbering: "2625 (XXV)" → "XXV". */
  readonly session: string | null;
  /** Year in parentheses right after the number, or from "of 28 September 2001". */
  readonly year: number | null;
}

const monthNames = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * Between the keyword and the first number: spaces, at most two line breaks (a PDF page or
 * footnote break leaves a blank line: "resolution\n\n1244 (1999)"), an optional "No.".
 */
const leadIn = /[^\S\n]*(?:\n[^\S\n]*){0,2}(?:No\.[^\S\n]*)?/y;
const openBracket = /\[/y;
/** "ES-10/19", "72/284", "2396"; not part of a longer number ("1,000", "3.5", "2396-A"). */
const coreNumber = /(?:(?:ES|S)-\d{1,2}\/\d{1,4}|\d{1,4}\/\d{1,4}|\d{1,4})(?![\d/]|[.,-]\d)/y;
const letterPart = /[^\S\n]?[A-H](?=[^\S\n]?\()/y;
const romanSession = /\s?\\?\(([IVXL]{1,7})\\?\)/y;
const parenYear = /\s*\\?\(\s*((?:19|20)\d\d)\s*\\?\)/y;
const closeLink = /\](?:\([^()\s]{0,300}\))?/y;
const ofDate = new RegExp(
  `\\s+of\\s+(?:\\d{1,2}\\s+)?(?:${monthNames})\\s+(?:\\d{1,2},\\s+)?((?:19|20)\\d\\d)\\b`,
  'y',
);
/**
 * ", adopted by the Assembly on 14 November 2022", "adopted on 2 March 2022": the adoption date
 * stated after a single cited number.
 */
const adoptedOn = new RegExp(
  `,?\\s+adopted(?:\\s+by\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})?\\s+(?:on|in)\\s+(?:\\d{1,2}\\s+)?(?:${monthNames})\\s+(?:\\d{1,2},\\s+)?((?:19|20)\\d\\d)\\b`,
  'y',
);
const separator = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+/y;
/** "1267 (1999) 1989 (2011)": a list that lost a comma; only dated items may follow bare space. */
const bareSpace = /[^\S\n]*\n?[^\S\n]*/y;
/** A paragraph number at the start of a line ("resolution\n17. The Office ...") is not a citation. */
const paragraphNumberEnd = /\.\s/y;

/** "resolution 20 15 22 22", "resolutions 1 – 1 1": figures in a table row, not a citation. */
const tableCells = /[^\S\n]+(?:\d|[–—](?![^\S\n]*[A-Za-z]))/y;

/**
 * After a later list item without a year, only punctuation or a function word may follow;
 * "resolution 2396 and 30 States" must not make 30 a resolution.
 */
const safeFollower =
  /(?:\s*[,.;:)\]]|\s*$|\s*\n|\s+(?:on|of|and|or|in|which|that|to|have|has|had|were|was|are|is|concerning|regarding|adopted|as|by|for|aimed|respectively|also|called|calls|focused|addressed|outlined|requested|requests|urged|urges|decided|decides|renewed)\b)/y;

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Reads one list item at `at`; null when no number is there. */
function readItem(text: string, at: number, isFirst: boolean): CitedNumber | null {
  let position = at;
  const bracket = stickyMatch(openBracket, text, position);
  if (bracket) position += bracket[0].length;
  const core = stickyMatch(coreNumber, text, position);
  if (!core) return null;
  const start = position;
  position += core[0].length;
  let end = position;
  let number = core[0];
  let session: string | null = null;
  let year: number | null = null;

  const letter = stickyMatch(letterPart, text, position);
  const roman = stickyMatch(romanSession, text, letter ? position + letter[0].length : position);
  if (roman && !core[0].includes('/')) {
    session = roman[1] ?? null;
    // "217 A (III)" and "217 B (III)" are different texts: the part letter stays in the key.
    if (letter) number += letter[0].trim();
    position = roman.index + roman[0].length;
    end = position;
  }
  const readYear = (): void => {
    const found = stickyMatch(parenYear, text, position);
    if (found && year === null) {
      year = Number(found[1]);
      position += found[0].length;
      end = position;
    }
  };
  readYear();
  if (bracket) {
    const close = stickyMatch(closeLink, text, position);
    if (close) {
      position += close[0].length;
      end = position;
    }
    readYear();
  }
  const dated = stickyMatch(ofDate, text, position);
  if (dated) {
    if (year === null) year = Number(dated[1]);
    position += dated[0].length;
    end = position;
  }
  if (!isFirst && year === null && session === null && !stickyMatch(safeFollower, text, end)) return null;
  return { start, end, number, session, year };
}

/** Real lists cite dozens; the runner spreads a parser's answer into one call, so keep it bounded. */
const MAX_LIST_ITEMS = 1000;

/** The next item of a dated list whose comma is missing, or null. */
function readDatedAfterSpace(text: string, at: number, items: readonly CitedNumber[]): CitedNumber | null {
  const previous = items[items.length - 1];
  if (previous?.year == null) return null;
  const space = stickyMatch(bareSpace, text, at);
  if (!space || space[0].length === 0) return null;
  const next = readItem(text, at + space[0].length, false);
  return next?.year == null ? null : next;
}

/**
 * Reads the number list that starts at `at` (just after "resolution(s)").
 *
 * @example
 * readCitedNumbers('resolutions 1373, 1540 and 1624', 11).map((n) => n.number); // ['1373', '1540', '1624']
 */
export function readCitedNumbers(text: string, at: number): CitedNumber[] {
  const lead = stickyMatch(leadIn, text, at);
  const first = readItem(text, at + (lead?.[0].length ?? 0), true);
  if (!first) return [];
  const lineBreaks = lead?.[0].split('\n').length ?? 1;
  if (lineBreaks > 1 && first.year === null && stickyMatch(paragraphNumberEnd, text, first.end)) return [];
  // Across a blank line only a dated number ("1244 (1999)") is surely the cited one.
  if (lineBreaks > 2 && first.year === null) return [];
  if (first.year === null && first.session === null && stickyMatch(tableCells, text, first.end)) return [];
  const items = [first];
  let position = first.end;
  while (items.length < MAX_LIST_ITEMS) {
    const gap = stickyMatch(separator, text, position);
    const next = gap ? readItem(text, position + gap[0].length, false) : readDatedAfterSpace(text, position, items);
    if (!next) break;
    items.push(next);
    position = next.end;
  }
  return items.length === 1 && first.year === null ? [withAdoptionYear(text, first)] : items;
}

/** A lone number takes the year of an adoption date stated right after it; a list's dates may differ per item. */
function withAdoptionYear(text: string, item: CitedNumber): CitedNumber {
  const adopted = stickyMatch(adoptedOn, text, item.end);
  return adopted ? { ...item, year: Number(adopted[1]) } : item;
}
