import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createIngestBatchHandler } from '../../shared/ingest/sqs-batch.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';

const services = servicesFromEnvironment();

/** SQS batches of S3 event notifications → records in DynamoDB, failed messages reported one by one. */
export const handler = createIngestBatchHandler(
  {
    s3: services.s3,
    repository: services.repository,
    prefix: services.environment.INGEST_PREFIX,
    maxBytes: services.environment.MAX_DOCUMENT_BYTES,
  },
  new Logger({ serviceName: 'docket-ingest' }),
  new Metrics({ namespace: 'Docket', serviceName: 'docket-ingest' }),
);
