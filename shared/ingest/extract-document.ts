import { DocketError, NeedsOcrError } from '../errors.js';
import { extract } from '../extract/pipeline.js';
import type { Extraction } from '../model/extraction.js';
import type { ExtractedDocument } from '../model/record.js';
import { type SourceDescription, toDocumentText } from '../parse/index.js';
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
export async function extractDocument(bytes: Uint8Array, source: SourceDescription): Promise<ExtractedDocument> {
  try {
    const { text, hints } = await toDocumentText(bytes, source);
    return { ...extract(text, hints), status: 'ok', error: null, extractorVersion: EXTRACTOR_VERSION };
  } catch (error) {
    if (!(error instanceof DocketError) || error.retryable) throw error;
    const status = error instanceof NeedsOcrError ? 'needs-ocr' : 'failed';
    return { ...emptyExtraction, status, error: error.message, extractorVersion: EXTRACTOR_VERSION };
  }
}
