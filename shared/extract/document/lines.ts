/** A line of the text with its blank-line paragraph number, so layout can be reasoned about. */
export interface TextLine {
  readonly text: string;
  /** Increases at every blank line: lines of one block share it. */
  readonly block: number;
}

/** White space other than a lone plain space: what collapsing runs of white space would change. */
const UNCOLLAPSED_SPACE = /[^\S ]| \s/;

/** Runs of white space as one space; a line of single spaces between words (most prose) is returned as is. */
function collapseSpaces(line: string): string {
  return UNCOLLAPSED_SPACE.test(line) ? line.replace(/\s+/g, ' ') : line;
}

/** The first `limit` non-empty lines, trimmed, with their block numbers. */
export function headLines(text: string, limit: number): TextLine[] {
  const lines: TextLine[] = [];
  let block = 0;
  let position = 0;
  while (position <= text.length && lines.length < limit) {
    const next = text.indexOf('\n', position);
    const end = next < 0 ? text.length : next;
    const line = collapseSpaces(text.slice(position, end)).trim();
    if (line === '') block++;
    else lines.push({ text: line, block });
    if (next < 0) break;
    position = next + 1;
  }
  return lines;
}
