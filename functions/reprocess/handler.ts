// PLACEHOLDER created by the [cloud] issue so the stack can bundle and deploy a reprocess function.
// The [reprocess] issue completes it: find stale or retryable records through an index (never a
// Scan) and send them to the ingest queue (env QUEUE_URL) in bounded, resumable batches.
// Environment: TABLE_NAME, QUEUE_URL, BUCKET_NAME, INGEST_PREFIX.

/** Scheduled by EventBridge. Does nothing yet, and says so, rather than failing every run. */
export async function handler(): Promise<{ queued: number }> {
  console.info(JSON.stringify({ level: 'WARN', message: 'reprocessing is not implemented yet' }));
  return { queued: 0 };
}
