import { randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DocumentRecord } from '../model/record.js';
import type { CursorCodec } from './cursor.js';
import { COUNTED_FACET_TYPES, type Facet, type FacetType, facetKey, facetsOf } from './facets.js';
import {
  ALL_DOCUMENTS,
  BODY_PREFIX,
  BY_FACET_INDEX,
  bodySk,
  COUNTER_PREFIX,
  DOCUMENT_SK,
  dateSortKey,
  documentPk,
  FACET_PREFIX,
  facetSk,
  sequencerKey,
} from './keys.js';
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

export interface DateRange {
  /** Inclusive, ISO prefix: `2020`, `2020-06`, `2020-06-30`. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface CountedValue {
  readonly value: string;
  readonly label: string;
  readonly documents: number;
  /** For entities: person, organization or place. */
  readonly entityType?: string;
}

/** What a write did: `superseded` when a later object version was already stored. */
export type WriteOutcome = 'written' | 'superseded';

/** What the head item knows of a stored document: enough to list it and to decide whether to extract again. */
export type StoredDocument = DocumentListing & Pick<DocumentRecord, 'source' | 'extractorVersion'>;

/**
 * The document's head item as stored, with the bookkeeping that never leaves this module. It is
 * small (about 1 KB) whatever the document's size: every listing reads heads to check generations.
 */
interface HeadItem extends Partial<StoredDocument> {
  readonly id: string;
  readonly generation: string;
  readonly sequencerKey: string;
  readonly deleted?: boolean;
  /** Heads written before records moved to body items carry the record themselves. */
  readonly record?: DocumentRecord;
  readonly recordGzip?: Uint8Array;
}

/** The record of one generation, in its own item so that the head stays small. */
interface BodyItem {
  readonly record?: DocumentRecord;
  readonly recordGzip?: Uint8Array;
}

/** A document as `state()` read it from its head. */
export interface DocumentState {
  /** Null once deleted. */
  readonly document: StoredDocument | null;
  /** The sequencer of the last event applied, deleted or not. */
  readonly sequencerKey: string;
}

/** The head behind each state handed out, kept out of the public shape. */
const headsRead = new WeakMap<DocumentState, HeadItem>();

/** The head a state was read from; null for "never stored" (or a state this repository did not make). */
function headOf(state: DocumentState | null): HeadItem | null {
  return state ? (headsRead.get(state) ?? null) : null;
}

const BATCH_WRITE_LIMIT = 25;
const BOOKMARK_PK = 'BOOKMARK';
/** Longer than any write can take, with room for clock skew between workers. */
const ABANDONED_WRITE_MS = 15 * 60_000;
const BATCH_GET_LIMIT = 100;
const COUNTER_CONCURRENCY = 16;
const MAX_WRITE_ATTEMPTS = 5;
/** DynamoDB items stop at 400 KB; larger records are stored gzipped. */
const GZIP_ABOVE_BYTES = 200_000;

/**
 * Documents, their facets and facet counters in one DynamoDB table. Every read is a GetItem,
 * BatchGetItem or Query. Writes are generation-based: a record's facet items are written under a
 * new generation, the document item switches to it with a conditional write, and the old
 * generation is deleted; readers only trust facet items of the document's current generation, so
 * none sees a mix of old and new facets.
 *
 * @example
 * const repository = new DocumentRepository(documentClient, 'docket', new CursorCodec(secret));
 * await repository.save(record);
 * const page = await repository.listDocuments({ limit: 25 });
 */
