import { isWhitespaceCode } from '../char-codes.js';
import type { Edit } from './edits.js';

/**
 * Page chrome a scraper keeps around the article: a weather widget and city header, "- Advertisement -",
 * share and subscribe buttons, an author blurb, "Related Articles" lists. Whole lines are dropped, never
 * parts of a content line.
 */

interface Line {
  readonly start: number;
  /** Where the line's text ends: its newline, or the end of the text. */
  readonly end: number;
  /** Offset after the line's newline (or the end of the text). */
  readonly next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, next: newline === -1 ? text.length : newline + 1 });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** A temperature widget: "59.3 F", "21°C". */
const WEATHER = /^\s*-?\d{1,3}(?:\.\d{1,2})?\s*°?\s*[FC]\s*$/;
const MONTH_OR_WEEKDAY =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** A one-line advertisement slot. */
const ADVERTISEMENT = /^\s*[-–—]*\s*(?:advertisement|sponsored(?: content)?|ad)\s*[-–—]*\s*$/i;
/** Social buttons and sign-up prompts, alone on their line. */
const SHARE_OR_SUBSCRIBE =
  /^\s*(?:share(?: this(?: article| story| page| post)?)?(?: on \w+)?|tweet|print(?: this(?: page| article))?|e-?mail(?: this(?: article)?)?|subscribe\b.*|sign up\b.*|follow us\b.*|newsletter|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|copy link|click here\b.*)\s*:?\s*$/i;
const READ_MORE = /^\s*(?:read more|continue reading|read the full (?:story|article))\b/i;
/** An author box: the lines after it up to the next blank line are the blurb. */
const AUTHOR_BOX = /^\s*(?:author avatar|about the author|about the authors)\s*:?\s*$/i;
/** A list of other articles: everything after it is links to them. */
const TAIL_LIST =
  /^\s*(?:related articles|related posts|related stories|related news|latest articles|latest news|more stories|more from\b.*|you may also like|recommended(?: for you)?|most popular|most read|trending(?: now)?)\s*:?\s*$/i;
/** A site name glued to its address, left by a link card: "Homeland Security Todayhttp://www.hstoday.us". */
const GLUED_URL = /[A-Za-z]https?:\/\/\S+\s*$/;

/** A short line that names only a place, as under a weather widget: "Washington D.C.". */
function isPlaceOrDateHeader(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6 || words[0] === '') return false;
  if (MONTH_OR_WEEKDAY.test(line) && /\d/.test(line)) return true;
  return words.length <= 4 && words.every((word) => /^[A-Z][\w.'’-]*,?$/.test(word));
}

const MAX_CHROME_LINE = 300;

/**
 * The first two letters (lower case) of the words a chrome pattern can open with, after white space: "share",
 * "subscribe", "sign up", "sponsored", "tweet", "twitter", "telegram", "trending", "print", "pinterest", "e-mail",
 * "email", "facebook", "follow us", "newsletter", "linkedin", "latest", "whatsapp", "related", "read",
 * "recommended", "reddit", "copy link", "continue reading", "click here", "more", "most", "you may also like",
 * "author", "about", "ad(vertisement)". "x" alone, a dash or a digit may also open one.
 */
const CHROME_OPENINGS = new Set(
  'sh su si sp tw te tr pr pi e- em fa fo ne li la wh re co cl mo yo au ab ad'.split(' '),
);

/**
 * Whether a chrome pattern other than GLUED_URL can match the line: each opens with white space, then a dash, a
 * digit or one of the openings above. Most lines fail here, before any pattern is tried.
 */
function mayOpenChrome(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && isWhitespaceCode(text.charCodeAt(at))) at++;
  if (at === end) return false;
  const code = text.charCodeAt(at);
  if (code === 45 || code === 0x2013 || code === 0x2014 || (code >= 48 && code <= 57)) return true;
  const first = code | 0x20;
  if (first === 120) return true;
  if (first < 97 || first > 122 || at + 1 === end) return false;
  const second = text.charCodeAt(at + 1);
  return CHROME_OPENINGS.has(String.fromCharCode(first, second === 45 ? 45 : second | 0x20));
}

/** Proposes the deletion of every chrome line. */
export function chromeEdits(text: string): Edit[] {
  const lines = splitLines(text);
  const lineText = (index: number): string => {
    const line = lines[index];
    return line === undefined ? '' : text.slice(line.start, line.end);
  };
  const drop = new Set<number>();
  const dropped = new Set<string>();
  const dropLine = (index: number): void => {
    drop.add(index);
    const content = lineText(index).trim();
    if (content) dropped.add(content);
  };
  // GLUED_URL needs "://" in the line: the scan walks through its offsets as it walks through the lines.
  const schemes: number[] = [];
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) schemes.push(at);
  let scheme = 0;
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i] as Line;
    // Chrome lines are short; testing long lines would only cost time (and some patterns are quadratic in a line).
    if (end - start > MAX_CHROME_LINE) continue;
    while (scheme < schemes.length && (schemes[scheme] as number) < start) scheme++;
    const hasScheme = scheme < schemes.length && (schemes[scheme] as number) + 3 <= end;
    const opens = mayOpenChrome(text, start, end);
    if (!opens && !hasScheme && dropped.size === 0) continue;
    const line = text.slice(start, end);
    if (opens && WEATHER.test(line)) {
      dropLine(i);
      for (let j = i + 1; j < lines.length && isPlaceOrDateHeader(lineText(j)); j++) dropLine(j);
    } else if (opens && AUTHOR_BOX.test(line)) {
      dropLine(i);
      for (let j = i + 1; j < lines.length && lineText(j).trim() !== ''; j++) dropLine(j);
    } else if (opens && TAIL_LIST.test(line) && start > text.length / 2) {
      for (let j = i; j < lines.length; j++) dropLine(j);
      break;
    } else if (
      (opens &&
        (ADVERTISEMENT.test(line) ||
          (line.length <= 80 && SHARE_OR_SUBSCRIBE.test(line)) ||
          (line.length <= 120 && READ_MORE.test(line)))) ||
      (hasScheme && line.length <= 120 && GLUED_URL.test(line)) ||
      (dropped.size > 0 && line.trim() !== '' && dropped.has(line.trim()))
    ) {
      dropLine(i);
    }
  }
  const edits: Edit[] = [];
  for (const index of [...drop].sort((a, b) => a - b)) {
    const line = lines[index];
    if (line) edits.push({ start: line.start, end: line.next, replacement: '' });
  }
  return edits;
}
