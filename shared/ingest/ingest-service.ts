import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { UnreadableDocumentError } from '../errors.js';
import type { DocumentRecord, ExtractedDocument } from '../model/record.js';
import { DEFAULT_MAX_BYTES } from '../parse/index.js';
import { documentIdFor, sequencerKey } from '../storage/keys.js';
import { readObject, type StoredObject } from '../storage/object-store.js';
import type { DocumentRepository, WriteOutcome } from '../storage/repository.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { extractDocument, unreadableDocument } from './extract-document.js';
import type { ObjectEvent } from './s3-events.js';

export interface IngestDependencies {
  readonly s3: S3Client;
  readonly repository: DocumentRepository;
  /** Only keys under this prefix are documents; others are skipped. Empty: every key. */
  readonly prefix?: string | undefined;
  readonly maxBytes?: number | undefined;
  readonly now?: () => Date;
}

export type IngestOutcome =
  | { readonly action: 'stored'; readonly id: string; readonly status: DocumentRecord['status'] }
  | { readonly action: 'removed'; readonly id: string }
  | { readonly action: 'ignored'; readonly id: string | null; readonly reason: string };

/**
 * Applies one S3 object event to the store: a created object is read, extracted and saved; a
 * removed one is deleted with its facets. Stale and duplicate events change nothing.
 * I/O failures propagate so that the queue retries the message.
 *
 * @example
 * const outcome = await ingestObjectEvent({ s3, repository }, event);
 */
export async function ingestObjectEvent(deps: IngestDependencies, event: ObjectEvent): Promise<IngestOutcome> {
  const prefix = deps.prefix ?? '';
  if (!event.key.startsWith(prefix)) {
    return { action: 'ignored', id: null, reason: `key is outside the ingest prefix '${prefix}'` };
  }
  const id = documentIdFor(event.bucket, event.key);
  const state = await deps.repository.state(id);
  const existing = state?.document ?? null;
  if (event.reprocess && !existing) return { action: 'ignored', id, reason: 'no stored document to re-process' };
  // A re-processing request applies to the object as stored, so it carries the stored sequencer.
  const sequencer = event.reprocess ? (existing?.source.sequencer ?? null) : event.sequencer;
  if (state && sequencerKey(sequencer) < state.sequencerKey) {
    return { action: 'ignored', id, reason: 'an older event than the one already applied' };
  }
  if (event.kind === 'removed') {
    const outcome = await deps.repository.remove(id, sequencer, state);
    return outcome === 'written' ? { action: 'removed', id } : { action: 'ignored', id, reason: 'superseded' };
  }
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const filename = basename(event.key);
  let object: StoredObject | null;
  try {
    object = await readObject(deps.s3, { bucket: event.bucket, key: event.key }, maxBytes);
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    const record = recordFor({ ...event, sequencer }, id, unreadableDocument(error), null, deps);
    return stored(await deps.repository.save(record, state), record);
  }
  if (object === null) return { action: 'ignored', id, reason: 'the object no longer exists' };
  const sha256 = createHash('sha256').update(object.bytes).digest('hex');
  if (
    !event.force &&
    existing &&
    existing.source.sha256 === sha256 &&
    existing.extractorVersion === EXTRACTOR_VERSION &&
    existing.status !== 'failed'
  ) {
    return { action: 'ignored', id, reason: 'same bytes already extracted by this extractor version' };
  }
  const extracted = await extractDocument(object.bytes, { filename, contentType: object.contentType }, { maxBytes });
  const record = recordFor({ ...event, sequencer }, id, extracted, { ...object, sha256 }, deps);
  return stored(await deps.repository.save(record, state), record);
}

function stored(outcome: WriteOutcome, record: DocumentRecord): IngestOutcome {
  return outcome === 'written'
    ? { action: 'stored', id: record.id, status: record.status }
    : { action: 'ignored', id: record.id, reason: 'a later version of the object was stored meanwhile' };
}

function recordFor(
  event: ObjectEvent,
  id: string,
  extracted: ExtractedDocument,
  object: (StoredObject & { sha256: string }) | null,
  deps: IngestDependencies,
): DocumentRecord {
  return {
    ...extracted,
    id,
    processedAt: (deps.now ?? (() => new Date()))().toISOString(),
    source: {
      bucket: event.bucket,
      key: event.key,
      versionId: object?.versionId ?? event.versionId,
      etag: object?.etag ?? event.etag,
      size: object?.bytes.byteLength ?? event.size,
      contentType: object?.contentType ?? null,
      sha256: object?.sha256 ?? null,
      sequencer: event.sequencer,
    },
  };
}
