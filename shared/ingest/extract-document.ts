import { DocketError, NeedsOcrError } from '../errors.js';
import { extract } from '../extract/pipeline.js';
import type { Extraction } from '../model/extraction.js';
import type { ExtractedDocument } from '../model/record.js';
import { type ParseLimits, type SourceDescription, toDocumentText } from '../parse/index.js';
import { EXTRACTOR_VERSION } from '../version.js';

const emptyExtraction: Extraction = {
  kind: 'other',
  title: null,
  symbol: null,
  documentDate: null,
  summary: '',
  dates: [],
  resolutions: [],
  documentRefs: [],
  figures: [],
  entities: [],
};

/**
 * Bytes in, record out: parse, then extract. Bad input never throws; it becomes a record with
 * status `failed` or `needs-ocr` and the reason. Only unexpected bugs escape.
 *
 * @example
 * const record = await extractDocument(bytes, { filename: 'press.txt' });
 * if (record.status !== 'ok') console.log(record.error);
 */
export async function extractDocument(
  bytes: Uint8Array,
  source: SourceDescription,
  limits: ParseLimits = {},
): Promise<ExtractedDocument> {
  let parsed: Awaited<ReturnType<typeof toDocumentText>>;
  try {
    parsed = await toDocumentText(bytes, source, limits);
  } catch (error) {
    if (!(error instanceof DocketError) || error.retryable) throw error;
    return unreadableDocument(error);
  }
  try {
    const hints = parsed.tags ? { ...parsed.hints, tags: parsed.tags } : parsed.hints;
    return { ...extract(parsed.text, hints), status: 'ok', error: null, extractorVersion: EXTRACTOR_VERSION };
  } catch (error) {
    // Extraction is pure and deterministic: retrying cannot help, so the reason goes on the record.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...emptyExtraction,
      status: 'failed',
      error: `extraction failed: ${reason}`,
      extractorVersion: EXTRACTOR_VERSION,
    };
  }
}

/** The record of a document that could not be read: `needs-ocr` or `failed`, with the reason. */
export function unreadableDocument(error: DocketError): ExtractedDocument {
  const status = error instanceof NeedsOcrError ? 'needs-ocr' : 'failed';
  return { ...emptyExtraction, status, error: error.message, extractorVersion: EXTRACTOR_VERSION };
}
