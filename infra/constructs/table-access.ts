import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { tableDefinition } from '../../shared/storage/table.js';

/** The indexes the runtime code declares; the stack builds exactly these. */
export const INDEX_NAMES: readonly string[] = (tableDefinition('docket').GlobalSecondaryIndexes ?? []).map(
  (index) => index.IndexName ?? '',
);

/** Item reads by key or query. No Scan: every access pattern is a GetItem or a Query (docs/data-model.md). */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
/** Item writes, including the conditional and transactional ones the repository uses. */
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/**
 * Grants item access on the table and its named indexes only. `Table.grantReadWriteData` would also
 * allow Scan and every index (`/index/*`); spelling both out keeps the policy as narrow as the code.
 *
 * @example
 * grantTableAccess(table, ingestFunction, 'readWrite');
 */
export function grantTableAccess(table: dynamodb.Table, grantee: iam.IGrantable, access: 'read' | 'readWrite'): void {
  const actions: string[] = [...TABLE_READ_ACTIONS, ...(access === 'readWrite' ? TABLE_WRITE_ACTIONS : [])];
  iam.Grant.addToPrincipal({
    grantee,
    actions,
    resourceArns: [table.tableArn, ...INDEX_NAMES.map((name) => `${table.tableArn}/index/${name}`)],
  });
}
