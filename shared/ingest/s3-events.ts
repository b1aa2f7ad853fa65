import { z } from 'zod';

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
}

const S3EventRecordSchema = z.object({
  eventName: z.string(),
  eventTime: z.string().optional(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string(),
      size: z.number().optional(),
      eTag: z.string().optional(),
      versionId: z.string().optional(),
      sequencer: z.string().optional(),
    }),
  }),
});

const S3NotificationSchema = z.union([
  z.object({ Records: z.array(S3EventRecordSchema) }),
  z.object({ Event: z.literal('s3:TestEvent') }).transform(() => ({ Records: [] })),
]);

/** An SQS message body that is not an S3 event notification. */
export class NotAnS3EventError extends Error {}

/**
 * Reads an SQS message body holding an S3 event notification, exactly as AWS delivers it:
 * keys URL-encoded with '+' for spaces; `s3:TestEvent` yields no events.
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
