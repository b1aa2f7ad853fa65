import type { PageGeometry, TextLine } from './layout-types.js';

/** Fewest rows with text on both sides of a gutter before a page counts as two-column. */
const MIN_TWO_SIDED_ROWS = 5;
/** Column text is prose: its segments are wide, unlike table cells. Fraction of the text width. */
const MIN_COLUMN_WIDTH = 0.22;

/**
 * Puts a page's rows in reading order. On a two-column page (a vertical gutter near the middle
 * that many rows have text on both sides of, and that few rows cross), the left column is read
 * before the right one; a row that crosses the gutter (a title, a full-width table) closes the
 * columns above it. Each returned block is a run of lines from one column, top to bottom.
 *
 * @example
 * orderColumns(rows, { width: 612, height: 792 }); // [[left lines…], [right lines…], [footer…]]
 */
export function orderColumns(rows: readonly (readonly TextLine[])[], page: PageGeometry): TextLine[][] {
  const gutter = findGutter(rows, page);
  if (gutter === null) return rows.length > 0 ? [rows.map(mergeSegments)] : [];
  const blocks: TextLine[][] = [];
  let left: TextLine[] = [];
  let right: TextLine[] = [];
  const flush = () => {
    if (left.length > 0) blocks.push(left);
    if (right.length > 0) blocks.push(right);
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.some((segment) => crosses(segment, gutter))) {
      flush();
      blocks.push([mergeSegments(row)]);
      continue;
    }
    const leftSegments = row.filter((segment) => segment.x1 <= gutter);
    const rightSegments = row.filter((segment) => segment.x0 >= gutter);
    if (leftSegments.length > 0) left.push(mergeSegments(leftSegments));
    if (rightSegments.length > 0) right.push(mergeSegments(rightSegments));
  }
  flush();
  return blocks;
}

function crosses(segment: TextLine, x: number): boolean {
  return segment.x0 < x && segment.x1 > x;
}

/** Segments of one row as one line; wide gaps become tabs, as between table cells. */
export function mergeSegments(segments: readonly TextLine[]): TextLine {
  const first = segments[0];
  if (!first) throw new Error('a row has at least one segment');
  if (segments.length === 1) return first;
  const last = segments[segments.length - 1] ?? first;
  const dominant = segments.reduce((a, b) => (b.text.length * b.size > a.text.length * a.size ? b : a));
  return {
    text: segments.map((segment) => segment.text).join('\t'),
    x0: first.x0,
    x1: last.x1,
    y: dominant.y,
    size: dominant.size,
  };
}

/** The x of a gutter between two prose columns, or null for a single-column page. */
export function findGutter(rows: readonly (readonly TextLine[])[], page: PageGeometry): number | null {
  if (rows.length < MIN_TWO_SIDED_ROWS) return null;
  const segments = rows.flat();
  const textLeft = Math.min(...segments.map((segment) => segment.x0));
  const textRight = Math.max(...segments.map((segment) => segment.x1));
  const textWidth = textRight - textLeft;
  if (textWidth < page.width * 0.3) return null;
  let best: { x: number; crossing: number; twoSided: number } | null = null;
  const step = Math.max(1, textWidth / 200);
  for (let x = textLeft + textWidth * 0.3; x <= textLeft + textWidth * 0.7; x += step) {
    let crossing = 0;
    let twoSided = 0;
    for (const row of rows) {
      if (row.some((segment) => crosses(segment, x))) crossing++;
      else if (row.some((segment) => segment.x1 <= x) && row.some((segment) => segment.x0 >= x)) twoSided++;
    }
    if (!best || crossing < best.crossing || (crossing === best.crossing && twoSided > best.twoSided))
      best = { x, crossing, twoSided };
  }
  if (!best || best.twoSided < MIN_TWO_SIDED_ROWS || best.crossing * 2 > best.twoSided) return null;
  const gutter = centreOfGap(rows, best.x);
  return isProseOnBothSides(rows, gutter, textWidth) ? gutter : null;
}

/** The middle of the empty strip around x, so that ragged column edges do not bias it. */
function centreOfGap(rows: readonly (readonly TextLine[])[], x: number): number {
  let leftEdge = Number.NEGATIVE_INFINITY;
  let rightEdge = Number.POSITIVE_INFINITY;
  for (const segment of rows.flat()) {
    if (crosses(segment, x)) continue;
    if (segment.x1 <= x) leftEdge = Math.max(leftEdge, segment.x1);
    else rightEdge = Math.min(rightEdge, segment.x0);
  }
  return Number.isFinite(leftEdge) && Number.isFinite(rightEdge) ? (leftEdge + rightEdge) / 2 : x;
}

function isProseOnBothSides(rows: readonly (readonly TextLine[])[], gutter: number, textWidth: number): boolean {
  const widths = (side: 'left' | 'right') =>
    rows
      .flatMap((row) => row.filter((s) => (side === 'left' ? s.x1 <= gutter : s.x0 >= gutter)))
      .map((s) => s.x1 - s.x0);
  return (
    median(widths('left')) >= MIN_COLUMN_WIDTH * textWidth && median(widths('right')) >= MIN_COLUMN_WIDTH * textWidth
  );
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
