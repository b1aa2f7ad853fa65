import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DocketConfig } from './config.js';
import { Api } from './constructs/api.js';
import { Ingestion } from './constructs/ingestion.js';
import { Monitoring } from './constructs/monitoring.js';
import { Reprocessing } from './constructs/reprocessing.js';
import { Storage } from './constructs/storage.js';
import { acknowledgeCdkInternals } from './nag-acknowledgements.js';

export interface DocketStackProps extends StackProps {
  readonly config: DocketConfig;
}

/** The whole product on AWS: storage, ingestion, the query API, scheduled re-processing and monitoring. */
export class DocketStack extends Stack {
  readonly storage: Storage;
  readonly ingestion: Ingestion;
  readonly api: Api;
  readonly reprocessing: Reprocessing;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: DocketStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.storage = new Storage(this, 'Storage', { config });
    const { bucket, table } = this.storage;
    this.ingestion = new Ingestion(this, 'Ingestion', { config, bucket, table });
    const { queue, deadLetterQueue } = this.ingestion;
    this.api = new Api(this, 'Api', { config, bucket, table, queue });
    this.reprocessing = new Reprocessing(this, 'Reprocessing', { config, bucket, table, queue });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      config,
      functions: {
        Ingest: this.ingestion.ingest.function,
        Api: this.api.handler.function,
        Reprocess: this.reprocessing.handler.function,
      },
      queue,
      deadLetterQueue,
      httpApi: this.api.httpApi,
    });
    acknowledgeCdkInternals(this);

    new CfnOutput(this, 'BucketName', { value: bucket.bucketName, description: 'Upload documents here' });
    new CfnOutput(this, 'IngestPrefix', { value: config.ingestPrefix, description: 'Key prefix that is ingested' });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Query API base URL' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: queue.queueUrl, description: 'Ingest queue' });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: deadLetterQueue.queueUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
  }
}
