import { NeedsOcrError, UnreadableDocumentError } from '../../errors.js';
import { PDFParse } from './engine.js';
import type { PageGeometry, TextLine, TextRun } from './layout-types.js';
import { groupLines } from './lines.js';

/** A page as rows of segments (top first), with its size. */
export interface LoadedPage {
  readonly geometry: PageGeometry;
  readonly rows: readonly (readonly TextLine[])[];
}

export interface LoadedPdf {
  readonly pages: readonly LoadedPage[];
  /** The PDF's document information dictionary (Title, Author, CreationDate…). */
  readonly info: Readonly<Record<string, unknown>>;
}

export interface PdfLimits {
  readonly maxPages: number;
}

/** The parts of pdf.js's document and page that text extraction uses. */
interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
interface PdfPage {
  readonly view: number[];
  getTextContent(): Promise<{ items: ReadonlyArray<{ str?: string; transform?: number[]; width?: number }> }>;
  cleanup(): void;
}

/**
 * Opens a PDF with pdf-parse and reads every page's text runs into rows, one page at a time.
 *
 * @example
 * const { pages, info } = await loadPdf(bytes, { maxPages: 2000 });
 */
export async function loadPdf(bytes: Uint8Array, limits: PdfLimits): Promise<LoadedPdf> {
  assertComplete(bytes);
  // pdf.js takes ownership of (detaches) the buffer it is given: it gets its own copy, so that
  // the caller's bytes stay intact. That is the one second copy of the input held.
  const data = bytes.slice();
  const parser = new PDFParse({ data });
  try {
    const { total, info } = await parser.getInfo().catch(rethrowAsUnreadable);
    if (total > limits.maxPages) {
      throw new UnreadableDocumentError(`the PDF has ${total} pages, over the ${limits.maxPages}-page limit`);
    }
    // pdf-parse's getText() flattens each page to a string; column order needs the runs'
    // positions, so pages are read from the document pdf-parse has already loaded.
    const document = await loadedDocument(parser);
    const pages: LoadedPage[] = [];
    for (let number = 1; number <= total; number++) pages.push(await readPage(document, number));
    return { pages, info: (info ?? {}) as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

function loadedDocument(parser: PDFParse): Promise<PdfDocument> {
  const internal = parser as unknown as { load?: () => Promise<PdfDocument> };
  if (typeof internal.load !== 'function') throw new Error('pdf-parse no longer exposes its loaded document');
  return internal.load().catch(rethrowAsUnreadable);
}

async function readPage(document: PdfDocument, number: number): Promise<LoadedPage> {
  const page = await document.getPage(number).catch(rethrowAsUnreadable);
  try {
    const [left = 0, bottom = 0, right = 612, top = 792] = page.view;
    const content = await page.getTextContent().catch(rethrowAsUnreadable);
    const runs: TextRun[] = [];
    for (const item of content.items) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform ?? [];
      // Rotated text (margin labels, vertical table headers) does not sit on the page's lines.
      if (!item.str || Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d)) continue;
      runs.push({ text: item.str, x: e - left, y: f - bottom, width: item.width ?? 0, size: Math.abs(d) || 1 });
    }
    return { geometry: { width: right - left, height: top - bottom }, rows: groupLines(runs) };
  } finally {
    page.cleanup();
  }
}

/** A PDF ends with %%EOF (possibly followed by whitespace or a little junk); a cut-off download does not. */
function assertComplete(bytes: Uint8Array): void {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (!tail.includes('%%EOF'))
    throw new UnreadableDocumentError('the PDF is truncated: it has no %%EOF marker at its end');
}

function rethrowAsUnreadable(error: unknown): never {
  if (error instanceof UnreadableDocumentError || error instanceof NeedsOcrError) throw error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') throw new UnreadableDocumentError('the PDF is encrypted and needs a password');
  if (name === 'InvalidPDFException') throw new UnreadableDocumentError(`the file is not a valid PDF (${message})`);
  if (name === 'FormatError' || name === 'UnknownErrorException')
    throw new UnreadableDocumentError(`the PDF is damaged (${message})`);
  throw error;
}
