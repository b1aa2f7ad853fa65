import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { tableDefinition } from '../../shared/storage/table.js';
import type { DocketConfig } from '../config.js';

export interface StorageProps {
  readonly config: DocketConfig;
}

/**
 * Where documents and records live: a private, versioned document bucket and the single DynamoDB
 * table. Both are retained when the stack is deleted; data is never removed by a teardown.
 */
export class Storage extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket | undefined;
  readonly table: dynamodb.Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const { storage, api } = props.config;

    this.accessLogsBucket = storage.serverAccessLogs
      ? this.createAccessLogsBucket(storage.accessLogRetentionDays)
      : undefined;

    this.bucket = new s3.Bucket(this, 'Documents', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      ...(this.accessLogsBucket
        ? {
            // aws-cdk-lib's IBucket declares optional members without `| undefined`, which
            // exactOptionalPropertyTypes rejects for its own Bucket class.
            serverAccessLogsBucket: this.accessLogsBucket as s3.IBucket,
            serverAccessLogsPrefix: 'documents/',
          }
        : {}),
      lifecycleRules: [
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: Duration.days(storage.noncurrentVersionDays),
          noncurrentVersionsToRetain: storage.noncurrentVersionsToRetain,
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
      // Browsers upload through presigned PUT URLs from POST /uploads, and fetch sources the same way.
      ...(api.corsAllowOrigins.length > 0
        ? {
            cors: [
              {
                allowedOrigins: api.corsAllowOrigins,
                allowedMethods: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
                allowedHeaders: ['*'],
                maxAge: 3600,
              },
            ],
          }
        : {}),
    });
    if (!this.accessLogsBucket) {
      Validations.of(this.bucket).acknowledge({
        id: 'AwsSolutions-S1',
        reason:
          'Server access logs are disabled by configuration (storage.serverAccessLogs=false) because the account records S3 data events for this bucket with CloudTrail instead.',
      });
    }

    this.table = createTable(this);
  }

  private createAccessLogsBucket(retentionDays: number): s3.Bucket {
    const bucket = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      // Server access log delivery supports SSE-S3 only on the target bucket.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(retentionDays) }],
    });
    return bucket;
  }
}

/** The table exactly as shared/storage/table.ts declares it (keys, GSIs, projections), made production-grade. */
function createTable(scope: Construct): dynamodb.Table {
  const definition = tableDefinition('docket');
  const attributeType = (name: string): dynamodb.AttributeType => {
    const type = definition.AttributeDefinitions?.find((attribute) => attribute.AttributeName === name)?.AttributeType;
    if (type === 'S') return dynamodb.AttributeType.STRING;
    if (type === 'N') return dynamodb.AttributeType.NUMBER;
    if (type === 'B') return dynamodb.AttributeType.BINARY;
    throw new Error(`attribute ${name} has no definition in shared/storage/table.ts`);
  };
  const keyOf = (schema: typeof definition.KeySchema, type: 'HASH' | 'RANGE'): dynamodb.Attribute | undefined => {
    const name = schema?.find((key) => key.KeyType === type)?.AttributeName;
    return name === undefined ? undefined : { name, type: attributeType(name) };
  };
  const partitionKey = keyOf(definition.KeySchema, 'HASH');
  if (!partitionKey) throw new Error('the table definition has no partition key');
  const sortKey = keyOf(definition.KeySchema, 'RANGE');

  const table = new dynamodb.Table(scope, 'Table', {
    partitionKey,
    ...(sortKey ? { sortKey } : {}),
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    encryption: dynamodb.TableEncryption.AWS_MANAGED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of definition.GlobalSecondaryIndexes ?? []) {
    const indexPartitionKey = keyOf(index.KeySchema, 'HASH');
    if (!index.IndexName || !indexPartitionKey) throw new Error('an index in the table definition lacks a name or key');
    const indexSortKey = keyOf(index.KeySchema, 'RANGE');
    const projection = index.Projection?.ProjectionType ?? 'ALL';
    table.addGlobalSecondaryIndex({
      indexName: index.IndexName,
      partitionKey: indexPartitionKey,
      ...(indexSortKey ? { sortKey: indexSortKey } : {}),
      projectionType: dynamodb.ProjectionType[projection as keyof typeof dynamodb.ProjectionType],
      ...(projection === 'INCLUDE' ? { nonKeyAttributes: index.Projection?.NonKeyAttributes ?? [] } : {}),
    });
  }
  return table;
}
