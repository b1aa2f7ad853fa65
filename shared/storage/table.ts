import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { BY_FACET_INDEX } from './keys.js';

/** Attributes copied into the facet index: enough to list documents without reading each one. */
export const LISTING_ATTRIBUTES = ['id', 'kind', 'title', 'symbol', 'documentDate', 'status', 'processedAt'] as const;

/** Also projected: the facet item's generation, checked against the document's current one. */
export const INDEX_ATTRIBUTES = [...LISTING_ATTRIBUTES, 'generation'] as const;

/** The table as the local stack and the tests create it; infra/ declares the same keys for AWS. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'gsi1pk', AttributeType: 'S' },
      { AttributeName: 'gsi1sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: BY_FACET_INDEX,
        KeySchema: [
          { AttributeName: 'gsi1pk', KeyType: 'HASH' },
          { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...INDEX_ATTRIBUTES] },
      },
    ],
  };
}
