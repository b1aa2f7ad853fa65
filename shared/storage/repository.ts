import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DocumentRecord } from '../model/record.js';
import type { CursorCodec } from './cursor.js';
import { facetKey, facetsOf } from './facets.js';
import { ALL_DOCUMENTS, BY_FACET_INDEX, DOCUMENT_SK, dateSortKey, documentPk, FACET_PREFIX } from './keys.js';
import { LISTING_ATTRIBUTES } from './table.js';

export type DocumentListing = Pick<DocumentRecord, (typeof LISTING_ATTRIBUTES)[number]>;

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

const BATCH_WRITE_LIMIT = 25;

/**
 * Documents and their facets in one DynamoDB table. Every read is a GetItem or a Query.
 *
 * @example
 * const repository = new DocumentRepository(documentClient, 'docket', new CursorCodec(secret));
 * await repository.save(record);
 * const page = await repository.listDocuments({ limit: 25 });
 */
export class DocumentRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: CursorCodec,
  ) {}

  async get(id: string): Promise<DocumentRecord | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: documentPk(id), sk: DOCUMENT_SK }, ConsistentRead: true }),
    );
    return Item ? toRecord(Item) : null;
  }

  /** Writes the record and brings its facet items in line with it: new ones added, stale ones removed. */
  async save(record: DocumentRecord): Promise<void> {
    const previous = await this.get(record.id);
    const facets = facetsOf(record);
    const keep = new Set(facets.map(facetKey));
    const stale = previous ? facetsOf(previous).filter((facet) => !keep.has(facetKey(facet))) : [];
    const sortKey = dateSortKey(record.documentDate, record.id);
    const listing = listingOf(record);
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: documentPk(record.id), sk: DOCUMENT_SK },
        UpdateExpression: `SET #record = :record, gsi1pk = :all, gsi1sk = :sortKey, ${listingAssignments()}`,
        ExpressionAttributeNames: { '#record': 'record', ...listingNames() },
        ExpressionAttributeValues: {
          ':record': record,
          ':all': ALL_DOCUMENTS,
          ':sortKey': sortKey,
          ...listingValues(listing),
        },
      }),
    );
    const puts = facets.map((facet) => ({
      PutRequest: {
        Item: {
          pk: documentPk(record.id),
          sk: `${FACET_PREFIX}${facetKey(facet)}`,
          gsi1pk: facetKey(facet),
          gsi1sk: sortKey,
          ...listing,
        },
      },
    }));
    const deletes = stale.map((facet) => ({
      DeleteRequest: { Key: { pk: documentPk(record.id), sk: `${FACET_PREFIX}${facetKey(facet)}` } },
    }));
    await this.batchWrite([...puts, ...deletes]);
  }

  /** Removes the document and every facet item it has. */
  async remove(id: string): Promise<void> {
    const keys: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': documentPk(id) },
          ProjectionExpression: 'pk, sk',
          ExclusiveStartKey: startKey,
        }),
      );
      keys.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    await this.batchWrite(keys.map((key) => ({ DeleteRequest: { Key: key } })));
  }

  async listDocuments(page: PageRequest): Promise<Page<DocumentListing>> {
    return this.queryIndex(ALL_DOCUMENTS, page);
  }

  /** Documents carrying one facet value (`RES#S/RES/2396`, `KIND#report`), newest first. */
  async listByFacet(facet: string, page: PageRequest): Promise<Page<DocumentListing>> {
    return this.queryIndex(facet, page);
  }

  private async queryIndex(partition: string, page: PageRequest): Promise<Page<DocumentListing>> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_FACET_INDEX,
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: page.limit,
        ...(page.cursor ? { ExclusiveStartKey: this.cursors.decode(page.cursor) } : {}),
      }),
    );
    const items = (result.Items ?? []).map((item) => pickListing(item));
    return { items, nextCursor: result.LastEvaluatedKey ? this.cursors.encode(result.LastEvaluatedKey) : null };
  }

  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let offset = 0; offset < requests.length; offset += BATCH_WRITE_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(offset, offset + BATCH_WRITE_LIMIT);
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after retries`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 25));
        const result = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending as never } }),
        );
        pending = result.UnprocessedItems?.[this.tableName] as Record<string, unknown>[] | undefined;
      }
    }
  }
}

function listingOf(record: DocumentRecord): DocumentListing {
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    symbol: record.symbol,
    documentDate: record.documentDate,
    status: record.status,
    processedAt: record.processedAt,
  };
}

function pickListing(item: Record<string, unknown>): DocumentListing {
  const listing: Record<string, unknown> = {};
  for (const attribute of LISTING_ATTRIBUTES) listing[attribute] = item[attribute] ?? null;
  return listing as DocumentListing;
}

const listingAssignments = () => LISTING_ATTRIBUTES.map((name) => `#${name} = :${name}`).join(', ');
const listingNames = () => Object.fromEntries(LISTING_ATTRIBUTES.map((name) => [`#${name}`, name]));
const listingValues = (listing: DocumentListing) =>
  Object.fromEntries(LISTING_ATTRIBUTES.map((name) => [`:${name}`, listing[name]]));

function toRecord(item: Record<string, unknown>): DocumentRecord {
  return item.record as DocumentRecord;
}
