/**
 * The hook for reading scanned PDFs. Docket does not call OCR yet: a PDF without a text layer
 * ends as `needs-ocr`. On AWS, an implementation would wrap Amazon Textract's asynchronous
 * document text detection (StartDocumentTextDetection on the object in S3, then
 * GetDocumentTextDetection pages of LINE blocks), which is why the input is a storage location
 * and not bytes: Textract reads multi-page PDFs only from S3.
 */
export interface OcrProvider {
  /** A short name for records and logs, e.g. "textract". */
  readonly name: string;
  /**
   * Recognises the text of every page of a scanned document.
   *
   * @example
   * const result = await provider.recognise({ bucket: 'docket-inbox', key: 'scans/A_45_696.pdf' }, { maxPages: 200 });
   */
  recognise(source: OcrSource, options: OcrOptions): Promise<OcrResult>;
}

/** Where the scanned document is stored. */
export interface OcrSource {
  readonly bucket: string;
  readonly key: string;
  readonly versionId?: string | undefined;
}

export interface OcrOptions {
  readonly maxPages: number;
  /** Gives up after this long; Textract jobs on long scans take minutes. */
  readonly timeoutMs?: number | undefined;
}

export interface OcrResult {
  /** Recognised lines of each page, in reading order. */
  readonly pages: readonly OcrPage[];
}

export interface OcrPage {
  readonly lines: readonly string[];
  /** Mean recognition confidence, 0–1, so that poor scans can be flagged. */
  readonly confidence: number;
}
