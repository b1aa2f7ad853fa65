import { z } from 'zod';
import { ExtractionSchema } from './extraction.js';

export const documentStatuses = ['ok', 'failed', 'needs-ocr', 'skipped'] as const;
export const DocumentStatusSchema = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export const SourceSchema = z.object({
  bucket: z.string(),
  key: z.string(),
  versionId: z.string().nullable(),
  etag: z.string().nullable(),
  size: z.number().int().nonnegative(),
  contentType: z.string().nullable(),
  sha256: z.string().nullable(),
  /** The S3 event sequencer of the object event applied last: orders events for one key. */
  sequencer: z.string().nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

/** The outcome of extraction alone: what `npm run extract` prints. Failed documents carry empty fields. */
export const ExtractedDocumentSchema = ExtractionSchema.extend({
  status: DocumentStatusSchema,
  /** Why the document is not `ok`, in words a person can act on. */
  error: z.string().nullable(),
  extractorVersion: z.string(),
});
export type ExtractedDocument = z.infer<typeof ExtractedDocumentSchema>;

/** A stored document: the extraction plus where it came from and when it was processed. */
export const DocumentRecordSchema = ExtractedDocumentSchema.extend({
  id: z.string(),
  source: SourceSchema,
  processedAt: z.string(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;
