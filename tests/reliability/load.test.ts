import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../infra/local/free-port.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { uniquePrefix, useLocalAws } from '../integration/local-aws.js';

const services = useLocalAws();
const DOCUMENTS = 1000;
const UPLOAD_CONCURRENCY = 50;

const pressRelease = (n: number) =>
  `New York, ${(n % 28) + 1} June 2021 – The Security Council today adopted resolution ${2000 + (n % 500)} (2021), ` +
  `its ${n}th text on the subject. UNODC and the Government of Kenya reported that ${n + 3} projects in Nairobi received $${n}.5 million.`;

describe('load', () => {
  it(`gives ${DOCUMENTS} documents uploaded concurrently exactly ${DOCUMENTS} records, all ok`, {
    timeout: 600_000,
  }, async () => {
    // Prepare
    const prefix = uniquePrefix();
    const keys = Array.from({ length: DOCUMENTS }, (_, n) => `${prefix}release-${n}.txt`);
    const started = Date.now();

    // Act: upload with bounded concurrency, as many clients would
    let next = 0;
    await Promise.all(
      Array.from({ length: UPLOAD_CONCURRENCY }, async () => {
        while (next < keys.length) {
          const n = next++;
          await services.s3.send(
            new PutObjectCommand({ Bucket: services.bucket, Key: keys[n], Body: pressRelease(n) }),
          );
        }
      }),
    );
    const uploaded = Date.now();
    const records = new Map<string, DocumentRecord>();
    await waitFor(
      async () => {
        const missing = keys.filter((key) => !records.has(key));
        for (let offset = 0; offset < missing.length; offset += 100) {
          const batch = missing.slice(offset, offset + 100);
          const found = await Promise.all(
            batch.map((key) => services.repository.get(documentIdFor(services.bucket, key))),
          );
          found.forEach((record, index) => {
            if (record) records.set(batch[index] ?? '', record);
          });
        }
        return records.size === keys.length;
      },
      540_000,
      `${DOCUMENTS} records`,
    );
    const finished = Date.now();

    // Assert
    const all = [...records.values()];
    expect(all).toHaveLength(DOCUMENTS);
    expect(new Set(all.map((record) => record.id)).size).toBe(DOCUMENTS);
    expect(all.filter((record) => record.status !== 'ok')).toEqual([]);
    expect(new Set(all.map((record) => record.source.key))).toEqual(new Set(keys));
    console.info(
      `load: ${DOCUMENTS} documents uploaded in ${((uploaded - started) / 1000).toFixed(1)} s, ` +
        `all records in ${((finished - started) / 1000).toFixed(1)} s ` +
        `(${(DOCUMENTS / ((finished - started) / 1000)).toFixed(0)} documents/s)`,
    );
  });
});
