import type { PageGeometry, PageLines, TextLine } from './layout-types.js';

/** Share of the page height, at top and bottom, where running headers and footers sit. */
const BAND = 0.1;
/** Most rows a running header or footer takes. */
const MAX_BAND_ROWS = 3;

export interface BandedRows {
  readonly header: readonly (readonly TextLine[])[];
  readonly body: readonly (readonly TextLine[])[];
  readonly footer: readonly (readonly TextLine[])[];
}

/**
 * Splits a page's rows (top first) into the header band, the body and the footer band, so that
 * running lines can be judged apart from the text and kept out of column ordering.
 *
 * @example
 * splitBands(rows, { width: 612, height: 792 }).footer; // rows below y = 79, at most 3
 */
export function splitBands(rows: readonly (readonly TextLine[])[], page: PageGeometry): BandedRows {
  const rowY = (row: readonly TextLine[]) => Math.max(...row.map((segment) => segment.y));
  let top = 0;
  while (top < Math.min(MAX_BAND_ROWS, rows.length)) {
    const row = rows[top];
    if (!row || rowY(row) < page.height * (1 - BAND)) break;
    top++;
  }
  let bottom = rows.length;
  while (bottom > top && rows.length - bottom < MAX_BAND_ROWS) {
    const row = rows[bottom - 1];
    if (!row || rowY(row) > page.height * BAND) break;
    bottom--;
  }
  return { header: rows.slice(0, top), body: rows.slice(top, bottom), footer: rows.slice(bottom) };
}

export type { PageLines };
