import type { Extraction } from '../model/extraction.js';
import { toOriginalOffsets, uniqueDocumentRefs, uniqueResolutions } from './assemble.js';
import { cleanText } from './clean/index.js';
import { extractDates, findDocumentDate } from './dates/index.js';
import { type DocumentHints, extractDocumentInfo } from './document/index.js';
import { findOwnSymbol } from './document/own-symbol.js';
import { extractEntities } from './entities/index.js';
import { extractFigures } from './figures/index.js';
import { extractDocumentRefs, extractResolutions } from './resolutions/index.js';
import { splitSentences } from './segment/index.js';
import { summarize } from './summary/index.js';
import type { ExtractionContext } from './types.js';

/**
 * The whole extraction: clean → segment → extract → assemble. Pure: no I/O. Offsets in the
 * result refer to the text as decoded, before cleaning.
 *
 * @example
 * const record = extract('New York, 25 September 2020 – ...', { filename: 'press.txt' });
 */
export function extract(rawText: string, hints: DocumentHints = {}): Extraction {
  const cleaned = cleanText(rawText);
  // The document's own symbol and date are found once; every stage that needs them reads them here.
  const baseContext: ExtractionContext = { text: cleaned.text, ownSymbol: findOwnSymbol(cleaned.text) };
  const documentDate = hints.date ?? findDocumentDate(baseContext);
  const info = { ...extractDocumentInfo(baseContext, hints), documentDate };
  const ctx: ExtractionContext = { ...baseContext, referenceDate: documentDate };
  const dates = extractDates(ctx);
  const resolutions = extractResolutions(ctx);
  const documentRefs = extractDocumentRefs(ctx);
  const taken = [...dates, ...resolutions, ...documentRefs].flatMap((item) =>
    item.start === undefined || item.end === undefined ? [] : [{ start: item.start, end: item.end }],
  );
  const figures = extractFigures(ctx, { exclude: taken });
  const entities = extractEntities(ctx);
  const summary = summarize(ctx, splitSentences(cleaned.text));
  const original = (offset: number) => cleaned.toOriginal(offset);
  return {
    ...info,
    summary,
    dates: toOriginalOffsets(dates, original),
    resolutions: toOriginalOffsets(uniqueResolutions(resolutions), original),
    documentRefs: toOriginalOffsets(uniqueDocumentRefs(documentRefs), original),
    figures: toOriginalOffsets(figures, original),
    entities,
  };
}
