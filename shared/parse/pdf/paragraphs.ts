import type { TextLine } from './layout-types.js';

/** A vertical step this much larger than the page's usual line spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.4;
/** A change of font size by this share marks a heading. */
const SIZE_CHANGE = 0.15;

/**
 * Splits ordered blocks of lines into paragraphs (each a list of line texts): a new block, a
 * vertical gap wider than the usual line spacing, or a change of font size starts one.
 *
 * @example
 * toParagraphs([[{ text: 'One', x0: 0, x1: 20, y: 700, size: 10 }, { text: 'two', x0: 0, x1: 20, y: 688, size: 10 }]]);
 * // [['One', 'two']]
 */
export function toParagraphs(blocks: readonly (readonly TextLine[])[]): string[][] {
  const spacing = usualLineSpacing(blocks);
  const paragraphs: string[][] = [];
  for (const block of blocks) {
    const right = Math.max(...block.map((line) => line.x1));
    let previous: TextLine | null = null;
    for (const line of block) {
      const current = paragraphs[paragraphs.length - 1];
      if (!previous || !current || startsParagraph(previous, line, spacing) || endsParagraph(previous, right))
        paragraphs.push([line.text]);
      else current.push(line.text);
      previous = line;
    }
  }
  return paragraphs;
}

function startsParagraph(previous: TextLine, line: TextLine, spacing: number): boolean {
  const step = previous.y - line.y;
  if (step <= 0) return true;
  if (Math.abs(line.size - previous.size) > SIZE_CHANGE * Math.max(line.size, previous.size)) return true;
  return step > PARAGRAPH_GAP * Math.max(spacing, line.size);
}

/**
 * Layouts without space between paragraphs still end one with a short line: a sentence that
 * stops well before the column's right edge.
 */
function endsParagraph(previous: TextLine, right: number): boolean {
  return /[.!?:]["'”’)]*$/.test(previous.text) && previous.x1 < right - 3 * previous.size;
}

function usualLineSpacing(blocks: readonly (readonly TextLine[])[]): number {
  const steps: number[] = [];
  for (const block of blocks) {
    for (let i = 1; i < block.length; i++) {
      const previous = block[i - 1];
      const line = block[i];
      if (!previous || !line) continue;
      const step = previous.y - line.y;
      if (step > 0 && step < 3 * line.size) steps.push(step);
    }
  }
  if (steps.length === 0) return 0;
  steps.sort((a, b) => a - b);
  // The lower median: with few lines, paragraph gaps must not count as line spacing.
  return steps[Math.floor((steps.length - 1) / 2)] ?? 0;
}

/**
 * Joins a paragraph's lines, undoing end-of-line hyphenation: "peace-" + "keeping" reads
 * "peacekeeping", while "Secretary-" + "General" keeps its hyphen. Other lines stay lines.
 *
 * @example
 * joinLines(['The peace-', 'keeping mission', 'ended.']); // 'The peacekeeping mission\nended.'
 */
export function joinLines(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\u00ad(?=\S)/g, '');
    const previous = out[out.length - 1];
    if (previous !== undefined && /\p{L}[-\u00ad]$/u.test(previous) && /^\p{L}/u.test(line)) {
      const keepHyphen = previous.endsWith('-') && /^\p{Lu}/u.test(line);
      out[out.length - 1] = keepHyphen ? previous + line : previous.slice(0, -1) + line;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
