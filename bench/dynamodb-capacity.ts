import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { INDEX_ATTRIBUTES } from '../shared/storage/table.js';

/** Capacity units one document's ingest consumed, computed from the items as sent and received. */
export interface CapacityTally {
  writeRequests: number;
  writeUnits: number;
  /** Of the write units, those of the facet index (gsi1) copies. */
  indexWriteUnits: number;
  readRequests: number;
  readUnits: number;
  /** Largest item written (the document item), in bytes. */
  largestItemBytes: number;
  itemBytesWritten: number;
  /** What DynamoDB Local itself reported with ReturnConsumedCapacity, when it did. */
  reportedUnits: number;
}

export const emptyTally = (): CapacityTally => ({
  writeRequests: 0,
  writeUnits: 0,
  indexWriteUnits: 0,
  readRequests: 0,
  readUnits: 0,
  largestItemBytes: 0,
  itemBytesWritten: 0,
  reportedUnits: 0,
});

type Item = Record<string, AttributeValue>;

/** The middleware may see items before or after the document client marshals them: bill the marshalled form. */
function marshalled(item: Record<string, unknown>): Item {
  const key = item.pk as { S?: unknown } | undefined;
  if (key && typeof key === 'object' && typeof key.S === 'string') return item as Item;
  return marshall(item, { removeUndefinedValues: true, convertClassInstanceToMap: true });
}

/**
 * DynamoDB's item size: attribute names plus values (strings and binaries by length, numbers
 * about one byte per two digits plus one, containers 3 bytes plus one per element).
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 */
export function itemBytes(item: Item): number {
  let total = 0;
  for (const [name, value] of Object.entries(item)) total += Buffer.byteLength(name) + valueBytes(value);
  return total;
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|^0+/g, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((sum, element) => sum + 1 + valueBytes(element), 0);
  if (value.M !== undefined) return 3 + itemBytes(value.M) + Object.keys(value.M).length;
  if (value.SS !== undefined) return value.SS.reduce((sum, element) => sum + Buffer.byteLength(element), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, element) => sum + Math.ceil(element.length / 2) + 1, 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, element) => sum + element.byteLength, 0);
  return 0;
}

/** The gsi1 copy of an item: its table key, its index key and the projected attributes. */
function indexEntryBytes(item: Item): number {
  const projected = ['pk', 'sk', 'gsi1pk', 'gsi1sk', ...INDEX_ATTRIBUTES];
  return itemBytes(Object.fromEntries(Object.entries(item).filter(([name]) => projected.includes(name))));
}

const writeUnitsOf = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

function tallyPut(tally: CapacityTally, item: Item): void {
  const bytes = itemBytes(item);
  tally.writeRequests++;
  tally.itemBytesWritten += bytes;
  tally.largestItemBytes = Math.max(tally.largestItemBytes, bytes);
  tally.writeUnits += writeUnitsOf(bytes);
  if (item.gsi1pk) {
    const indexUnits = writeUnitsOf(indexEntryBytes(item));
    tally.writeUnits += indexUnits;
    tally.indexWriteUnits += indexUnits;
  }
}

/**
 * Counts, on the document client's own middleware stack, every request the repository sends and
 * the capacity units it costs on on-demand DynamoDB: the marshalled items are what the service
 * bills. Also asks DynamoDB (Local) to report consumed capacity, as a cross-check.
 */
export function meterCapacity(client: DynamoDBDocumentClient, tally: () => CapacityTally): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const command = context.commandName ?? '';
      if (!/Query|Scan|DescribeTable/.test(command)) input.ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      const output = result.output as Record<string, unknown>;
      const current = tally();
      if (command === 'PutItemCommand') tallyPut(current, marshalled(input.Item as Record<string, unknown>));
      else if (command === 'BatchWriteItemCommand') {
        const requests = Object.values(
          input.RequestItems as Record<string, Record<string, { Item: Record<string, unknown> }>[]>,
        ).flat();
        for (const request of requests) {
          if (request.PutRequest) tallyPut(current, marshalled(request.PutRequest.Item));
          else {
            current.writeRequests++;
            current.writeUnits += 1;
          }
        }
      } else if (command === 'UpdateItemCommand' || command === 'DeleteItemCommand') {
        current.writeRequests++;
        current.writeUnits += 1;
      } else if (command === 'GetItemCommand') {
        current.readRequests++;
        const item = output.Item as Record<string, unknown> | undefined;
        const bytes = item ? itemBytes(marshalled(item)) : 0;
        // Strongly consistent reads: one unit per 4 KB, and one for an item that is not there.
        current.readUnits += Math.max(1, Math.ceil(bytes / 4096)) * (input.ConsistentRead ? 1 : 0.5);
      }
      const consumed = output.ConsumedCapacity as { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;
      for (const entry of Array.isArray(consumed) ? consumed : consumed ? [consumed] : [])
        current.reportedUnits += entry.CapacityUnits ?? 0;
      return result;
    },
    { step: 'serialize', priority: 'high', name: 'benchCapacityMeter' },
  );
}
