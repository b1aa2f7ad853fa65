/** The formats Docket reads. */
export type DocumentFormat = 'pdf' | 'html' | 'markdown' | 'story' | 'text';

export interface FormatClues {
  readonly filename: string;
  readonly contentType?: string | null | undefined;
}

const BY_CONTENT_TYPE: ReadonlyArray<readonly [RegExp, DocumentFormat]> = [
  [/^application\/(?:x-)?pdf\b/i, 'pdf'],
  [/^(?:text\/html|application\/xhtml\+xml)\b/i, 'html'],
  [/^text\/(?:x-)?markdown\b/i, 'markdown'],
];

// A Map, not an object: a plain object would answer for 'constructor' and the other Object.prototype names.
const BY_EXTENSION: ReadonlyMap<string, DocumentFormat> = new Map(
  Object.entries({
    pdf: 'pdf',
    html: 'html',
    htm: 'html',
    xhtml: 'html',
    md: 'markdown',
    markdown: 'markdown',
    story: 'story',
    txt: 'text',
  }),
);

/** Bytes that open an HTML document or fragment, after optional whitespace and a BOM (also a mis-decoded one). */
const HTML_OPENING =
  /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<(?:!doctype\s+html|html|head|body|meta|link|table|div|p|article|section|title|!--)[\s>/]/i;

/**
 * Which parser reads a document: the bytes' signature first (a PDF named `.txt` is still a PDF),
 * then the declared content type, then the file extension. What is left is plain text unless
 * its first bytes open an HTML document or fragment.
 *
 * @example
 * detectFormat(bytes, { filename: 'S_2025_72.pdf' }); // 'pdf'
 */
export function detectFormat(bytes: Uint8Array, clues: FormatClues): DocumentFormat {
  if (hasPdfSignature(bytes)) return 'pdf';
  const format = fromContentType(clues.contentType) ?? fromExtension(clues.filename) ?? 'text';
  return format === 'text' && looksLikeHtml(bytes) ? 'html' : format;
}

function fromContentType(contentType: string | null | undefined): DocumentFormat | null {
  const type = contentType?.trim();
  if (!type) return null;
  for (const [pattern, format] of BY_CONTENT_TYPE) if (pattern.test(type)) return format;
  return null;
}

function fromExtension(filename: string): DocumentFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION.get(extension)) || null;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_OPENING.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 512)));
}

/** `%PDF-` within the first 1024 bytes, where readers accept it (some files carry junk before it). */
function hasPdfSignature(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}
