import type { TextLine } from './layout-types.js';

/** Lines that are page furniture wherever they repeat or not: numbers, job numbers, bar codes. */
const CHROME_PATTERNS: readonly RegExp[] = [
  // Page numbers: "3", "- 3 -", "Page 3", "Page 3 of 19", "3/19", "iv"
  /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of)\s*\d{1,4})?$/i,
  /^[ivxlc]{1,6}$/i,
  // UN job numbers with optional office, language letter, dates and bar code: "25-00987 (E) 070225 *2500987*", "GE.25-11220 (E)"
  /^(?:[A-Z]{2}\.)?\d{2}-\d{4,6}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s*\*\d{5,}\*)?$/,
  /^\*\d{5,}\*$/,
  /^please\s+recycle\b.{0,20}$/i,
];

/** A band line repeated on this share of pages (and at least twice) is a running header or footer. */
const REPEAT_SHARE = 0.25;

/** Key under which a running line repeats: page numbers and dates change from page to page. */
function repetitionKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function isChrome(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || CHROME_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/**
 * Finds the running headers and footers of a document from the band rows of every page: cells
 * that repeat across pages (the document symbol, the title) or that are page furniture by their
 * form. Returns a predicate over a band cell's text.
 *
 * @example
 * const isRunning = runningLineFilter([[['S/2025/72'], ['2/15']], [['S/2025/72'], ['3/15']]]);
 * isRunning('S/2025/72'); // true
 */
export function runningLineFilter(bandCellsPerPage: readonly (readonly string[])[]): (cell: string) => boolean {
  const pagesWithKey = new Map<string, number>();
  for (const cells of bandCellsPerPage) {
    for (const key of new Set(cells.map(repetitionKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(bandCellsPerPage.length * REPEAT_SHARE));
  return (cell) => isChrome(cell) || (pagesWithKey.get(repetitionKey(cell)) ?? 0) >= threshold;
}

/** The cells of a band row: its segments. */
export function rowCells(row: readonly TextLine[]): string[] {
  return row.map((segment) => segment.text);
}

/** A band row without its running cells, or null when nothing is left. */
export function keepContent(row: readonly TextLine[], isRunning: (cell: string) => boolean): TextLine[] | null {
  const kept = row.filter((segment) => !isRunning(segment.text));
  return kept.length > 0 ? kept : null;
}
