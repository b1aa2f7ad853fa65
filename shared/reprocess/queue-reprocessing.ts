import { reprocessMessage } from '../ingest/s3-events.js';
import { facetKey } from '../storage/facets.js';
import type { MessageQueue } from '../storage/queue.js';
import type { DocumentListing, DocumentRepository, Page } from '../storage/repository.js';
import { EXTRACTOR_VERSION } from '../version.js';

/** Which documents to re-process. */
export type ReprocessSelection =
  | { readonly mode: 'stale' }
  | { readonly mode: 'failed' }
  | { readonly mode: 'all' }
  | { readonly mode: 'id'; readonly id: string };

export interface ReprocessRun {
  /** Messages sent to the ingest queue by this call. */
  readonly queued: number;
  /** Where the next call resumes; null when the selection is exhausted. */
  readonly resumeFrom: ReprocessCursor | null;
}

/** A position in the selection: which facet partition, and where in it. */
export interface ReprocessCursor {
  readonly partitions: string[];
  readonly cursor: string | null;
}

export interface ReprocessOptions {
  readonly maxDocuments: number;
  readonly resumeFrom?: ReprocessCursor | null | undefined;
  readonly currentVersion?: string;
}

const PAGE_SIZE = 100;

/**
 * Finds documents to re-process through the facet index (never a Scan) and sends one
 * re-processing message per document to the ingest queue; at most `maxDocuments` per call,
 * resumable from the returned cursor.
 *
 * - stale: every document whose extractor version differs from the running one (the version
 *   counters name the old versions; each has its own facet partition);
 * - failed: every document whose status is `failed`;
 * - all: every document, re-extracted even if unchanged;
 * - id: one document.
 *
 * @example
 * let run = await queueReprocessing(repository, queue, { mode: 'stale' }, { maxDocuments: 500 });
 * while (run.resumeFrom) run = await queueReprocessing(repository, queue, { mode: 'stale' }, { maxDocuments: 500, resumeFrom: run.resumeFrom });
 */
export async function queueReprocessing(
  repository: DocumentRepository,
  queue: MessageQueue,
  selection: ReprocessSelection,
  options: ReprocessOptions,
): Promise<ReprocessRun> {
  if (selection.mode === 'id') {
    const record = await repository.get(selection.id);
    if (!record) return { queued: 0, resumeFrom: null };
    await queue.sendAll([reprocessMessage(record.source.bucket, record.source.key, true)]);
    return { queued: 1, resumeFrom: null };
  }
  const force = selection.mode !== 'stale';
  let position = options.resumeFrom ?? {
    partitions: await partitionsFor(repository, selection.mode, options),
    cursor: null,
  };
  let queued = 0;
  while (position.partitions.length > 0 && queued < options.maxDocuments) {
    const [partition, ...rest] = position.partitions as [string, ...string[]];
    const limit = Math.min(PAGE_SIZE, options.maxDocuments - queued);
    const page: Page<DocumentListing> =
      partition === 'DOCS'
        ? await repository.listDocuments({ limit, cursor: position.cursor ?? undefined })
        : await repository.listByFacet(partition, { limit, cursor: position.cursor ?? undefined });
    const documents = await repository.getStored(page.items.map((item) => item.id));
    const messages = documents.map((document) => reprocessMessage(document.source.bucket, document.source.key, force));
    await queue.sendAll(messages);
    queued += messages.length;
    position = page.nextCursor
      ? { partitions: position.partitions, cursor: page.nextCursor }
      : { partitions: rest, cursor: null };
  }
  return { queued, resumeFrom: position.partitions.length > 0 ? position : null };
}

async function partitionsFor(
  repository: DocumentRepository,
  mode: 'stale' | 'failed' | 'all',
  options: ReprocessOptions,
): Promise<string[]> {
  if (mode === 'all') return ['DOCS'];
  if (mode === 'failed') return [facetKey({ type: 'STATUS', value: 'failed', label: 'failed' })];
  const current = options.currentVersion ?? EXTRACTOR_VERSION;
  const versions: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await repository.listCounted('VERSION', { limit: 100, cursor });
    versions.push(...page.items.map((item) => item.value).filter((version) => version !== current));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return versions.map((version) => facetKey({ type: 'VERSION', value: version, label: version }));
}
