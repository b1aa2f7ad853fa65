import { UnreadableDocumentError } from '../errors.js';
import type { DocumentHints } from '../extract/document/index.js';
import { assertLooksLikeText, decodeText } from './decode.js';

export interface DocumentText {
  readonly text: string;
  /** What the file itself declares: title, date, symbol. */
  readonly hints: DocumentHints;
}

export interface SourceDescription {
  readonly filename: string;
  readonly contentType?: string | null | undefined;
}

export interface ParseLimits {
  /** Largest input accepted, in bytes. Default 50 MB. */
  readonly maxBytes?: number | undefined;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Turns a document's bytes into clean text and the metadata found in the file.
 *
 * @example
 * const { text } = await toDocumentText(bytes, { filename: 'report.txt' });
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
  const text = decodeText(bytes);
  assertLooksLikeText(text);
  return { text, hints: { filename: source.filename } };
}
