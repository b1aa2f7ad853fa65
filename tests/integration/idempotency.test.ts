import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.js';
import { type IngestDependencies, ingestObjectEvent } from '../../shared/ingest/ingest-service.js';
import type { ObjectEvent } from '../../shared/ingest/s3-events.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { queueReprocessing } from '../../shared/reprocess/queue-reprocessing.js';
import { documentIdFor } from '../../shared/storage/keys.js';
import { EXTRACTOR_VERSION } from '../../shared/version.js';
import { uniquePrefix, uploadAndWait, useLocalAws, waitForRecord } from './local-aws.js';

const services = useLocalAws();
const app = createApp(services);
/** Keys outside the ingest prefix: the background pipeline ignores them, so these tests alone decide the events. */
const deps: IngestDependencies = { s3: services.s3, repository: services.repository, prefix: 'manual/' };

const eventFor = (key: string, sequencer: string, kind: ObjectEvent['kind'] = 'created'): ObjectEvent => ({
  kind,
  bucket: services.bucket,
  key,
  size: 0,
  etag: null,
  versionId: null,
  sequencer,
  eventTime: null,
});

async function put(key: string, body: string): Promise<void> {
  await services.s3.send(new PutObjectCommand({ Bucket: services.bucket, Key: key, Body: body }));
}

async function idsCiting(resolution: string): Promise<string[]> {
  const response = await app.request(`/resolutions/${resolution}/documents?limit=100`);
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
}

const manualKey = () => `manual/${randomUUID()}.txt`;

/** A new document id and a maker of its versions, each with its own sequencer and cited resolution. */
async function versionsOfOneDocument() {
  const key = manualKey();
  const id = documentIdFor(services.bucket, key);
  const base = await uploadAndWait(services, `${uniquePrefix()}base.txt`, 'Geneva, 3 May 2021 – A note.');
  const version = (sequencer: string, resolution: string): DocumentRecord => ({
    ...base,
    id,
    resolutions: [{ key: resolution }],
    source: { ...base.source, key, sequencer },
  });
  return { id, version };
}

