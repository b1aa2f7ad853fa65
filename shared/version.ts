/**
 * Bump whenever extraction output changes for the same input: stored records with another
 * version are re-processed.
 */
export const EXTRACTION_REVISION = 1;
export const EXTRACTOR_VERSION = `0.1.${EXTRACTION_REVISION}`;
