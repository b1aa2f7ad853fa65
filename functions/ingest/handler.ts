import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ingestObjectEvent } from '../../shared/ingest/ingest-service.js';
import { NotAnS3EventError, parseS3Notification } from '../../shared/ingest/s3-events.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';

const logger = new Logger({ serviceName: 'docket-ingest' });
const metrics = new Metrics({ namespace: 'Docket', serviceName: 'docket-ingest' });
const services = servicesFromEnvironment();
const processor = new BatchProcessor(EventType.SQS);

async function processMessage(message: SQSRecord): Promise<void> {
  let events: ReturnType<typeof parseS3Notification>;
  try {
    events = parseS3Notification(message.body);
  } catch (error) {
    if (!(error instanceof NotAnS3EventError)) throw error;
    // Retrying a message that is not an S3 event cannot help: log it and let it go.
    logger.warn('skipped a message that is not an S3 event', { messageId: message.messageId, reason: error.message });
    metrics.addMetric('MessagesSkipped', MetricUnit.Count, 1);
    return;
  }
  for (const event of events) {
    const outcome = await ingestObjectEvent(
      {
        s3: services.s3,
        repository: services.repository,
        prefix: services.environment.INGEST_PREFIX,
        maxBytes: services.environment.MAX_DOCUMENT_BYTES,
      },
      event,
    );
    logger.info('object event applied', { key: event.key, ...outcome });
    metrics.addMetric(
      outcome.action === 'stored' ? `Documents_${outcome.status}` : `Events_${outcome.action}`,
      MetricUnit.Count,
      1,
    );
  }
}

/** SQS batches of S3 event notifications; failed messages are reported so only they are retried. */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  try {
    return await processPartialResponse(event, processMessage, processor, { context });
  } finally {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}
