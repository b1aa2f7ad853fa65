import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { uniquePrefix, uploadAndWait, useLocalAws } from './local-aws.js';

const services = useLocalAws();
const seedsFolder = join(import.meta.dirname, '../../seeds');

describe('the local pipeline: S3 upload → S3 event → SQS → ingest handler → DynamoDB → API', () => {
  it('gives every seed a record with status ok, readable through the API', async () => {
    // Prepare
    const prefix = uniquePrefix();
    const seeds = (await readdir(seedsFolder)).sort();
    const app = createApp(services);

    // Act
    const records = await Promise.all(
      seeds.map(async (seed) => uploadAndWait(services, `${prefix}${seed}`, await readFile(join(seedsFolder, seed)))),
    );

    // Assert
    expect(records.map((record) => record.status)).toEqual(seeds.map(() => 'ok'));
    for (const record of records) {
      const response = await app.request(`/documents/${record.id}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { id: string; source: { key: string; sha256: string } };
      expect(body.id).toBe(record.id);
      expect(body.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('decodes keys with spaces, plus signs and non-ASCII characters as S3 sends them', async () => {
    // Prepare
    const key = `${uniquePrefix()}Rapport spécial + annexe (v2) — été 2020 %41.txt`;

    // Act
    const record = await uploadAndWait(services, key, 'New York, 25 September 2020 – The Security Council met.');

    // Assert
    expect(record.source.key).toBe(key);
    expect(record.id).toBe(documentIdFor(services.bucket, key));
    expect(record.status).toBe('ok');
  });

  it('records an empty file as failed with a reason instead of losing it', async () => {
    const record = await uploadAndWait(services, `${uniquePrefix()}empty.txt`, new Uint8Array());

    expect(record.status).toBe('failed');
    expect(record.error).toMatch(/empty/);
  });
});
