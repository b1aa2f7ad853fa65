import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { createDocumentClient, settingsFromEnvironment } from '../../shared/storage/clients.js';
import { CursorCodec } from '../../shared/storage/cursor.js';
import { DocumentRepository } from '../../shared/storage/repository.js';
import { uniquePrefix, uploadAndWait, useLocalAws, waitForRecord } from './local-aws.js';

const services = useLocalAws();
const app = createApp(services);
const seedsFolder = join(import.meta.dirname, '../../seeds');

interface Page<T = { id: string; documentDate: string | null }> {
  items: T[];
  nextCursor: string | null;
}

const getJson = async <T>(path: string): Promise<{ status: number; body: T }> => {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as T };
};

/** Follows nextCursor until the end; returns every item in the order served. */
async function readAll<T>(path: string, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const query: string = `${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body } = await getJson<Page<T>>(`${path}${query}`);
    expect(status).toBe(200);
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

const seeds: Record<string, DocumentRecord> = {};

beforeAll(async () => {
  const prefix = uniquePrefix();
  for (const seed of (await readdir(seedsFolder)).sort()) {
    seeds[seed] = await uploadAndWait(services, `${prefix}${seed}`, await readFile(join(seedsFolder, seed)));
  }
});

describe('questions analysts ask, answered by key', () => {
  it('finds the documents citing a resolution, by URL-encoded symbol or dashed form', async () => {
    // Prepare: the seeds that cite S/RES/2396, as extracted
    const citing = Object.values(seeds).filter((record) => record.resolutions.some((r) => r.key === 'S/RES/2396'));
    expect(citing.length).toBeGreaterThan(0);

    // Act
    const encoded = await readAll<{ id: string }>('/resolutions/S%2FRES%2F2396/documents', 100);
    const dashed = await readAll<{ id: string }>('/resolutions/s-res-2396/documents', 100);

    // Assert
    for (const record of citing) expect(encoded.map((item) => item.id)).toContain(record.id);
    expect(new Set(dashed.map((item) => item.id))).toEqual(new Set(encoded.map((item) => item.id)));
  });

  it('lists cited resolutions with document counts, by prefix', async () => {
    const { status, body } = await getJson<Page<{ value: string; documents: number }>>(
      '/resolutions?prefix=S%2FRES%2F23&limit=100',
    );

    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.value.startsWith('S/RES/23')).toBe(true);
      expect(item.documents).toBeGreaterThan(0);
    }
  });

  it('finds the documents naming an organization by any of its names', async () => {
    const naming = Object.values(seeds).filter((record) =>
      record.entities.some((e) => e.type === 'organization' && [e.name, ...e.aliases].includes('UNODC')),
    );
    expect(naming.length).toBeGreaterThan(0);

    const found = await readAll<{ id: string }>('/entities/organization/UNODC/documents', 100);

    for (const record of naming) expect(found.map((item) => item.id)).toContain(record.id);
  });

  it('lists entity names with counts, narrowed by type and prefix', async () => {
    const { body } = await getJson<Page<{ value: string; entityType: string }>>('/entities?type=place&prefix=Syr');

    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.entityType).toBe('place');
      expect(item.value.startsWith('syr')).toBe(true);
    }
  });

  it('finds documents mentioning a date within a month', async () => {
    const mentioning = Object.values(seeds).filter((record) => record.dates.some((d) => d.value.includes('2019-06')));

    const found = await readAll<{ id: string }>('/mentions/2019-06/documents', 100);

    for (const record of mentioning) expect(found.map((item) => item.id)).toContain(record.id);
  });

  it('filters documents by kind and by document-date range', async () => {
    const all = await readAll<{ id: string; kind: string; documentDate: string | null }>('/documents?kind=report', 100);
    expect(all.every((item) => item.kind === 'report')).toBe(true);

    const in2020 = await readAll<{ documentDate: string | null }>('/documents?from=2020&to=2020', 100);
    expect(in2020.length).toBeGreaterThan(0);
    expect(in2020.every((item) => item.documentDate?.startsWith('2020'))).toBe(true);
  });

  it('returns a presigned URL that downloads the original bytes', async () => {
    const record = Object.values(seeds)[0] as DocumentRecord;

    const { status, body } = await getJson<{ url: string }>(`/documents/${record.id}/source`);
    const original = await fetch(body.url);

    expect(status).toBe(200);
    expect(original.status).toBe(200);
    expect((await original.arrayBuffer()).byteLength).toBe(record.source.size);
  });
});

describe('paging', () => {
  it('pages through 61 documents with limit 7, each exactly once, newest first', async () => {
    // Prepare: 61 documents sharing one mentioned day, with different document dates
    const prefix = uniquePrefix();
    const keys = Array.from({ length: 61 }, (_, n) => `${prefix}paging-${n}.txt`);
    await Promise.all(
      keys.map((key, n) => {
        const body = `Geneva, ${(n % 28) + 1} ${['March', 'April', 'May'][n % 3]} 2021 – The meeting recalled the events of 14 March 1642. Note ${n}.`;
        return uploadAndWait(services, key, body, 60_000);
      }),
    );

    // Act
    const items = await readAll<{ id: string; documentDate: string }>('/mentions/1642-03-14/documents', 7);

    // Assert
    expect(items.length).toBe(61);
    expect(new Set(items.map((item) => item.id)).size).toBe(61);
    const sortKeys = items.map((item) => `${item.documentDate}#${item.id}`);
    expect(sortKeys).toEqual([...sortKeys].sort().reverse());
  });

  it('rejects a modified cursor with 400 naming the cursor', async () => {
    const first = await getJson<Page>('/documents?limit=1');
    const cursor = first.body.nextCursor ?? '';
    const tampered = cursor.replace(/.(?=\.)/, (c) => (c === 'A' ? 'B' : 'A'));

    const { status, body } = await getJson<{ parameter: string }>(`/documents?cursor=${encodeURIComponent(tampered)}`);

    expect(status).toBe(400);
    expect(body.parameter).toBe('cursor');
  });
});

