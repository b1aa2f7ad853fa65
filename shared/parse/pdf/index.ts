import { NeedsOcrError } from '../../errors.js';
import type { DocumentHints } from '../../extract/document/index.js';
import { splitBands } from './bands.js';
import { mergeSegments, orderColumns } from './columns.js';
import { pdfHints } from './hints.js';
import type { TextLine } from './layout-types.js';
import { loadPdf, type PdfLimits } from './load.js';
import { joinLines, toParagraphs } from './paragraphs.js';
import { keepContent, rowCells, runningLineFilter } from './running-lines.js';

export interface PdfText {
  readonly text: string;
  readonly hints: DocumentHints;
  readonly pages: number;
}

/** Fewest letters on a page for it to count as having a text layer. */
const MIN_LETTERS_PER_PAGE = 10;

/**
 * A PDF's text in reading order: running headers and footers removed, columns read one after
 * the other, hyphenated line ends joined, paragraphs separated by a blank line. Symbol, date
 * and title come from the first page and the PDF's metadata.
 *
 * @throws NeedsOcrError when the pages have no text layer (scans).
 * @throws UnreadableDocumentError when the PDF is encrypted, damaged, truncated or over the page limit.
 * @example
 * const { text, hints } = await readPdf(bytes, { maxPages: 2000 });
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  const { pages, info } = await loadPdf(bytes, limits);
  assertHasTextLayer(pages.map((page) => page.rows));
  const banded = pages.map((page) => splitBands(page.rows, page.geometry));
  const isRunning = runningLineFilter(
    banded.slice(1).map((page) => [...page.header, ...page.footer].flatMap(rowCells)),
  );
  const isChromeOnly = runningLineFilter([]);
  const pageParagraphs = banded.map((page, index) => {
    const geometry = pages[index]?.geometry ?? { width: 612, height: 792 };
    // The first page's masthead carries the symbol that later pages repeat as a running header.
    const header = keepRows(page.header, index === 0 ? isChromeOnly : isRunning);
    const footer = keepRows(page.footer, isRunning);
    const blocks = [...header.map((row) => [row]), ...orderColumns(page.body, geometry), ...footer.map((row) => [row])];
    return toParagraphs(blocks);
  });
  const first = pages[0];
  const hints = first ? pdfHints(first.rows, info) : {};
  return { text: joinPages(pageParagraphs), hints, pages: pages.length };
}

function keepRows(rows: readonly (readonly TextLine[])[], isRunning: (cell: string) => boolean): TextLine[] {
  return rows.flatMap((row) => {
    const kept = keepContent(row, isRunning);
    return kept ? [mergeSegments(kept)] : [];
  });
}

function assertHasTextLayer(pages: readonly (readonly (readonly TextLine[])[])[]): void {
  const letters = pages.map((rows) => rows.flat().reduce((sum, line) => sum + countLetters(line.text), 0));
  const textPages = letters.filter((count) => count >= MIN_LETTERS_PER_PAGE).length;
  if (textPages === 0 || (textPages < pages.length * 0.2 && letters.reduce((a, b) => a + b, 0) < 500)) {
    throw new NeedsOcrError(
      `the PDF has no usable text layer (${textPages} of ${pages.length} pages carry text): it is a scan and needs OCR`,
    );
  }
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Pages joined by a blank line; a paragraph cut by a page break ("… the peace-" / "keeping …",
 * or a sentence going on in lower case) is joined again.
 */
function joinPages(pages: readonly string[][][]): string {
  const paragraphs: string[][] = [];
  for (const page of pages) {
    page.forEach((paragraph, index) => {
      const previous = paragraphs[paragraphs.length - 1];
      if (index === 0 && previous && continuesParagraph(previous, paragraph)) previous.push(...paragraph);
      else paragraphs.push([...paragraph]);
    });
  }
  return paragraphs.map(joinLines).join('\n\n');
}

function continuesParagraph(previous: readonly string[], next: readonly string[]): boolean {
  const last = previous[previous.length - 1] ?? '';
  const start = next[0] ?? '';
  return /^\p{Ll}/u.test(start) && !/[.!?:;]["'”’)]*$/.test(last);
}
