import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../infra/local/free-port.js';
import { LocalQueue } from '../../infra/local/local-queue.js';
import { toS3Notification } from '../../infra/local/s3-notification.js';
import { createIngestBatchHandler } from '../../shared/ingest/sqs-batch.js';
import { createDocumentClient, createS3Client } from '../../shared/storage/clients.js';
import { CursorCodec } from '../../shared/storage/cursor.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { DocumentRepository } from '../../shared/storage/repository.js';
import { useLocalAws } from '../integration/local-aws.js';
import { type FaultMode, FaultProxy } from '../support/fault-proxy.js';

const services = useLocalAws();
const PREFIX = 'faults/';
let s3Proxy: FaultProxy;
let dynamoProxy: FaultProxy;
let queue: LocalQueue;
let deadLetterFile: string;

beforeAll(async () => {
  s3Proxy = await FaultProxy.start(process.env.S3_ENDPOINT ?? '', 's3');
  dynamoProxy = await FaultProxy.start(process.env.DYNAMODB_ENDPOINT ?? '', 'dynamodb');
  const settings = { region: 'us-east-1', s3Endpoint: s3Proxy.endpoint, dynamodbEndpoint: dynamoProxy.endpoint };
  const repository = new DocumentRepository(
    createDocumentClient(settings),
    services.environment.TABLE_NAME,
    new CursorCodec(services.environment.CURSOR_SECRET),
  );
  const handler = createIngestBatchHandler(
    { s3: createS3Client(settings), repository, prefix: PREFIX },
    new Logger({ logLevel: 'SILENT' }),
    new Metrics({ namespace: 'DocketTest' }),
  );
  deadLetterFile = join(await mkdtemp(join(tmpdir(), 'docket-faults-')), 'dead-letters.jsonl');
  queue = new LocalQueue({ handler, deadLetterFile, retryDelayMs: 100, maxReceiveCount: 4 });
});

afterAll(async () => {
  await Promise.all([s3Proxy.stop(), dynamoProxy.stop()]);
});

/** Uploads straight to the emulator (no faults), then queues the S3 event for the faulty pipeline. */
async function uploadAndQueue(text: string): Promise<{ key: string; id: string }> {
  const key = `${PREFIX}${randomUUID()}.txt`;
  await services.s3.send(new PutObjectCommand({ Bucket: services.bucket, Key: key, Body: text }));
  queue.send(
    toS3Notification(
      {
        Records: [
          {
            eventName: 'ObjectCreated:Put',
            eventTime: new Date().toISOString(),
            s3: { bucket: { name: services.bucket }, object: { key, size: text.length } },
          },
        ],
      },
      'us-east-1',
    ),
  );
  return { key, id: documentIdFor(services.bucket, key) };
}

async function facetListingIds(resolution: string): Promise<string[]> {
  const page = await services.repository.listByFacet(`RES#${resolution}`, { limit: 100 });
  return page.items.map((item) => item.id);
}

describe.sequential('faults in S3 and DynamoDB', () => {
  it.each<[string, FaultProxy | (() => FaultProxy), FaultMode]>([
    ['S3 answers 500', () => s3Proxy, 'server-error'],
    ['S3 throttles (503 SlowDown)', () => s3Proxy, 'throttle'],
    ['DynamoDB answers 500', () => dynamoProxy, 'server-error'],
    ['DynamoDB throttles', () => dynamoProxy, 'throttle'],
    ['DynamoDB resets connections', () => dynamoProxy, 'reset'],
  ])('%s: the message is retried, not acknowledged, and processed once the fault clears', async (_, proxyOf, mode) => {
    // Prepare
    const proxy = typeof proxyOf === 'function' ? proxyOf() : proxyOf;
    proxy.mode = mode;
    proxy.passBeforeFault = 0;
    const settledBefore = queue.settled;

    // Act: fail long enough for at least one redelivery, then clear the fault
    const { id } = await uploadAndQueue('Geneva, 3 May 2021 – The Council recalled resolution 2396 (2017).');
    await waitFor(async () => proxy.faultsInjected > 0 && queue.settled === settledBefore, 20_000, 'an injected fault');
    const recordDuringFault = await services.repository.get(id);
    proxy.mode = 'pass';
    await queue.idle();

    // Assert
    expect(recordDuringFault).toBeNull();
    expect((await services.repository.get(id))?.status).toBe('ok');
    expect(await LocalQueue.readDeadLetters(deadLetterFile)).toEqual([]);
  });

  it('leaves nothing half-written when DynamoDB fails in the middle of a write', async () => {
    // Prepare: let the first reads and some facet writes through, then fail every request
    dynamoProxy.mode = 'server-error';
    dynamoProxy.passBeforeFault = 2;

    // Act
    const { id } = await uploadAndQueue('Vienna, 4 May 2021 – UNODC recalled resolution 2462 (2019).');
    await waitFor(async () => dynamoProxy.faultsInjected > 3, 20_000, 'faults mid-write');
    const visibleDuringFault = await facetListingIds('S/RES/2462');
    const recordDuringFault = await services.repository.get(id);
    dynamoProxy.mode = 'pass';
    await queue.idle();

    // Assert: readers saw neither the record nor its facets until the write completed, then both once
    expect(recordDuringFault).toBeNull();
    expect(visibleDuringFault).not.toContain(id);
    expect((await services.repository.get(id))?.status).toBe('ok');
    expect((await facetListingIds('S/RES/2462')).filter((found) => found === id)).toEqual([id]);
  });

  it('dead-letters a message that keeps failing, with the reason', async () => {
    s3Proxy.mode = 'server-error';
    s3Proxy.passBeforeFault = 0;

    const { key, id } = await uploadAndQueue('New York, 5 May 2021 – A note.');
    await queue.idle();
    s3Proxy.mode = 'pass';

    const letters = await LocalQueue.readDeadLetters(deadLetterFile);
    expect(letters).toHaveLength(1);
    expect(letters[0]?.receiveCount).toBe(4);
    expect(letters[0]?.reason).toMatch(/InternalError|injected fault/);
    expect(letters[0]?.body).toContain(encodeURIComponent(key.slice(PREFIX.length)).slice(0, 8));
    expect(await services.repository.get(id)).toBeNull();
  });
});
