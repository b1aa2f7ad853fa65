import type { MessageQueue } from '../storage/queue.js';
import type { DocumentRepository } from '../storage/repository.js';
import { queueReprocessing, type ReprocessCursor } from './queue-reprocessing.js';

const BOOKMARK = 'reprocess-stale';

/**
 * One scheduled run: resumes the stale-document sweep where the previous run stopped, queues at
 * most `maxDocuments`, and remembers where it got to. A finished sweep starts afresh next time.
 *
 * @example
 * const { queued } = await runScheduledReprocessing(repository, queue, 500);
 */
export async function runScheduledReprocessing(
  repository: DocumentRepository,
  queue: MessageQueue,
  maxDocuments: number,
): Promise<{ queued: number; finished: boolean }> {
  const saved = (await repository.getBookmark(BOOKMARK)) as ReprocessCursor | null;
  const run = await queueReprocessing(repository, queue, { mode: 'stale' }, { maxDocuments, resumeFrom: saved });
  await repository.putBookmark(BOOKMARK, run.resumeFrom as Record<string, unknown> | null);
  return { queued: run.queued, finished: run.resumeFrom === null };
}
