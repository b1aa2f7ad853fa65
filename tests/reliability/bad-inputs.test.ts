import { randomBytes, randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { toS3Notification } from '../../infra/local/s3-notification.js';
import { createIngestBatchHandler } from '../../shared/ingest/sqs-batch.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { useLocalAws } from '../integration/local-aws.js';
import { buildPdf } from '../support/pdf-builder.js';
import { sqsRecord } from '../support/sqs.js';

const services = useLocalAws();
const PREFIX = `reliability/${randomUUID()}/`;
const handler = createIngestBatchHandler(
  { s3: services.s3, repository: services.repository, prefix: PREFIX },
  new Logger({ logLevel: 'SILENT' }),
  new Metrics({ namespace: 'DocketTest' }),
);

/** Peak resident memory of this process (where the ingest handler runs) while the bad inputs go through. */
const memory = { baseline: process.memoryUsage().rss, peak: 0 };
const sampler = setInterval(() => {
  memory.peak = Math.max(memory.peak, process.memoryUsage().rss);
}, 10);
afterAll(() => {
  clearInterval(sampler);
  console.info(
    `ingest process RSS: baseline ${(memory.baseline / 2 ** 20).toFixed(0)} MiB, peak ${(memory.peak / 2 ** 20).toFixed(0)} MiB`,
  );
});

const notification = (key: string, size: number) =>
  toS3Notification(
    {
      Records: [
        {
          eventName: 'ObjectCreated:Put',
          eventTime: new Date().toISOString(),
          s3: { bucket: { name: services.bucket }, object: { key, size } },
        },
      ],
    },
    'us-east-1',
  );

const context = { getRemainingTimeInMillis: () => 900_000 } as Context;

/** Uploads through the S3 API, then hands the handler one SQS batch: the bad input between two good documents. */
async function ingestBetweenGoodDocuments(name: string, body: Uint8Array | string, key = `${PREFIX}${name}`) {
  const good = [`${PREFIX}before-${name}.txt`, `${PREFIX}after-${name}.txt`];
  for (const goodKey of good) {
    await services.s3.send(
      new PutObjectCommand({ Bucket: services.bucket, Key: goodKey, Body: 'Geneva, 3 May 2021 – UNODC met.' }),
    );
  }
  await services.s3.send(new PutObjectCommand({ Bucket: services.bucket, Key: key, Body: body }));
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  const event: SQSEvent = {
    Records: [
      sqsRecord(notification(good[0] ?? '', 10)),
      sqsRecord(notification(key, size)),
      sqsRecord(notification(good[1] ?? '', 10)),
    ],
  };
  const response = await handler(event, context);
  const records = await Promise.all(
    [good[0], key, good[1]].map((k) => services.repository.get(documentIdFor(services.bucket, k ?? ''))),
  );
  expect(response.batchItemFailures).toEqual([]);
  expect(records[0]?.status).toBe('ok');
  expect(records[2]?.status).toBe('ok');
  return records[1] as DocumentRecord | null;
}

const zipHeader = Buffer.from('504b0304140000000800', 'hex');

describe('bad inputs: one outcome each, the batch goes on, neighbours are processed', () => {
  it.each<[string, DocumentRecord['status'], RegExp | null, () => Uint8Array | string]>([
    ['empty.txt', 'failed', /empty/, () => new Uint8Array()],
    ['garbage.txt', 'failed', /binary/, () => randomBytes(4096)],
    ['archive.pdf', 'failed', /not a valid PDF|PDF/, () => Buffer.concat([zipHeader, randomBytes(2048)])],
    [
      'truncated.pdf',
      'failed',
      /truncated|damaged|PDF/,
      () => buildPdf([[{ x: 72, y: 700, size: 12, text: 'Report.' }]]).slice(0, 300),
    ],
    [
      'encrypted.pdf',
      'failed',
      /encrypted/,
      () => buildPdf([[{ x: 72, y: 700, size: 12, text: 'Secret.' }]], { encryptedWithUnknownPassword: true }),
    ],
    ['scanned.pdf', 'needs-ocr', /OCR|text layer/i, () => buildPdf([[]])],
    [
      'over-limit.txt',
      'failed',
      /size limit/,
      () => 'The Security Council met. '.repeat(Math.ceil((60 * 2 ** 20) / 26)),
    ],
    [
      'invalid-utf8.txt',
      'ok',
      null,
      () => Buffer.from([...Buffer.from('Gen'), 0xe8, ...Buffer.from('ve, 3 May 2021 – a note.')]),
    ],
    ['utf16-no-bom.txt', 'ok', null, () => Buffer.from('Geneva, 3 May 2021 – UNODC met in Vienna.', 'utf16le')],
    [
      'deep.html',
      'ok',
      null,
      () => `${'<div>'.repeat(100_000)}Geneva, 3 May 2021 – UNODC met.${'</div>'.repeat(100_000)}`,
    ],
  ])('%s → %s', async (name, status, reason, body) => {
    const record = await ingestBetweenGoodDocuments(name, body());

    expect(record?.status).toBe(status);
    if (reason) expect(record?.error).toMatch(reason);
    else expect(record?.error).toBeNull();
  });

  it('decodes UTF-16 without a BOM into the right text', async () => {
    const record = await ingestBetweenGoodDocuments(
      'utf16-places.txt',
      Buffer.from('Vienna, 4 May 2021 – UNODC met.', 'utf16le'),
    );

    expect(record?.documentDate).toBe('2021-05-04');
  });

  it('reads a key with spaces, +, %, emoji and 900 characters', async () => {
    // s3rver keeps keys as file paths, so the long key has folders to stay under 255 bytes a name
    const segment = 'Rapport spécial + annexe 100% 📄 '.repeat(3);
    let key = PREFIX;
    while (key.length < 900) key += `${segment}/`;
    key = `${key.slice(0, 896)}.txt`;

    const record = await ingestBetweenGoodDocuments('long-key', 'Geneva, 3 May 2021 – A note.', key);

    expect(record?.status).toBe('ok');
    expect(record?.source.key).toBe(key);
  });

  it('extracts a 10 MB text with no newline within the limits', { timeout: 240_000 }, async () => {
    const body = 'The Security Council met in New York on 3 May 2021 and recalled resolution 2396 (2017). '.repeat(
      Math.ceil(10_000_000 / 90),
    );

    const record = await ingestBetweenGoodDocuments('one-line.txt', body);

    expect(record?.status).toBe('ok');
    expect(record?.resolutions.map((r) => r.key)).toContain('S/RES/2396');
  });
});

describe('messages that are not documents: a logged skip, never a retry', () => {
  it.each([
    ['an SQS body that is not an S3 event', '{"hello":"world"}'],
    ['a body that is not JSON', 'plain text'],
    ['an s3:TestEvent', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' })],
  ])('%s', async (_, body) => {
    const response = await handler({ Records: [sqsRecord(body)] }, context);

    expect(response.batchItemFailures).toEqual([]);
  });

  it('an object under an unexpected prefix gets no record', async () => {
    const key = `elsewhere/${randomUUID()}.txt`;
    await services.s3.send(new PutObjectCommand({ Bucket: services.bucket, Key: key, Body: 'Geneva, 3 May 2021.' }));

    const response = await handler({ Records: [sqsRecord(notification(key, 19))] }, context);

    expect(response.batchItemFailures).toEqual([]);
    expect(await services.repository.get(documentIdFor(services.bucket, key))).toBeNull();
  });
});
