import { z } from '@hono/zod-openapi';
import { entityTypes } from '../model/extraction.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a period: YYYY, YYYY-MM or YYYY-MM-DD')
  .openapi({ example: '2019-06' });

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25).openapi({ description: 'Items per page (1–100).' }),
  cursor: z.string().min(1).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

export const DateRangeQuerySchema = z.object({
  from: PeriodSchema.optional().openapi({ description: 'Earliest document date, inclusive.' }),
  to: PeriodSchema.optional().openapi({ description: 'Latest document date, inclusive.' }),
});

export const DocumentListingSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string().nullable(),
    symbol: z.string().nullable(),
    documentDate: z.string().nullable(),
    status: z.string(),
    processedAt: z.string(),
  })
  .openapi('DocumentListing');

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

export const CountedValueSchema = z
  .object({ value: z.string(), label: z.string(), documents: z.number().int() })
  .openapi('CountedValue');

export const EntityTypeSchema = z.enum(entityTypes);

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    parameter: z.string().optional(),
  })
  .openapi('Problem');

export const UploadRequestSchema = z
  .object({
    filename: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\]+$/, 'a file name without folders'),
    contentType: z.enum(['application/pdf', 'text/html', 'text/plain', 'text/markdown']),
    size: z.number().int().positive(),
  })
  .openapi('UploadRequest');

export const UploadResponseSchema = z
  .object({
    url: z.string().url(),
    method: z.literal('PUT'),
    key: z.string(),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  })
  .openapi('Upload');
