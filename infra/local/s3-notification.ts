import { encodeS3Key } from '../../shared/ingest/s3-events.js';
import type { S3rverEvent } from './s3-emulator.js';

let lastSequencer = 0n;

/**
 * Rewrites s3rver's event into the notification S3 really sends to SQS: keys URL-encoded with
 * '+' for spaces, a sequencer that grows with every change, and the real event names.
 */
export function toS3Notification(event: S3rverEvent, region: string): string {
  return JSON.stringify({
    Records: event.Records.map((record) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: region,
      eventTime: record.eventTime,
      eventName: record.eventName.replace('ObjectCreated:Post', 'ObjectCreated:CompleteMultipartUpload'),
      s3: {
        s3SchemaVersion: '1.0',
        bucket: { name: record.s3.bucket.name, arn: `arn:aws:s3:::${record.s3.bucket.name}` },
        object: {
          key: encodeS3Key(record.s3.object.key),
          size: record.s3.object.size ?? 0,
          eTag: record.s3.object.eTag?.replaceAll('"', ''),
          sequencer: nextSequencer(),
        },
      },
    })),
  });
}

function nextSequencer(): string {
  const now = BigInt(Date.now()) * 1_000_000n;
  lastSequencer = now > lastSequencer ? now : lastSequencer + 1n;
  return lastSequencer.toString(16).toUpperCase().padStart(18, '0');
}
