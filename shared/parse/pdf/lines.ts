import type { TextLine, TextRun } from './layout-types.js';

/** Gap, in font sizes, between runs on one baseline that reads as a word space. */
const WORD_GAP = 0.15;
/** Gap, in font sizes, that separates cells or columns rather than words. */
const CELL_GAP = 1.5;

/**
 * Groups runs into lines by baseline, top of the page first. A superscript (footnote mark) sits
 * slightly above its line's baseline and still belongs to it: the tolerance is half the larger
 * font size.
 *
 * @example
 * groupLines([{ text: 'b', x: 20, y: 700, width: 5, size: 10 }, { text: 'a', x: 10, y: 700, width: 5, size: 10 }]);
 * // one line 'a b'
 */
export function groupLines(runs: readonly TextRun[]): TextLine[][] {
  const sorted = runs.filter((run) => run.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let anchor = { y: Number.NaN, size: 0 };
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(anchor.y - run.y) <= 0.5 * Math.max(anchor.size, run.size)) {
      current.push(run);
      if (run.size > anchor.size && run.text.trim()) anchor = { y: run.y, size: run.size };
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    anchor = { y: run.y, size: run.size };
  }
  if (current.length > 0) groups.push(current);
  return groups
    .map((group) => splitIntoSegments(withoutFootnoteMarks(group)))
    .filter((segments) => segments.length > 0);
}

/**
 * Drops footnote marks: small raised numbers or symbols. Left in, they glue onto words
 * ("Levant1") and make them unrecognisable; the footnotes themselves stay at the page foot.
 */
function withoutFootnoteMarks(runs: TextRun[]): TextRun[] {
  const main = runs.reduce((a, b) => (b.text.trim() && b.size * b.text.length > a.size * a.text.length ? b : a));
  return runs.filter(
    (run) =>
      !(run.size <= 0.8 * main.size && run.y - main.y >= 0.15 * main.size && /^\s*[\d*†‡,]{1,8}\s*$/.test(run.text)),
  );
}

/**
 * A line's runs left to right, split where the horizontal gap is wide (table cells, columns).
 * Each segment is a TextLine of its own; callers join or separate them.
 */
function splitIntoSegments(runs: TextRun[]): TextLine[] {
  const ordered = runs.sort((a, b) => a.x - b.x);
  const segments: TextLine[] = [];
  let parts: TextRun[] = [];
  const flush = () => {
    const line = joinRuns(parts);
    if (line) segments.push(line);
    parts = [];
  };
  let end = Number.NEGATIVE_INFINITY;
  for (const run of ordered) {
    const visible = run.text.trim().length > 0;
    if (parts.length > 0 && visible && run.x - end > CELL_GAP * Math.max(run.size, 1)) flush();
    parts.push(run);
    if (visible) end = Math.max(end, run.x + run.width);
  }
  flush();
  return segments;
}

function joinRuns(runs: readonly TextRun[]): TextLine | null {
  const visible = runs.filter((run) => run.text.trim().length > 0);
  const first = visible[0];
  if (!first) return null;
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let dominant = first;
  for (const run of runs) {
    const gap = run.x - end;
    if (text && !/\s$/.test(text) && !/^\s/.test(run.text) && gap > WORD_GAP * run.size) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
    if (run.text.trim() && run.size * run.text.length > dominant.size * dominant.text.length) dominant = run;
  }
  const last = visible[visible.length - 1] ?? first;
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    x0: first.x,
    x1: Math.max(...visible.map((run) => run.x + run.width), last.x),
    y: dominant.y,
    size: dominant.size,
  };
}