export class DocumentRepository {
  /** Write requests sent (items put, updated or deleted), for cost accounting. */
  writeCount = 0;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly cursors: CursorCodec,
  ) {}

  /** The whole record: the head, then the body of the head's generation. */
  async get(id: string): Promise<DocumentRecord | null> {
    const head = await this.getHead(id);
    if (!head || head.deleted) return null;
    if (head.record || head.recordGzip) return recordOf(head);
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: documentPk(id), sk: bodySk(head.generation) },
        ConsistentRead: true,
      }),
    );
    // The head switches only after its body is written, and old bodies go only after the switch.
    if (!Item) throw new Error(`document ${id} has no body for its generation ${head.generation}`);
    return recordOf(Item as BodyItem);
  }

  /** What the heads of several documents say (one BatchGetItem per 100), in no particular order; deleted and unknown ids are left out. */
  async getStored(ids: readonly string[]): Promise<StoredDocument[]> {
    const heads = await this.batchGetHeads(ids);
    return heads.filter((head) => !head.deleted).map(storedDocumentOf);
  }

  /**
   * The stored record (null once deleted) and the sequencer of the last event applied, deleted or
   * not; null when the document was never stored. Hand it back to `save` or `remove` to spare
   * them reading the document item again.
   */
  async state(id: string): Promise<DocumentState | null> {
    const head = await this.getHead(id);
    if (!head) return null;
    const state: DocumentState = {
      document: head.deleted ? null : storedDocumentOf(head),
      sequencerKey: head.sequencerKey,
    };
    headsRead.set(state, head);
    return state;
  }

  /**
   * Stores the record unless a later object version is already stored. Concurrent writers of one
   * document serialise on the document item's generation; the later sequencer wins.
   *
   * @param basedOn what `state()` returned for this document, if it was read: the first attempt
   * starts from it instead of reading again. Stale is safe: the conditional switch then fails and
   * the next attempt reads afresh.
   */
  async save(record: DocumentRecord, basedOn?: DocumentState | null): Promise<WriteOutcome> {
    const facets = facetsOf(record);
    const sortKey = dateSortKey(record.documentDate, record.id);
    const listing = listingOf(record);
    const incoming = sequencerKey(record.source.sequencer);
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const current = attempt === 0 && basedOn !== undefined ? headOf(basedOn) : await this.getHead(record.id);
      if (current && current.sequencerKey > incoming) return 'superseded';
      const generation = newGeneration();
      const facetItems = facets.map((facet) => ({
        pk: documentPk(record.id),
        sk: facetSk(generation, facetKey(facet)),
        gsi1pk: facetKey(facet),
        gsi1sk: sortKey,
        generation,
        ...listing,
      }));
      const bodyItem = { pk: documentPk(record.id), sk: bodySk(generation), generation, ...storedRecord(record) };
      const generationItems = [bodyItem, ...facetItems];
      await this.batchWrite(generationItems.map((Item) => ({ PutRequest: { Item } })));
      const head: Record<string, unknown> = {
        pk: documentPk(record.id),
        sk: DOCUMENT_SK,
        gsi1pk: ALL_DOCUMENTS,
        gsi1sk: sortKey,
        ...listing,
        source: record.source,
        extractorVersion: record.extractorVersion,
        generation,
        sequencerKey: incoming,
      };
      if (await this.switchGeneration(head, current)) {
        const previousFacets = await this.retireGeneration(record.id, current, generation);
        await this.updateCounters(previousFacets, facets);
        return 'written';
      }
      await this.batchWrite(generationItems.map(({ pk, sk }) => ({ DeleteRequest: { Key: { pk, sk } } })));
    }
    throw new Error(`document ${record.id} kept changing under ${MAX_WRITE_ATTEMPTS} write attempts`);
  }

  /**
   * Removes a document and its facets, leaving a tombstone that remembers the sequencer so that
   * an older "created" event arriving late cannot bring the document back.
   */
  async remove(id: string, sequencer: string | null, basedOn?: DocumentState | null): Promise<WriteOutcome> {
    const incoming = sequencerKey(sequencer);
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const current = attempt === 0 && basedOn !== undefined ? headOf(basedOn) : await this.getHead(id);
      if (current && current.sequencerKey > incoming) return 'superseded';
      const tombstone = {
        pk: documentPk(id),
        sk: DOCUMENT_SK,
        id,
        deleted: true,
        generation: newGeneration(),
        sequencerKey: incoming,
      };
      if (await this.switchGeneration(tombstone, current)) {
        const previousFacets = await this.retireGeneration(id, current, tombstone.generation);
        await this.updateCounters(previousFacets, []);
        return 'written';
      }
    }
    throw new Error(`document ${id} kept changing under ${MAX_WRITE_ATTEMPTS} write attempts`);
  }

  /** All documents, or those within a document-date range, newest first. */
  async listDocuments(page: PageRequest, range: DateRange = {}): Promise<Page<DocumentListing>> {
    return this.queryIndex(ALL_DOCUMENTS, page, range, false);
  }

  /** Documents carrying one facet value (`RES#S/RES/2396`, `KIND#report`), newest first. */
  async listByFacet(facet: string, page: PageRequest, range: DateRange = {}): Promise<Page<DocumentListing>> {
    return this.queryIndex(facet, page, range, true);
  }

  /**
   * Facet values of one type with their document counts, in value order, optionally by prefix;
   * entities by normalised name across types unless `entityType` narrows them.
   */
  async listCounted(
    type: FacetType,
    page: PageRequest,
    options: { prefix?: string | undefined; entityType?: string | undefined } = {},
  ): Promise<Page<CountedValue>> {
    const prefix = options.prefix ?? '';
    const filters = ['documents > :zero', ...(options.entityType ? ['entityType = :entityType'] : [])];
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: prefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
        FilterExpression: filters.join(' AND '),
        ExpressionAttributeValues: {
          ':pk': `${COUNTER_PREFIX}${type}`,
          ':zero': 0,
          ...(prefix ? { ':prefix': prefix } : {}),
          ...(options.entityType ? { ':entityType': options.entityType } : {}),
        },
        Limit: page.limit,
        ...(page.cursor ? { ExclusiveStartKey: this.cursors.decode(page.cursor) } : {}),
      }),
    );
    const items = (result.Items ?? []).map((item) => ({
      value: item.entityType ? String(item.sk).slice(0, String(item.sk).lastIndexOf('#')) : String(item.sk),
      label: String(item.label ?? item.sk),
      documents: Number(item.documents),
      ...(item.entityType ? { entityType: String(item.entityType) } : {}),
    }));
    return { items, nextCursor: result.LastEvaluatedKey ? this.cursors.encode(result.LastEvaluatedKey) : null };
  }

  /** A small named value kept between runs (the scheduled re-processing's resume point). */
  async getBookmark(name: string): Promise<Record<string, unknown> | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: BOOKMARK_PK, sk: name }, ConsistentRead: true }),
    );
    return (Item?.value as Record<string, unknown> | undefined) ?? null;
  }

  async putBookmark(name: string, value: Record<string, unknown> | null): Promise<void> {
    this.writeCount++;
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { pk: BOOKMARK_PK, sk: name, value, updatedAt: new Date().toISOString() },
      }),
    );
  }

  private async getHead(id: string): Promise<HeadItem | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { pk: documentPk(id), sk: DOCUMENT_SK }, ConsistentRead: true }),
    );
    return (Item as HeadItem | undefined) ?? null;
  }

  /** The conditional write at the heart of every change: succeeds only if nobody wrote in between. */
  private async switchGeneration(item: Record<string, unknown>, current: HeadItem | null): Promise<boolean> {
    try {
      this.writeCount++;
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ConditionExpression: current ? 'generation = :previous' : 'attribute_not_exists(pk)',
          ...(current ? { ExpressionAttributeValues: { ':previous': current.generation } } : {}),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * Deletes the generation the document just left (its body and facet items), and items of
   * abandoned writes (a worker that died between writing a generation and switching to it) once
   * they are old enough that no write can still be in flight for them. Returns the facets of the
   * generation left, for the counters.
   */
  private async retireGeneration(id: string, previous: HeadItem | null, current: string): Promise<string[]> {
    const keys = new Map<string, Record<string, unknown>>();
    const previousFacets: string[] = [];
    const abandonedBefore = generationAt(Date.now() - ABANDONED_WRITE_MS);
    let startKey: Record<string, unknown> | undefined;
    do {
      // Bodies (BODY#…) and facets (FACET#…) of every generation, in one range of the partition.
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
          ExpressionAttributeValues: { ':pk': documentPk(id), ':first': BODY_PREFIX, ':last': `${FACET_PREFIX}~` },
          ProjectionExpression: 'pk, sk, generation',
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const generation = String(item.generation);
        const sk = String(item.sk);
        const left = generation === previous?.generation;
        if (left && sk.startsWith(FACET_PREFIX)) previousFacets.push(sk.slice(facetSk(generation, '').length));
        if (left || (generation !== current && generation < abandonedBefore)) keys.set(sk, { pk: item.pk, sk });
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    await this.batchWrite([...keys.values()].map((Key) => ({ DeleteRequest: { Key } })));
    return previous?.deleted ? [] : previousFacets;
  }

  /** +1 for each counted facet the document gained, −1 for each it lost. */
  private async updateCounters(previousFacets: readonly string[], facets: Facet[]): Promise<void> {
    const before = new Set(previousFacets);
    const after = new Map(facets.map((facet) => [facetKey(facet), facet.label]));
    const changes: { key: string; label: string; delta: number }[] = [];
    for (const [key, label] of after) if (!before.has(key)) changes.push({ key, label, delta: 1 });
    for (const key of before) if (!after.has(key)) changes.push({ key, label: '', delta: -1 });
    const counted = changes.flatMap((change) => {
      const counter = counterOf(change.key);
      return counter ? [{ ...change, counter }] : [];
    });
    for (let offset = 0; offset < counted.length; offset += COUNTER_CONCURRENCY) {
      await Promise.all(
        counted.slice(offset, offset + COUNTER_CONCURRENCY).map(({ counter, label, delta }) => {
          this.writeCount++;
          const setLabel =
            delta > 0
              ? ` SET label = if_not_exists(label, :label)${counter.entityType ? ', entityType = :entityType' : ''}`
              : '';
          return this.client.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: { pk: counter.pk, sk: counter.sk },
              UpdateExpression: `ADD documents :delta${setLabel}`,
              ExpressionAttributeValues: {
                ':delta': delta,
                ...(delta > 0 ? { ':label': label } : {}),
                ...(delta > 0 && counter.entityType ? { ':entityType': counter.entityType } : {}),
              },
            }),
          );
        }),
      );
    }
  }

  private async queryIndex(
    partition: string,
    page: PageRequest,
    range: DateRange,
    checkGeneration: boolean,
  ): Promise<Page<DocumentListing>> {
    const between = range.from !== undefined || range.to !== undefined;
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_FACET_INDEX,
        KeyConditionExpression: between
          ? 'gsi1pk = :partition AND gsi1sk BETWEEN :from AND :to'
          : 'gsi1pk = :partition',
        ExpressionAttributeValues: {
          ':partition': partition,
          // '~' sorts after every character of a date or an id, so `to` includes the whole period.
          ...(between ? { ':from': range.from ?? '0000', ':to': `${range.to ?? '9999'}~` } : {}),
        },
        ScanIndexForward: false,
        Limit: page.limit,
        ...(page.cursor ? { ExclusiveStartKey: this.cursors.decode(page.cursor) } : {}),
      }),
    );
    let items = result.Items ?? [];
    if (checkGeneration) items = await this.currentGenerationOnly(items);
    return {
      items: items.map(pickListing),
      nextCursor: result.LastEvaluatedKey ? this.cursors.encode(result.LastEvaluatedKey) : null,
    };
  }

  /** Drops facet items of a generation their document has already left (a rewrite in progress). */
  private async currentGenerationOnly(items: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    const documents = await this.batchGetHeads(
      items.map((item) => String(item.id)),
      'id, generation, deleted',
    );
    const current = new Map(
      documents.filter((item) => !item.deleted).map((item) => [String(item.id), item.generation]),
    );
    return items.filter((item) => current.get(String(item.id)) === item.generation);
  }

  /** Head items by id, 100 to a BatchGetItem, retrying what DynamoDB leaves unprocessed. */
  private async batchGetHeads(ids: readonly string[], projection?: string): Promise<HeadItem[]> {
    const unique = [...new Set(ids)];
    const found: HeadItem[] = [];
    for (let offset = 0; offset < unique.length; offset += BATCH_GET_LIMIT) {
      let keys: Record<string, unknown>[] | undefined = unique
        .slice(offset, offset + BATCH_GET_LIMIT)
        .map((id) => ({ pk: documentPk(id), sk: DOCUMENT_SK }));
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        if (attempt > 0) await backoff(attempt);
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: keys,
                ConsistentRead: true,
                ...(projection ? { ProjectionExpression: projection } : {}),
              },
            },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? []) found.push(item as HeadItem);
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return found;
  }

  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let offset = 0; offset < requests.length; offset += BATCH_WRITE_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(offset, offset + BATCH_WRITE_LIMIT);
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after retries`);
        if (attempt > 0) await backoff(attempt);
        this.writeCount += pending.length;
        const result = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending as never } }),
        );
        pending = result.UnprocessedItems?.[this.tableName] as Record<string, unknown>[] | undefined;
      }
    }
  }
}

/**
 * The counter item of a facet, if its type is counted. Entity counters are keyed name first
 * (`unodc#organization`) so that one prefix query finds a name whatever its type.
 */
