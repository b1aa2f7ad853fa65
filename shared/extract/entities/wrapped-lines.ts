/** Shortest line taken for running prose: headings, signatures and table labels are shorter. */
const minimumProseLine = 35;

/** `/\S/` for a code unit: ASCII told by code, the rest by the regex (one test per line break cost much). */
const isNotSpace = (code: number): boolean =>
  code < 0x80 ? code > 32 || (code !== 32 && (code < 9 || code > 13)) : /\S/.test(String.fromCharCode(code));

/** `/[\p{L}\p{N}("“‘'’]/u` for the code unit after a line break: ASCII told by code, the rest by the regex. */
const mayContinueProse = (code: number): boolean =>
  code < 0x80
    ? ((code | 32) >= 97 && (code | 32) <= 122) ||
      (code >= 48 && code <= 57) ||
      code === 40 ||
      code === 34 ||
      code === 39
    : /[\p{L}\p{N}("“‘'’]/u.test(String.fromCharCode(code));

/**
 * The text with the line breaks of hard-wrapped prose turned into spaces, same length so every offset
 * still points at the same character. PDFs and wrapped Markdown break lines mid-name ("Security\nCouncil",
 * "President Hassan\nSheikh Mohamud"); names never span a blank line or follow a short line (a heading,
 * a signature, a table label), so those breaks stay.
 *
 * @example
 * joinWrappedLines('we met the Economic Community of West African\nStates today') // '… West African States today'
 */
export function joinWrappedLines(text: string): string {
  const parts: string[] = [];
  let lastCut = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    const isSoft =
      i - lineStart >= minimumProseLine &&
      text.charCodeAt(i - 1) !== 10 &&
      i + 1 < text.length &&
      next !== 10 &&
      next !== 13 &&
      isNotSpace(text.charCodeAt(i - 1)) &&
      mayContinueProse(text.charCodeAt(i + 1));
    if (isSoft) {
      parts.push(text.slice(lastCut, i), ' ');
      lastCut = i + 1;
    }
    lineStart = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(lastCut));
  return parts.join('');
}
