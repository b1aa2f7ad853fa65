import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../shared/ingest/s3-events.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { uniquePrefix, useLocalAws } from './local-aws.js';

const services = useLocalAws();
const { handler } = await import('../../functions/ingest/handler.js');

const sqsRecord = (messageId: string, body: string) => ({
  messageId,
  receiptHandle: messageId,
  body,
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '0',
    SenderId: 'test',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
  awsRegion: 'us-east-1',
});

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
          'test-event',
          JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: services.bucket }),
        ),
        sqsRecord('not-an-event', '{"hello": "world"}'),
        sqsRecord('not-json', 'plain text'),
        sqsRecord('document', s3Notification(services.bucket, key)),
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
        sqsRecord('missing-bucket', s3Notification('no-such-bucket', 'incoming/x.txt')),
        sqsRecord('test-event', JSON.stringify({ Event: 's3:TestEvent' })),
      ],
    };

    const response = await handler(event, { getRemainingTimeInMillis: () => 60_000 } as Context);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'missing-bucket' }]);
  });

  it('fails the invocation when every message fails, so the whole batch returns to the queue', async () => {
    const event: SQSEvent = { Records: [sqsRecord('missing', s3Notification('no-such-bucket', 'incoming/y.txt'))] };

    await expect(handler(event, { getRemainingTimeInMillis: () => 60_000 } as Context)).rejects.toThrow(
      /All records failed/,
    );
  });
});
