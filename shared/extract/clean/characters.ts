import { type Edit, editsFromPattern } from './edits.js';

/**
 * Character-level debris of PDF and web extraction. Each rule only removes or respaces characters that
 * carry no content, so extractors matching on real words see them unchanged.
 */

/** Scripts that, inside an English document, are spam injected by a compromised page (CJK, kana, Hangul, Thai). */
const FOREIGN_SCRIPT_RUN =
  /[\u0e00-\u0e7f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+(?:[ \u3000-\u303f\uff00-\uffef]+[\u0e00-\u0e7f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)*/g;

/** True when Latin letters outnumber foreign-script characters so far that the latter cannot be the content. */
function isLatinDocument(text: string): boolean {
  let latin = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (
      (code >= 0x3040 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0x0e00 && code <= 0x0e7f)
    )
      foreign++;
  }
  return foreign > 0 && latin > 10 * foreign;
}

/** Footnote marks glued after a word or punctuation ("44 Member States¹"); a mark opening a line starts a footnote, so it stays. */
function superscriptMarkEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(/[\w.,;:)”’"'][¹²³⁴⁵⁶⁷⁸⁹⁰]+/g)) {
    edits.push({ start: match.index + 1, end: match.index + match[0].length, replacement: '' });
  }
  return edits;
}

/** Proposes the character edits; see the rules below for what each one removes and why. */
export function characterEdits(text: string): Edit[] {
  const edits: Edit[] = [
    // A byte-order mark, also in its mis-decoded Latin-1 form, at the start of a file.
    ...editsFromPattern(text, /^(?:\ufeff|ï»¿)/g, () => ''),
    // Windows and old Mac line ends: one line-break convention keeps line rules simple.
    ...editsFromPattern(text, /\r\n?/g, () => '\n'),
    // Soft hyphens and zero-width characters are invisible and split words for matchers.
    ...editsFromPattern(text, /[\u00ad\u200b-\u200d\u2060\ufeff]+/g, () => ''),
    // Non-breaking, thin, ideographic and other odd spaces, and tabs, become a plain space.
    ...editsFromPattern(text, /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, () => ' '),
    // `??` where a character could not be decoded, glued to the start of a word: "risk assessments; ??information".
    ...editsFromPattern(text, /(?<![\w?])\?{2,}(?=[A-Za-z])/g, () => ''),
    ...superscriptMarkEdits(text),
    // A word hyphenated across a line break ("coun-\ntries"); kept before "and"/"or"/"to" as in "short-\nand medium-term".
    ...editsFromPattern(text, /-[ \t]*\n[ \t]*(?=[a-z])(?!(?:and|or|to|nor)\b)/g, (match) =>
      /[a-z]/.test(text.charAt(match.index - 1)) ? '' : null,
    ),
  ];
  if (isLatinDocument(text)) edits.push(...editsFromPattern(text, FOREIGN_SCRIPT_RUN, () => ''));
  return edits;
}
