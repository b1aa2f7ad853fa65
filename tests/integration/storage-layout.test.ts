import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../shared/api/app.js';
import type { DocumentRecord } from '../../shared/model/record.js';
import { createDocumentClient, settingsFromEnvironment } from '../../shared/storage/clients.js';
import { dateSortKey, documentPk } from '../../shared/storage/keys.js';
import { uniquePrefix, uploadAndWait, useLocalAws } from './local-aws.js';

const services = useLocalAws();
const app = createApp(services);
const client = createDocumentClient(settingsFromEnvironment(process.env));
const tableName = process.env.TABLE_NAME ?? '';

/** A stored record made large: many entities, as a long report has. */
async function largeRecord(): Promise<DocumentRecord> {
  const base = await uploadAndWait(services, `${uniquePrefix()}base.txt`, 'Geneva, 3 May 2021 – A note.');
  const id = randomUUID().replaceAll('-', '').slice(0, 20);
  const entities = Array.from({ length: 600 }, (_, index) => ({
    type: 'organization' as const,
    name: `Organization number ${index} for the prevention of something long`,
    aliases: [],
  }));
  return { ...base, id, entities, resolutions: [{ key: 'S/RES/2396' }], source: { ...base.source, sequencer: '00A1' } };
}

async function items(id: string, prefix: string): Promise<Record<string, unknown>[]> {
  const result = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': documentPk(id), ':prefix': prefix },
    }),
  );
  return result.Items ?? [];
}

describe('document storage layout', () => {
  it('keeps the head small and one body per document, whatever the record size', async () => {
    // Prepare
    const record = await largeRecord();

    // Act
    await services.repository.save(record);
    await services.repository.save({ ...record, source: { ...record.source, sequencer: '00A2' } });
    const { Item: head } = await client.send(
      new GetCommand({ TableName: tableName, Key: { pk: documentPk(record.id), sk: 'META' } }),
    );
    const bodies = await items(record.id, 'BODY#');

    // Assert
    expect(JSON.stringify(bodies[0]).length).toBeGreaterThan(40_000);
    expect(JSON.stringify(head).length).toBeLessThan(1_500);
    expect(bodies.map((body) => body.generation)).toEqual([head?.generation]);
    expect((await services.repository.get(record.id))?.entities).toHaveLength(600);
    expect((await services.repository.state(record.id))?.document?.source.sequencer).toBe('00A2');
  });

  it('reads and replaces a head written before records had body items', async () => {
    // Prepare: a head carrying its record inline, with its facet items, as earlier versions wrote them
    const record = await largeRecord();
    const generation = '000000001legacy0';
    const sortKey = dateSortKey(record.documentDate, record.id);
    const listing = { id: record.id, kind: record.kind, title: record.title, symbol: record.symbol };
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: documentPk(record.id),
          sk: `FACET#${generation}#RES#S/RES/1373`,
          gsi1pk: 'RES#S/RES/1373',
          gsi1sk: sortKey,
          generation,
          ...listing,
        },
      }),
    );
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: documentPk(record.id),
          sk: 'META',
          gsi1pk: 'DOCS',
          gsi1sk: sortKey,
          ...listing,
          record: { ...record, resolutions: [{ key: 'S/RES/1373' }] },
          generation,
          facets: ['RES#S/RES/1373'],
          sequencerKey: '0'.repeat(40),
        },
      }),
    );

    // Act
    const legacy = await services.repository.get(record.id);
    const legacyState = await services.repository.state(record.id);
    const listedBefore = await app.request('/resolutions/S-RES-1373/documents?limit=100');
    const outcome = await services.repository.save(record, legacyState);
    const listedAfter = await app.request('/resolutions/S-RES-1373/documents?limit=100');

    // Assert
    expect(legacy?.resolutions).toEqual([{ key: 'S/RES/1373' }]);
    expect(legacyState?.document?.id).toBe(record.id);
    const ids = async (response: Response) =>
      ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    expect(await ids(listedBefore)).toContain(record.id);
    expect(outcome).toBe('written');
    expect(await ids(listedAfter)).not.toContain(record.id);
    expect(await items(record.id, `FACET#${generation}`)).toEqual([]);
    expect((await services.repository.get(record.id))?.resolutions).toEqual([{ key: 'S/RES/2396' }]);
  });
});
