import { createHash } from 'node:crypto';

/**
 * The single-table key design (docs/data-model.md explains the access patterns).
 *
 * - Head:      pk `DOC#<id>`, sk `META`; gsi1pk `DOCS`, gsi1sk `<date>#<id>` (all documents, newest first)
 * - Body:      pk `DOC#<id>`, sk `BODY#<generation>` (the record of one generation)
 * - Facet:     pk `DOC#<id>`, sk `FACET#<generation>#<facet>`; gsi1pk `<facet>`, gsi1sk `<date>#<id>`
 * - Counter:   pk `COUNT#<facet type>`, sk `<facet value>`; `documents`, `label`
 */
export const DOCUMENT_SK = 'META';
export const ALL_DOCUMENTS = 'DOCS';
export const BODY_PREFIX = 'BODY#';
export const FACET_PREFIX = 'FACET#';
export const BY_FACET_INDEX = 'gsi1';

export const COUNTER_PREFIX = 'COUNT#';

export const documentPk = (id: string): string => `DOC#${id}`;
export const bodySk = (generation: string): string => `${BODY_PREFIX}${generation}`;
export const facetSk = (generation: string, facet: string): string => `${FACET_PREFIX}${generation}#${facet}`;

/** Sequencers compare as numbers; padded to one width they compare as strings, in DynamoDB conditions too. */
export const sequencerKey = (sequencer: string | null): string => (sequencer ?? '').toUpperCase().padStart(40, '0');

/** Sorts newest first when queried backwards; undated documents sort last. */
export const dateSortKey = (documentDate: string | null, id: string): string => `${documentDate ?? '0000'}#${id}`;

/**
 * A document's id: stable for one bucket and key, so re-uploads and re-processing update one record.
 *
 * @example
 * documentIdFor('docs', 'incoming/report.pdf') // 'f3c0…' (20 hex characters)
 */
export function documentIdFor(bucket: string, key: string): string {
  return createHash('sha256').update(`${bucket}\u0000${key}`).digest('hex').slice(0, 20);
}
