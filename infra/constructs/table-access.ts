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

/** Creates and updates single items, never deletes: for a function that keeps its own bookkeeping items. */
export const TABLE_UPDATE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'] as const;

export type TableAccess = 'read' | 'readUpdate' | 'readWrite';

const ACTIONS: Record<TableAccess, readonly string[]> = {
  read: TABLE_READ_ACTIONS,
  readUpdate: [...TABLE_READ_ACTIONS, ...TABLE_UPDATE_ACTIONS],
  readWrite: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
};

/**
 * Grants item access on the table and its named indexes only. `Table.grantReadWriteData` would also
 * allow Scan and every index (`/index/*`); spelling both out keeps the policy as narrow as the code.
 *
 * @example
 * grantTableAccess(table, ingestFunction, 'readWrite');
 */
export function grantTableAccess(table: dynamodb.Table, grantee: iam.IGrantable, access: TableAccess): void {
  iam.Grant.addToPrincipal({
    grantee,
    actions: [...ACTIONS[access]],
    resourceArns: [table.tableArn, ...INDEX_NAMES.map((name) => `${table.tableArn}/index/${name}`)],
  });
}
