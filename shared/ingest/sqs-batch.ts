import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type IngestDependencies, ingestObjectEvent } from './ingest-service.js';
import { NotAnS3EventError, parseS3Notification } from './s3-events.js';

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** The handler, plus why each message of its last batch failed: SQS keeps no reason, a local dead-letter store can. */
export type IngestBatchHandler = SqsBatchHandler & { readonly failureReasons: ReadonlyMap<string, string> };

/**
 * The ingest Lambda's logic: each SQS message holds an S3 event notification (or a re-processing
 * request); each object event is applied in turn. A message that fails is reported alone, so the
 * queue retries only it; a message that is not an event is logged and dropped, never retried.
 *
 * @example
 * export const handler = createIngestBatchHandler({ s3, repository, prefix: 'incoming/' }, logger, metrics);
 */
export function createIngestBatchHandler(
  deps: IngestDependencies,
  logger: Logger,
  metrics: Metrics,
): IngestBatchHandler {
  const processor = new BatchProcessor(EventType.SQS);
  const failureReasons = new Map<string, string>();

  async function processMessage(message: SQSRecord): Promise<void> {
    let events: ReturnType<typeof parseS3Notification>;
    try {
      events = parseS3Notification(message.body);
    } catch (error) {
      if (!(error instanceof NotAnS3EventError)) throw error;
      logger.warn('skipped a message that is not an S3 event', { messageId: message.messageId, reason: error.message });
      metrics.addMetric('MessagesSkipped', MetricUnit.Count, 1);
      return;
    }
    for (const event of events) {
      try {
        const outcome = await ingestObjectEvent(deps, event);
        logger.info('object event applied', { key: event.key, ...outcome });
        const metric = outcome.action === 'stored' ? `Documents_${outcome.status}` : `Events_${outcome.action}`;
        metrics.addMetric(metric, MetricUnit.Count, 1);
      } catch (error) {
        logger.error('object event failed; the message will be retried', { key: event.key, error: error as Error });
        failureReasons.set(
          message.messageId,
          `${event.key}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
        throw error;
      }
    }
  }

  const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    failureReasons.clear();
    try {
      return await processPartialResponse(event, processMessage, processor, { context });
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
  return Object.assign(handler, { failureReasons });
}
