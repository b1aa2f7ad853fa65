import { characterEdits } from './characters.js';
import { chromeEdits } from './chrome.js';
import { applyEdits, type Edit, editsFromPattern, type OffsetMap } from './edits.js';
import { htmlEdits, markdownEdits } from './markup.js';

/** Text as extraction sees it, with a way back to offsets in the original. */
export interface CleanedText {
  readonly text: string;
  /** Maps an offset in `text` to the offset in the original input. */
  toOriginal(offset: number): number;
}

/** Blank-line runs become one blank line; trailing spaces and leading blank lines go. */
function whitespaceEdits(text: string): Edit[] {
  const contentEnd = text.trimEnd().length;
  const inner = [
    ...spacesBeforeLineEnds(text),
    ...blankLineRuns(text),
    ...editsFromPattern(text, /^\s+/g, () => ''),
  ].filter((edit) => edit.end <= contentEnd);
  return [...inner, ...trailingWhitespace(text)];
}

/** Two or more blank lines in a row (as `/\n[ ]*\n(?:[ ]*\n)+/g` finds them) become one. */
function blankLineRuns(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let newline = text.indexOf('\n'); newline !== -1; ) {
    let end = newline + 1;
    let blankLines = 0;
    for (;;) {
      let next = end;
      while (text.charCodeAt(next) === 32) next++;
      if (text.charCodeAt(next) !== 10) break;
      blankLines++;
      end = next + 1;
    }
    if (blankLines >= 2) {
      edits.push({ start: newline, end, replacement: '\n\n' });
      newline = text.indexOf('\n', end);
    } else newline = text.indexOf('\n', newline + 1);
  }
  return edits;
}

/** Space runs before a line break or the end: found from each line end backwards, as a regex would try every space. */
function spacesBeforeLineEnds(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let end = text.indexOf('\n'); ; end = text.indexOf('\n', end + 1)) {
    const lineEnd = end === -1 ? text.length : end;
    let start = lineEnd;
    while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
    if (start < lineEnd) edits.push({ start, end: lineEnd, replacement: '' });
    if (end === -1) return edits;
  }
}

function trailingWhitespace(text: string): Edit[] {
  const end = text.trimEnd().length;
  return end < text.length ? [{ start: end, end: text.length, replacement: '' }] : [];
}

/** Passes in order: each sees the previous one's output, so later rules match on already-cleaned text. */
const PASSES: readonly ((text: string) => Edit[])[] = [
  htmlEdits,
  // Markdown markers and character debris never overlap, so one sweep handles both.
  (text) => [...markdownEdits(text), ...characterEdits(text)],
  chromeEdits,
  whitespaceEdits,
];

/**
 * Normalises raw document text before extraction: removes markup leftovers, encoding debris, foreign-script
 * spam and page chrome, and keeps paragraph breaks. Content words are never altered, so extractors can
 * match on them; `toOriginal` maps any offset back into `raw`.
 *
 * @example
 * const cleaned = cleanText('resolution [72/284](#) &amp; **more**');
 * cleaned.text; // 'resolution 72/284 & more'
 * cleaned.toOriginal(11); // 12: the "7" after the deleted "["
 */
export function cleanText(raw: string): CleanedText {
  let text = raw;
  // One map per pass that changed the text, first pass first; a lookup walks them back to front.
  const maps: OffsetMap[] = [];
  for (const pass of PASSES) {
    const edits = pass(text);
    if (edits.length === 0) continue;
    const rewritten = applyEdits(text, edits);
    maps.push(rewritten.map);
    text = rewritten.text;
  }
  return {
    text,
    toOriginal: (offset) => {
      if (maps.length === 0) return Math.max(0, Math.min(offset, raw.length));
      let mapped = Math.max(0, Math.min(Math.trunc(offset), text.length));
      if (Number.isNaN(mapped)) return raw.length;
      for (let k = maps.length - 1; k >= 0; k--) mapped = (maps[k] as OffsetMap).toInput(mapped);
      return mapped;
    },
  };
}
