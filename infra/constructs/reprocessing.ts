import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { DocketConfig } from '../config.js';
import { DocketFunction } from './docket-function.js';
import { grantTableAccess } from './table-access.js';

export interface ReprocessingProps {
  readonly config: DocketConfig;
  readonly bucket: s3.Bucket;
  readonly table: dynamodb.Table;
  readonly queue: sqs.IQueue;
}

/**
 * On a schedule, finds records written by an older extractor (or failed for a retryable reason)
 * and sends them back to the ingest queue, a bounded batch per run; the ingest function does the work.
 */
export class Reprocessing extends Construct {
  readonly handler: DocketFunction;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: ReprocessingProps) {
    super(scope, id);
    const { config, bucket, table, queue } = props;

    this.handler = new DocketFunction(this, 'Handler', {
      entry: 'functions/reprocess/handler.ts',
      description: 'Docket reprocess: queues stale or retryable documents for re-extraction',
      serviceName: 'docket-reprocess',
      sizing: config.reprocessing.function,
      logRetentionDays: config.monitoring.logRetentionDays,
      sourceMap: true,
      environment: {
        TABLE_NAME: table.tableName,
        BUCKET_NAME: bucket.bucketName,
        QUEUE_URL: queue.queueUrl,
        INGEST_PREFIX: config.ingestPrefix,
        REPROCESS_MAX_DOCUMENTS: String(config.reprocessing.maxDocumentsPerRun),
      },
    });
    const fn = this.handler.function;
    // Puts and updates for its resumable progress marker; records themselves are rewritten (and
    // deleted) only by the ingest function, so no deletes here.
    grantTableAccess(table, fn, 'readUpdate');
    queue.grantSendMessages(fn);
    this.handler.grantObjectActions(
      bucket,
      config.ingestPrefix,
      ['s3:GetObject'],
      'the function heads the current version of each document it re-queues, whose key comes from the table at run time.',
    );

    this.schedule = new events.Rule(this, 'Schedule', {
      description: 'Docket: periodic re-processing of stale records',
      schedule: events.Schedule.expression(config.reprocessing.schedule),
      enabled: config.reprocessing.enabled,
    });
    this.schedule.addTarget(
      new targets.LambdaFunction(fn, {
        // A missed run is harmless (the next one resumes), so retries are few and short-lived.
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    );
  }
}
