import { UnreadableDocumentError } from '../errors.js';
import type { DocumentHints } from '../extract/document/index.js';
import { assertLooksLikeText, decodeText } from './decode.js';
import { type DocumentFormat, detectFormat } from './detect.js';
import { readMarkdown } from './markdown.js';
import { readStory } from './story.js';

export type { DocumentFormat } from './detect.js';
export type { OcrProvider } from './ocr.js';

export interface DocumentText {
  readonly text: string;
  /** What the file itself declares: title, date, symbol. */
  readonly hints: DocumentHints;
  /** How the bytes were read. */
  readonly format: DocumentFormat;
  /** Page count of a PDF; null for formats without pages. */
  readonly pages: number | null;
  /** Keywords the file declares (front-matter tags), a clue to the document's kind. */
  readonly tags?: string | undefined;
}

export interface SourceDescription {
  readonly filename: string;
  readonly contentType?: string | null | undefined;
}

export interface ParseLimits {
  /** Largest input accepted, in bytes. Default 50 MB. */
  readonly maxBytes?: number | undefined;
  /** Most pages a PDF may have. Default 2000. */
  readonly maxPages?: number | undefined;
  /** Longest text extraction is run on, in characters. Default 15 million (about 30 s of extraction). */
  readonly maxCharacters?: number | undefined;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_MAX_CHARACTERS = 15_000_000;

/**
 * Turns a document's bytes into clean text and the metadata found in the file. The format is
 * told by the bytes' signature, then the content type, then the file name: PDF, HTML,
 * Markdown, CNN `.story`, or plain text in UTF-8, UTF-16 or Windows-1252.
 *
 * @throws UnreadableDocumentError when the bytes cannot be read (empty, corrupt, encrypted, over a limit).
 * @throws NeedsOcrError when a PDF has no text layer.
 * @example
 * const { text, hints } = await toDocumentText(bytes, { filename: 'S_2025_72.pdf' });
 */
export async function toDocumentText(
  bytes: Uint8Array,
  source: SourceDescription,
  limits: ParseLimits = {},
): Promise<DocumentText> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new UnreadableDocumentError(
      `the document is ${bytes.byteLength} bytes, over the ${maxBytes}-byte size limit`,
    );
  }
  if (bytes.byteLength === 0) throw new UnreadableDocumentError('the document is empty (0 bytes)');
  const document = await readDocument(bytes, source, limits);
  const maxCharacters = limits.maxCharacters ?? DEFAULT_MAX_CHARACTERS;
  if (document.text.length > maxCharacters) {
    throw new UnreadableDocumentError(
      `the text is ${document.text.length} characters, over the ${maxCharacters}-character extraction limit`,
    );
  }
  return document;
}

async function readDocument(bytes: Uint8Array, source: SourceDescription, limits: ParseLimits): Promise<DocumentText> {
  const format = detectFormat(bytes, source);
  const withFilename = (hints: DocumentHints): DocumentHints => ({ ...hints, filename: source.filename });
  switch (format) {
    case 'pdf': {
      // Loaded on demand: pdf.js is large, and most documents are not PDFs.
      const { readPdf } = await import('./pdf/index.js');
      const pdf = await readPdf(bytes, { maxPages: limits.maxPages ?? DEFAULT_MAX_PAGES });
      return { text: pdf.text, hints: withFilename(pdf.hints), format, pages: pdf.pages };
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      const html = readHtml(bytes);
      assertLooksLikeText(html.text);
      return { text: html.text, hints: withFilename(html.hints), format, pages: null };
    }
    case 'markdown': {
      const markdown = readMarkdown(readableText(bytes));
      assertLooksLikeText(markdown.text);
      return { text: markdown.text, hints: withFilename(markdown.hints), format, pages: null, tags: markdown.tags };
    }
    case 'story':
      return { text: readStory(readableText(bytes)), hints: withFilename({}), format, pages: null };
    case 'text':
      return { text: readableText(bytes), hints: withFilename({}), format, pages: null };
  }
}

function readableText(bytes: Uint8Array): string {
  const text = decodeText(bytes);
  assertLooksLikeText(text);
  return text;
}