function counterOf(facet: string): { pk: string; sk: string; entityType?: string } | null {
  const separator = facet.indexOf('#');
  const type = facet.slice(0, separator) as FacetType;
  const value = facet.slice(separator + 1);
  if (!COUNTED_FACET_TYPES.has(type)) return null;
  if (type !== 'ENTITY') return { pk: `${COUNTER_PREFIX}${type}`, sk: value };
  const typeEnd = value.indexOf('#');
  const entityType = value.slice(0, typeEnd);
  return { pk: `${COUNTER_PREFIX}ENTITY`, sk: `${value.slice(typeEnd + 1)}#${entityType}`, entityType };
}

/** Generations sort by creation time: a base-36 millisecond timestamp, then randomness. */
function newGeneration(): string {
  return `${generationAt(Date.now())}${randomBytes(4).toString('hex')}`;
}

function generationAt(milliseconds: number): string {
  return milliseconds.toString(36).padStart(9, '0');
}

function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt * 25, 2000)));
}

function storedRecord(record: DocumentRecord): Record<string, unknown> {
  const json = JSON.stringify(record);
  return json.length > GZIP_ABOVE_BYTES ? { recordGzip: gzipSync(json) } : { record };
}

function recordOf(item: BodyItem): DocumentRecord {
  if (item.recordGzip) return JSON.parse(gunzipSync(item.recordGzip).toString('utf8')) as DocumentRecord;
  return item.record as DocumentRecord;
}

function storedDocumentOf(head: HeadItem): StoredDocument {
  // A head written before records moved to body items has its record inline instead.
  if (!head.source) return recordOf(head);
  return {
    ...pickListing(head as unknown as Record<string, unknown>),
    source: head.source,
    extractorVersion: head.extractorVersion ?? '',
  };
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
