// zod/mini: the same validation without the chained-method classes, which a Lambda bundle cannot tree-shake (22 KB instead of 386 KB).
import * as z from 'zod/mini';

/** One object change, as S3 reports it, with the key decoded. */
export interface ObjectEvent {
  readonly kind: 'created' | 'removed';
  readonly bucket: string;
  readonly key: string;
  readonly size: number;
  readonly etag: string | null;
  readonly versionId: string | null;
  /** Orders events for one key: a larger sequencer is a later change. */
  readonly sequencer: string | null;
  readonly eventTime: string | null;
  /** Re-extract even when the bytes and the extractor version are unchanged. */
  readonly force?: boolean;
  /** A re-processing request rather than an S3 change: applies to the stored object as it is. */
  readonly reprocess?: boolean;
}

const S3EventRecordSchema = z.object({
  eventName: z.string(),
  eventTime: z.optional(z.string()),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string(),
      size: z.optional(z.number()),
      eTag: z.optional(z.string()),
      versionId: z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});

const S3NotificationSchema = z.union([
  z.object({ Records: z.array(S3EventRecordSchema) }),
  z.pipe(
    z.object({ Event: z.literal('s3:TestEvent') }),
    z.transform(() => ({ Records: [] })),
  ),
]);

const nonEmpty = () => z.string().check(z.minLength(1));

/** Docket's own message on the ingest queue: re-process a stored document. */
export const ReprocessRequestSchema = z.object({
  reprocess: z.object({ bucket: nonEmpty(), key: nonEmpty(), force: z._default(z.boolean(), false) }),
});
export type ReprocessRequest = z.input<typeof ReprocessRequestSchema>;

/** The queue message body that asks the ingest handler to re-process one object. */
export function reprocessMessage(bucket: string, key: string, force: boolean): string {
  return JSON.stringify({ reprocess: { bucket, key, force } } satisfies ReprocessRequest);
}

/** An SQS message body that is not an S3 event notification. */
export class NotAnS3EventError extends Error {}

/**
 * Reads an SQS message body holding an S3 event notification, exactly as AWS delivers it:
 * keys URL-encoded with '+' for spaces; `s3:TestEvent` yields no events. Docket's own
 * re-processing requests travel the same queue and come out as events marked `reprocess`.
 *
 * @example
 * parseS3Notification('{"Event":"s3:TestEvent"}') // []
 */
export function parseS3Notification(body: string): ObjectEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new NotAnS3EventError('the message body is not JSON');
  }
  const reprocess = ReprocessRequestSchema.safeParse(json);
  if (reprocess.success) {
    const { bucket, key, force } = reprocess.data.reprocess;
    return [
      {
        kind: 'created',
        bucket,
        key,
        size: 0,
        etag: null,
        versionId: null,
        sequencer: null,
        eventTime: null,
        force,
        reprocess: true,
      },
    ];
  }
  const parsed = S3NotificationSchema.safeParse(json);
  if (!parsed.success) throw new NotAnS3EventError('the message body is not an S3 event notification');
  return parsed.data.Records.flatMap((record): ObjectEvent[] => {
    const kind = record.eventName.startsWith('ObjectCreated')
      ? 'created'
      : record.eventName.startsWith('ObjectRemoved')
        ? 'removed'
        : null;
    if (!kind) return [];
    const object = record.s3.object;
    return [
      {
        kind,
        bucket: record.s3.bucket.name,
        key: decodeS3Key(object.key),
        size: object.size ?? 0,
        etag: object.eTag ?? null,
        versionId: object.versionId ?? null,
        sequencer: object.sequencer ?? null,
        eventTime: record.eventTime ?? null,
      },
    ];
  });
}

/** S3 event keys are form-encoded: '+' is a space, '%2B' a plus. */
export function decodeS3Key(encoded: string): string {
  const spaced = encoded.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The inverse of decodeS3Key, as S3 encodes keys in notifications. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+');
}
