import { characterEdits } from './characters.js';
import { chromeEdits } from './chrome.js';
import { applyEdits, composeMaps, type Edit, editsFromPattern } from './edits.js';
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
    ...editsFromPattern(text, / +(?=\n|$)/g, () => ''),
    ...editsFromPattern(text, /\n[ ]*\n(?:[ ]*\n)+/g, () => '\n\n'),
    ...editsFromPattern(text, /^\s+/g, () => ''),
  ].filter((edit) => edit.end <= contentEnd);
  return [...inner, ...trailingWhitespace(text)];
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
  let map: Int32Array | null = null;
  for (const pass of PASSES) {
    const edits = pass(text);
    if (edits.length === 0) continue;
    const rewritten = applyEdits(text, edits);
    map = map === null ? rewritten.map : composeMaps(map, rewritten.map);
    text = rewritten.text;
  }
  const finalMap = map;
  return {
    text,
    toOriginal: (offset) => {
      if (finalMap === null) return Math.max(0, Math.min(offset, raw.length));
      const clamped = Math.max(0, Math.min(Math.trunc(offset), finalMap.length - 1));
      return finalMap[clamped] ?? raw.length;
    },
  };
}
