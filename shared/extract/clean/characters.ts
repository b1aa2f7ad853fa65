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
 * One pass over the characters instead of one regex per rule. `??` glued to a word is a character that
 * could not be decoded ("risk assessments; ??information"), and footnote marks glued after a word or
 * punctuation ("44 Member States¹") go; a mark opening a line starts a footnote, so it stays.
 */
function scanCharacters(text: string): CharacterScan {
  const invisible: Edit[] = [];
  const oddSpaces: Edit[] = [];
  const undecoded: Edit[] = [];
  const footnoteMarks: Edit[] = [];
  let latin = 0;
  let foreign = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) latin++;
      else if (code === 9) oddSpaces.push({ start: i, end: i + 1, replacement: ' ' });
      else if (code === 63) {
        let end = i + 1;
        while (end < length && text.charCodeAt(end) === 63) end++;
        const before = i > 0 ? text.charCodeAt(i - 1) : -1;
        const after = end < length ? text.charCodeAt(end) : -1;
        const letterAfter = (after >= 97 && after <= 122) || (after >= 65 && after <= 90);
        if (end - i >= 2 && letterAfter && !isWordCode(before)) undecoded.push({ start: i, end, replacement: '' });
        i = end - 1;
      }
      continue;
    }
    if (isInvisible(code)) {
      let end = i + 1;
      while (end < length && isInvisible(text.charCodeAt(end))) end++;
      invisible.push({ start: i, end, replacement: '' });
      i = end - 1;
    } else if (isOddSpace(code)) {
      oddSpaces.push({ start: i, end: i + 1, replacement: ' ' });
    } else if (isSuperscriptDigit(code)) {
      let end = i + 1;
      while (end < length && isSuperscriptDigit(text.charCodeAt(end))) end++;
      if (i > 0 && mayCarryFootnote(text.charCodeAt(i - 1))) footnoteMarks.push({ start: i, end, replacement: '' });
      i = end - 1;
    } else if (isForeignScript(code)) {
      foreign++;
    }
  }
  return { invisible, oddSpaces, undecoded, footnoteMarks, latinDocument: foreign > 0 && latin > 10 * foreign };
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
    // A word hyphenated across a line break ("coun-\ntries"); kept before "and"/"or"/"to" as in "short-\nand medium-term".
    ...editsFromPattern(text, /-[ \t]*\n[ \t]*(?=[a-z])(?!(?:and|or|to|nor)\b)/g, (match) =>
      /[a-z]/.test(text.charAt(match.index - 1)) ? '' : null,
    ),
  ];
  if (scan.latinDocument) for (const edit of editsFromPattern(text, FOREIGN_SCRIPT_RUN, () => '')) edits.push(edit);
  return edits;
}
