import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { runScheduledReprocessing } from '../../shared/reprocess/scheduled.js';
import { servicesFromEnvironment } from '../../shared/runtime/environment.js';

const logger = new Logger({ serviceName: 'docket-reprocess' });
const metrics = new Metrics({ namespace: 'Docket', serviceName: 'docket-reprocess' });
const services = servicesFromEnvironment();
const maxDocuments = Number(process.env.REPROCESS_MAX_DOCUMENTS ?? 500);

/** EventBridge schedule → queue documents extracted by an older extractor version, a bounded number per run. */
export async function handler(): Promise<{ queued: number; finished: boolean }> {
  const result = await runScheduledReprocessing(services.repository, services.queue, maxDocuments);
  logger.info('re-processing queued', result);
  metrics.addMetric('DocumentsQueuedForReprocessing', MetricUnit.Count, result.queued);
  metrics.publishStoredMetrics();
  return result;
}
