import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambdaEvents from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DocketConfig } from '../config.js';
import { DocketFunction } from './docket-function.js';
import { grantTableAccess } from './table-access.js';

export interface IngestionProps {
  readonly config: DocketConfig;
  readonly bucket: s3.Bucket;
  readonly table: dynamodb.Table;
}

/**
 * S3 object events under the ingest prefix → SQS (with a dead-letter queue) → the ingest function,
 * which extracts each document and writes its record. Failed messages are retried alone
 * (partial batch responses) and park in the dead-letter queue after `maxReceiveCount` tries.
 */
export class Ingestion extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly ingest: DocketFunction;

  constructor(scope: Construct, id: string, props: IngestionProps) {
    super(scope, id);
    const { config, bucket, table } = props;
    const { ingestion } = config;

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(ingestion.deadLetterRetentionDays),
    });

    // AWS guidance for Lambda event sources: visibility ≥ 6 × function timeout + batching window, so a
    // message is not redelivered while a throttled or retried invocation still holds it.
    const visibilitySeconds = 6 * ingestion.function.timeoutSeconds + ingestion.maxBatchingWindowSeconds;
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(visibilitySeconds),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: ingestion.maxReceiveCount },
    });

    const destination = new s3n.SqsDestination(this.queue);
    const filter: s3.NotificationKeyFilter = { prefix: config.ingestPrefix };
    bucket.addEventNotification(s3.EventType.OBJECT_CREATED, destination, filter);
    bucket.addEventNotification(s3.EventType.OBJECT_REMOVED, destination, filter);

    this.ingest = new DocketFunction(this, 'Ingest', {
      entry: 'functions/ingest/handler.ts',
      description: 'Docket ingest: extracts documents named by S3 events and writes their records',
      serviceName: 'docket-ingest',
      sizing: ingestion.function,
      logRetentionDays: config.monitoring.logRetentionDays,
      sourceMap: false,
      environment: {
        TABLE_NAME: table.tableName,
        BUCKET_NAME: bucket.bucketName,
        INGEST_PREFIX: config.ingestPrefix,
        MAX_DOCUMENT_BYTES: String(config.maxDocumentBytes),
      },
    });
    const fn = this.ingest.function;
    grantTableAccess(table, fn, 'readWrite');
    this.ingest.grantObjectActions(
      bucket,
      config.ingestPrefix,
      ['s3:GetObject', 's3:GetObjectVersion'],
      'the function reads the object (or object version) named by each S3 event, whose key is only known at run time.',
    );
    fn.addEventSource(
      new lambdaEvents.SqsEventSource(this.queue, {
        batchSize: ingestion.batchSize,
        maxBatchingWindow: Duration.seconds(ingestion.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
        maxConcurrency: ingestion.maxConcurrency,
      }),
    );
  }
}
