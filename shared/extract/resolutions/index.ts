import type { ResolutionCitation } from '../../model/extraction.js';
import { ownSymbolOf } from '../document/own-symbol.js';
import { runExtractor } from '../run.js';
import type { ExtractionContext } from '../types.js';
import { keywordCitationParser, symbolCitationParser } from './citation-parsers.js';
import { normaliseKey } from './keys.js';
import { mandateTableParser } from './mandate-tables.js';
import { excludeKeysRefiner, overlapRefiner, sharedYearRefiner } from './refiners.js';

export { extractDocumentRefs } from './document-refs.js';

/**
 * Resolutions the text cites by number (GUIDELINES "resolutions"): one item per mention, `key`
 * normalised ("S/RES/2396", "A/RES/72/284", "A/HRC/RES/35/34", "E/RES/2019/15"), `year` only when
 * the text states it for that resolution.
 *
 * @example
 * extractResolutions({ text: 'Security Council resolutions 2178 (2014) and 2396 (2017)' });
 * // [{ key: 'S/RES/2178', year: 2014, ... }, { key: 'S/RES/2396', year: 2017, ... }]
 */
export function extractResolutions(ctx: ExtractionContext): ResolutionCitation[] {
  const own = ownSymbolOf(ctx);
  // A resolution's own symbol is printed with its year ("S/RES/2769 (2025)"); keys carry none.
  const ownKeys = new Set(own === null ? [] : [normaliseKey(own.replace(/\s*\(\d{4}\)\s*$/, ''))]);
  const spans = runExtractor(ctx, {
    parsers: [symbolCitationParser, keywordCitationParser, mandateTableParser],
    refiners: [overlapRefiner, sharedYearRefiner, excludeKeysRefiner(ownKeys)],
  });
  // Built field by field rather than spread: a spread copy was a visible cost on documents citing hundreds.
  return spans.map(({ value, start, end }) => ({ key: value.key, year: value.year, text: value.text, start, end }));
}
