import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import { waitFor } from '../../infra/local/free-port.js';
import { LocalQueue } from '../../infra/local/local-queue.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { type Services, servicesFromEnvironment } from '../../shared/runtime/environment.js';
import { documentIdFor } from '../../shared/storage/keys.js';

/**
 * Points this test file's process at the emulators started by the global setup. Messages the
 * API queues (re-processing) go to the real ingest handler, run in this process.
 */
export function useLocalAws(): Services & { bucket: string } {
  const environment = inject('localAws');
  Object.assign(process.env, environment);
  const queue = new LocalQueue({
    handler: async (event, context) => (await import('../../functions/ingest/handler.js')).handler(event, context),
    deadLetterFile: environment.DEAD_LETTER_FILE ?? join(tmpdir(), 'docket-test-dead-letters.jsonl'),
    retryDelayMs: 50,
  });
  return { ...servicesFromEnvironment(environment, { queue }), bucket: environment.BUCKET_NAME ?? '' };
}

/** A key prefix no other test uses, so tests never see each other's documents. */
export const uniquePrefix = (): string => `incoming/${randomUUID()}/`;

/** Uploads through the S3 API, then polls DynamoDB until the pipeline has stored a record. */
export async function uploadAndWait(
  services: Services & { bucket: string },
  key: string,
  body: Uint8Array | string,
  timeoutMs = 30_000,
): Promise<DocumentRecord> {
  await services.s3.send(new PutObjectCommand({ Bucket: services.bucket, Key: key, Body: body }));
  return waitForRecord(services, key, timeoutMs);
}

export async function waitForRecord(
  services: Services & { bucket: string },
  key: string,
  timeoutMs = 30_000,
  accept: (record: DocumentRecord) => boolean = () => true,
): Promise<DocumentRecord> {
  const id = documentIdFor(services.bucket, key);
  let record: DocumentRecord | null = null;
  await waitFor(
    async () => {
      record = await services.repository.get(id);
      return record !== null && accept(record);
    },
    timeoutMs,
    `a record for ${key}`,
  );
  return record as unknown as DocumentRecord;
}