describe('idempotent ingestion', () => {
  it('applies a duplicate delivery once and leaves the record unchanged', async () => {
    // Prepare
    const key = manualKey();
    await put(key, 'Geneva, 3 May 2021 – The Council recalled resolution 2396 (2017).');

    // Act
    const first = await ingestObjectEvent(deps, eventFor(key, '00A1'));
    const stored = await services.repository.get(documentIdFor(services.bucket, key));
    const second = await ingestObjectEvent(deps, eventFor(key, '00A1'));

    // Assert
    expect(first.action).toBe('stored');
    expect(second).toMatchObject({ action: 'ignored', reason: expect.stringMatching(/same bytes/) });
    expect(await services.repository.get(documentIdFor(services.bucket, key))).toEqual(stored);
  });

  it('ignores an event older than the one already applied', async () => {
    const key = manualKey();
    await put(key, 'Geneva, 3 May 2021 – Version two cites resolution 2254 (2015).');
    await ingestObjectEvent(deps, eventFor(key, '00B2'));

    const late = await ingestObjectEvent(deps, eventFor(key, '00B1'));

    expect(late).toMatchObject({ action: 'ignored', reason: expect.stringMatching(/older/) });
  });

  it('replaces every facet when an object is overwritten', async () => {
    // Prepare
    const key = manualKey();
    const id = documentIdFor(services.bucket, key);
    await put(key, 'Geneva, 3 May 2021 – The Council recalled resolution 1267 (1999).');
    await ingestObjectEvent(deps, eventFor(key, '00C1'));
    expect(await idsCiting('S-RES-1267')).toContain(id);

    // Act
    await put(key, 'Geneva, 4 May 2021 – The Council recalled resolution 1373 (2001) instead.');
    await ingestObjectEvent(deps, eventFor(key, '00C2'));

    // Assert
    expect(await idsCiting('S-RES-1267')).not.toContain(id);
    expect(await idsCiting('S-RES-1373')).toContain(id);
    expect((await services.repository.get(id))?.documentDate).toBe('2021-05-04');
  });

  it('removes a deleted object with its facets, and a late create cannot bring it back', async () => {
    // Prepare
    const key = manualKey();
    const id = documentIdFor(services.bucket, key);
    await put(key, 'Geneva, 3 May 2021 – The Council recalled resolution 1540 (2004).');
    await ingestObjectEvent(deps, eventFor(key, '00D1'));

    // Act
    const removed = await ingestObjectEvent(deps, eventFor(key, '00D3', 'removed'));
    const late = await ingestObjectEvent(deps, eventFor(key, '00D2'));

    // Assert
    expect(removed.action).toBe('removed');
    expect(late.action).toBe('ignored');
    expect((await app.request(`/documents/${id}`)).status).toBe(404);
    expect(await idsCiting('S-RES-1540')).not.toContain(id);
  });

  it('ends with the later version when two workers write one document at once', async () => {
    // Prepare: two versions of one document, each citing its own resolution
    const { id, version } = await versionsOfOneDocument();

    // Act: many rounds of racing writers, alternating who starts first
    for (let round = 0; round < 5; round++) {
      const older = version(`00E${round}0`, 'S/RES/2178');
      const newer = version(`00E${round}1`, 'S/RES/2242');
      const writes = round % 2 === 0 ? [older, newer] : [newer, older];
      await Promise.all(writes.map((record) => services.repository.save(record)));

      // Assert
      const stored = await services.repository.get(id);
      expect(stored?.source.sequencer).toBe(`00E${round}1`);
      expect(stored?.resolutions).toEqual([{ key: 'S/RES/2242' }]);
      expect(await idsCiting('S-RES-2178')).not.toContain(id);
      expect(await idsCiting('S-RES-2242')).toContain(id);
    }
  });

  it('saves from a state read before another worker wrote, without losing the later version', async () => {
    // Prepare: a stored document, its state read, then a later version written by someone else
    const { id, version } = await versionsOfOneDocument();
    expect(await services.repository.save(version('00F1', 'S/RES/1373'))).toBe('written');
    const staleState = await services.repository.state(id);
    expect(await services.repository.save(version('00F3', 'S/RES/2396'))).toBe('written');

    // Act: an in-between version saved from the stale state, then a newer one from a fresh state
    const inBetween = await services.repository.save(version('00F2', 'S/RES/2178'), staleState);
    const freshState = await services.repository.state(id);
    const newest = await services.repository.save(version('00F4', 'S/RES/2253'), freshState);
    const afterNewest = await services.repository.state(id);
    const newestRecord = await services.repository.get(id);
    const removed = await services.repository.remove(id, '00F5', afterNewest);

    // Assert
    expect(inBetween).toBe('superseded');
    expect(newest).toBe('written');
    expect(afterNewest?.document?.source.sequencer).toBe('00F4');
    expect(newestRecord?.resolutions).toEqual([{ key: 'S/RES/2253' }]);
    expect(removed).toBe('written');
    expect(await services.repository.get(id)).toBeNull();
    expect(await idsCiting('S-RES-2178')).not.toContain(id);
    expect(await idsCiting('S-RES-2253')).not.toContain(id);
  });
});

describe('re-processing', () => {
  it('brings every stale record to the running extractor version', async () => {
    // Prepare: the seeds, then their records rewritten as an older extractor would have left them
    const prefix = uniquePrefix();
    const seedsFolder = join(import.meta.dirname, '../../seeds');
    const seeds = (await readdir(seedsFolder)).sort();
    const records = await Promise.all(
      seeds.map(async (seed) => uploadAndWait(services, `${prefix}${seed}`, await readFile(join(seedsFolder, seed)))),
    );
    const oldVersion = `old-${randomUUID()}`;
    for (const record of records) {
      expect(await services.repository.save({ ...record, extractorVersion: oldVersion, entities: [] })).toBe('written');
    }

    // Act
    let run = await queueReprocessing(services.repository, services.queue, { mode: 'stale' }, { maxDocuments: 2 });
    let queued = run.queued;
    while (run.resumeFrom) {
      run = await queueReprocessing(
        services.repository,
        services.queue,
        { mode: 'stale' },
        {
          maxDocuments: 2,
          resumeFrom: run.resumeFrom,
        },
      );
      queued += run.queued;
    }

    // Assert
    expect(queued).toBeGreaterThanOrEqual(records.length);
    for (const record of records) {
      const after = await waitForRecord(
        services,
        record.source.key,
        30_000,
        (r) => r.extractorVersion === EXTRACTOR_VERSION,
      );
      expect(after.entities).toEqual(record.entities);
    }
  });
});
