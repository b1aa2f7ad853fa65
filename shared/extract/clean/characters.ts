import { isSpaceOrTabCode } from '../char-codes.js';
import { type Edit, editsFromPattern } from './edits.js';

/**
 * Character-level debris of PDF and web extraction. Each rule only removes or respaces characters that
 * carry no content, so extractors matching on real words see them unchanged.
 */

/** Scripts that, inside an English document, are spam injected by a compromised page (CJK, kana, Hangul, Thai). */
const FOREIGN_SCRIPT_RUN =
  /[\u0e00-\u0e7f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+(?:[ \u3000-\u303f\uff00-\uffef]+[\u0e00-\u0e7f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)*/g;

/** Soft hyphens and zero-width characters. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Non-breaking, thin, ideographic and other odd spaces (tabs are checked apart). */
function isOddSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || code === 0x2070 || (code >= 0x2074 && code <= 0x2079);
}

function isForeignScript(code: number): boolean {
  return (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x0e00 && code <= 0x0e7f);
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** What may stand before a footnote mark: a word character or punctuation. */
function mayCarryFootnote(code: number): boolean {
  return isWordCode(code) || '.,;:)”’"\''.includes(String.fromCharCode(code));
}

/** The character-level edits one scan of the text finds, grouped by rule. */
interface CharacterScan {
  readonly invisible: Edit[];
  readonly oddSpaces: Edit[];
  readonly undecoded: Edit[];
  readonly footnoteMarks: Edit[];
  /** Latin letters outnumber foreign-script characters so far that the latter cannot be the content. */
  readonly latinDocument: boolean;
}

/**
 * The only characters the character rules look at: tabs, `?`, and the invisible, odd-space, superscript and
 * foreign-script ranges, all outside ASCII. The regex engine skips the rest (letters, mostly) far faster than
 * a loop reads them; one wide range tests faster than the exact list, and the loop passes over the others.
 */
const NOTABLE_CHARACTER = /[\t?\u0080-\uffff]/g;

/**
 * One pass over the notable characters instead of one regex per rule. `??` glued to a word is a character
 * that could not be decoded ("risk assessments; ??information"), and footnote marks glued after a word or
 * punctuation ("44 Member States¹") go; a mark opening a line starts a footnote, so it stays.
 */
function scanCharacters(text: string): CharacterScan {
  const invisible: Edit[] = [];
  const oddSpaces: Edit[] = [];
  const undecoded: Edit[] = [];
  const footnoteMarks: Edit[] = [];
  let foreign = 0;
  const length = text.length;
  NOTABLE_CHARACTER.lastIndex = 0;
  // `test` and `lastIndex`, not `exec`: no match array per character.
  while (NOTABLE_CHARACTER.test(text)) {
    const i = NOTABLE_CHARACTER.lastIndex - 1;
    const code = text.charCodeAt(i);
    let end = i + 1;
    if (code === 9) oddSpaces.push({ start: i, end, replacement: ' ' });
    else if (code === 63) {
      while (end < length && text.charCodeAt(end) === 63) end++;
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      const after = end < length ? text.charCodeAt(end) : -1;
      const letterAfter = (after >= 97 && after <= 122) || (after >= 65 && after <= 90);
      if (end - i >= 2 && letterAfter && !isWordCode(before)) undecoded.push({ start: i, end, replacement: '' });
    } else if (isInvisible(code)) {
      while (end < length && isInvisible(text.charCodeAt(end))) end++;
      invisible.push({ start: i, end, replacement: '' });
    } else if (isOddSpace(code)) {
      oddSpaces.push({ start: i, end, replacement: ' ' });
    } else if (isSuperscriptDigit(code)) {
      while (end < length && isSuperscriptDigit(text.charCodeAt(end))) end++;
      if (i > 0 && mayCarryFootnote(text.charCodeAt(i - 1))) footnoteMarks.push({ start: i, end, replacement: '' });
    } else if (isForeignScript(code)) {
      foreign++;
    }
    NOTABLE_CHARACTER.lastIndex = end;
  }
  // Counting the Latin letters costs a read of every character: only a document with foreign script needs it.
  const latinDocument = foreign > 0 && latinLetters(text) > 10 * foreign;
  return { invisible, oddSpaces, undecoded, footnoteMarks, latinDocument };
}

function latinLetters(text: string): number {
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) latin++;
  }
  return latin;
}

/** A word hyphenated across a line break ("coun-\ntries"); kept before "and"/"or"/"to" as in "short-\nand medium-term". */
const LINE_BREAK_HYPHEN = /-[ \t]*\n[ \t]*(?=[a-z])(?!(?:and|or|to|nor)\b)/y;

/** Deletes the hyphens of words cut at a line break: tried only where a hyphen ends a line, found from each line break. */
function lineBreakHyphens(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) {
    let hyphen = newline - 1;
    while (hyphen >= 0 && isSpaceOrTabCode(text.charCodeAt(hyphen))) hyphen--;
    if (hyphen < 0 || text.charCodeAt(hyphen) !== 45) continue;
    LINE_BREAK_HYPHEN.lastIndex = hyphen;
    const match = LINE_BREAK_HYPHEN.exec(text);
    if (match === null || !isLowerCaseLetter(text.charCodeAt(hyphen - 1))) continue;
    edits.push({ start: hyphen, end: hyphen + match[0].length, replacement: '' });
  }
  return edits;
}

function isLowerCaseLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Proposes the character edits; see the rules below for what each one removes and why. */
export function characterEdits(text: string): Edit[] {
  const scan = scanCharacters(text);
  const edits: Edit[] = [
    // A byte-order mark, also in its mis-decoded Latin-1 form, at the start of a file.
    ...editsFromPattern(text, /^(?:\ufeff|ï»¿)/g, () => ''),
    // Windows and old Mac line ends: one line-break convention keeps line rules simple.
    ...(text.includes('\r') ? editsFromPattern(text, /\r\n?/g, () => '\n') : []),
    // Soft hyphens and zero-width characters are invisible and split words for matchers.
    ...scan.invisible,
    // Non-breaking, thin, ideographic and other odd spaces, and tabs, become a plain space.
    ...scan.oddSpaces,
    ...scan.undecoded,
    ...scan.footnoteMarks,
    ...lineBreakHyphens(text),
  ];
  if (scan.latinDocument) for (const edit of editsFromPattern(text, FOREIGN_SCRIPT_RUN, () => '')) edits.push(edit);
  return edits;
}