describe('invalid input', () => {
  it.each([
    ['/documents?limit=0', 'limit'],
    ['/documents?limit=abc', 'limit'],
    ['/documents?from=2020-13', 'from'],
    ['/entities?type=planet', 'type'],
    ['/entities/planet/Mars/documents', 'type'],
    ['/mentions/June-2019/documents', 'period'],
  ])('%s → 400 problem+json naming %s', async (path, parameter) => {
    const response = await app.request(path);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 400, parameter });
  });

  it('answers an upload over the size limit with 413', async () => {
    const response = await app.request('/uploads', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filename: 'big.pdf', contentType: 'application/pdf', size: 10 ** 12 }),
    });

    expect(response.status).toBe(413);
  });

  it('answers an unknown document with 404', async () => {
    expect((await app.request('/documents/nope/source')).status).toBe(404);
    expect((await app.request('/documents/nope/reprocess', { method: 'POST' })).status).toBe(404);
  });
});

describe('uploads and re-processing', () => {
  it('issues a presigned PUT that lands a document in the pipeline', async () => {
    const text = 'New York, 4 June 2021 – The Security Council adopted resolution 2589 (2021).';
    const response = await app.request('/uploads', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filename: 'upload.txt', contentType: 'text/plain', size: Buffer.byteLength(text) }),
    });
    const upload = (await response.json()) as { url: string; key: string; headers: Record<string, string> };

    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: text });
    const record = await waitForRecord(services, upload.key);

    expect(response.status).toBe(201);
    expect(put.status).toBe(200);
    expect(record.resolutions.map((r) => r.key)).toContain('S/RES/2589');
  });

  it('re-extracts a document on POST /documents/{id}/reprocess', async () => {
    const key = `${uniquePrefix()}again.txt`;
    const before = await uploadAndWait(services, key, 'Vienna, 2 July 2020 – UNODC met.');

    const response = await app.request(`/documents/${before.id}/reprocess`, { method: 'POST' });
    const after = await waitForRecord(services, key, 30_000, (record) => record.processedAt > before.processedAt);

    expect(response.status).toBe(202);
    expect(after.id).toBe(before.id);
  });
});

describe('OpenAPI', () => {
  it('describes every route in OpenAPI 3.1', async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');

    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/documents', '/documents/{id}', '/resolutions/{key}/documents', '/uploads']),
    );
  });
});

describe('no Scan', () => {
  it('answers every route with GetItem, BatchGetItem and Query only', async () => {
    // Prepare: a repository whose client records every command it sends
    const commands: string[] = [];
    const client = createDocumentClient(settingsFromEnvironment(process.env));
    client.middlewareStack.add(
      (next, context) => async (args) => {
        commands.push(String(context.commandName));
        return next(args as Parameters<typeof next>[0]);
      },
      { step: 'initialize', name: 'recordCommands' },
    );
    const repository = new DocumentRepository(
      client,
      services.environment.TABLE_NAME,
      new CursorCodec(services.environment.CURSOR_SECRET),
    );
    const recorded = createApp({ ...services, repository });
    const anyId = (Object.values(seeds)[0] as DocumentRecord).id;

    // Act
    for (const path of [
      '/documents',
      '/documents?kind=report&from=2019&to=2021',
      `/documents/${anyId}`,
      `/documents/${anyId}/source`,
      '/resolutions',
      '/resolutions/S-RES-2396/documents',
      '/entities?prefix=un',
      '/entities/place/Syria/documents',
      '/mentions/2020/documents',
    ]) {
      expect((await recorded.request(path)).status).toBe(200);
    }

    // Assert
    expect(commands.length).toBeGreaterThan(0);
    const reads = ['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand'];
    expect(commands.filter((name) => !reads.includes(name))).toEqual([]);
    expect(commands).toContain('QueryCommand');
  });
});
