import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../shared/ingest/s3-events.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { sqsRecord } from '../support/sqs.js';
import { uniquePrefix, useLocalAws } from './local-aws.js';

const services = useLocalAws();
const { handler } = await import('../../functions/ingest/handler.js');

const s3Notification = (bucket: string, key: string) =>
  JSON.stringify({
    Records: [
      {
        eventName: 'ObjectCreated:Put',
        eventTime: new Date().toISOString(),
        s3: { bucket: { name: bucket }, object: { key: encodeS3Key(key), size: 10, sequencer: '0A1B2C3D4E5F' } },
      },
    ],
  });

describe('ingest handler', () => {
  it('skips test events and non-S3 bodies without failing the batch, and processes the rest', async () => {
    // Prepare
    const key = `${uniquePrefix()}handler test.txt`;
    await services.s3.send(
      new PutObjectCommand({ Bucket: services.bucket, Key: key, Body: 'Geneva, 3 May 2021 – A statement.' }),
    );
    const event: SQSEvent = {
      Records: [
        sqsRecord(
          JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: services.bucket }),
          'test-event',
        ),
        sqsRecord('{"hello": "world"}', 'not-an-event'),
        sqsRecord('plain text', 'not-json'),
        sqsRecord(s3Notification(services.bucket, key), 'document'),
      ],
    };

    // Act
    const response = await handler(event, { getRemainingTimeInMillis: () => 60_000 } as Context);

    // Assert
    expect(response.batchItemFailures).toEqual([]);
    const record = await services.repository.get(documentIdFor(services.bucket, key));
    expect(record?.status).toBe('ok');
  });

  it('reports only the message whose object cannot be read, so only it is retried', async () => {
    const event: SQSEvent = {
      Records: [
        sqsRecord(s3Notification('no-such-bucket', 'incoming/x.txt'), 'missing-bucket'),
        sqsRecord(JSON.stringify({ Event: 's3:TestEvent' }), 'test-event'),
      ],
    };

    const response = await handler(event, { getRemainingTimeInMillis: () => 60_000 } as Context);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'missing-bucket' }]);
  });

  it('fails the invocation when every message fails, so the whole batch returns to the queue', async () => {
    const event: SQSEvent = { Records: [sqsRecord(s3Notification('no-such-bucket', 'incoming/y.txt'), 'missing')] };

    await expect(handler(event, { getRemainingTimeInMillis: () => 60_000 } as Context)).rejects.toThrow(
      /All records failed/,
    );
  });
});
