import packageJson from '../package.json' with { type: 'json' };

/**
 * Bump whenever extraction output changes for the same input, even within one package version:
 * stored records with another extractor version are re-processed by the schedule.
 */
export const EXTRACTION_REVISION = 7;

/** The package version plus the extraction revision, e.g. `0.1.0+x1`. */
export const EXTRACTOR_VERSION = `${packageJson.version}+x${EXTRACTION_REVISION}`;
